/**
 * The PERF functions as Excel runs them: the production functions bundle (built as `npm run build` builds it), loaded in
 * this context with a stand-in CustomFunctions runtime (test/functions/excel-runtime.ts; not a vm sandbox, whose global
 * lookups cost more than Excel's), each function called as Excel calls the one it associated — every parameter
 * present, ranges as 2-D arrays.
 *  functions.bundle.gzipKB     the bundle gzipped (goal ≤ 40); .minKB its size. "No React in it" is a test (test/functions).
 *  functions.tiers.10k.ms      one PERF.TIERS over 10,000 rows (scores, groups, vetoes, unqualified), median (goal ≤ 30)
 *  functions.county.100k.ms    100,000 PERF.COUNTY calls, one per unit as a column of formulas recalculates, median (goal ≤ 200)
 *  .cpuMs beside each          the same runs' CPU time, which waiting for a core on a shared machine does not add to
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countyUnits } from './county-units';
import { buildFunctions } from '../test/functions/build-functions';
import { loadFunctions } from '../test/functions/excel-runtime';
import type { Figures } from './run';
import { medianTimes } from './timing';

export default async function functionsBench(): Promise<Figures> {
  const dir = buildFunctions();
  const bundle = readFileSync(join(dir, 'functions.js'));
  const fns = loadFunctions(dir, 'shared');

  const tiers = fns.associatedFunction('TIERS');
  const rows = countyUnits(10_000);
  const column = (f: (u: (typeof rows)[number]) => unknown): unknown[][] => rows.map((u) => [f(u)]);
  const scores = column((u) => Math.round((u.indicator + u.leader + (u.public ?? 0) + (u.bonus ?? 0) - (u.deduction ?? 0)) * 100) / 100);
  const groups = column((u) => u.group);
  const vetoes = column((u) => u.veto);
  const unqualified = column((u) => u.unqualified);
  const spilled = tiers(scores, groups, vetoes, unqualified) as unknown[][];
  if (spilled.length !== rows.length) throw new Error(`PERF.TIERS spilled ${spilled.length} rows for ${rows.length}`);
  const tiersMs = medianTimes(() => tiers(scores, groups, vetoes, unqualified), 11, 3);

  const county = fns.associatedFunction('COUNTY');
  const many = countyUnits(100_000);
  const countyMs = medianTimes(() => {
    for (const u of many) county(u.group, u.indicator, u.leader, u.public, u.bonus, u.deduction);
  }, 9, 2);

  return {
    'functions.bundle.gzipKB': { value: gzipSync(bundle, { level: 9 }).length / 1024, unit: 'KB' },
    'functions.bundle.minKB': { value: bundle.length / 1024, unit: 'KB' },
    'functions.tiers.10k.ms': { value: tiersMs.wall, unit: 'ms' },
    'functions.tiers.10k.cpuMs': { value: tiersMs.cpu, unit: 'ms' },
    'functions.county.100k.ms': { value: countyMs.wall, unit: 'ms' },
    'functions.county.100k.cpuMs': { value: countyMs.cpu, unit: 'ms' },
  };
}
