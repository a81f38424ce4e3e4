/**
 * The PERF functions as Excel runs them: the production functions bundle (built as `npm run build` builds it), loaded in
 * a fresh context with a stand-in CustomFunctions runtime (test/functions/excel-runtime.ts), each function called as
 * Excel calls the one it associated — every parameter present, ranges as 2-D arrays.
 *  functions.bundle.gzipKB     the bundle gzipped (goal ≤ 40); .minKB its size. "No React in it" is a test (test/functions).
 *  functions.tiers.10k.ms      one PERF.TIERS over 10,000 rows (scores, groups, vetoes, unqualified), median (goal ≤ 30)
 *  functions.county.100k.ms    100,000 PERF.COUNTY calls, one per unit as a column of formulas recalculates, median (goal ≤ 200)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seeded } from '../src/samples/random';
import { buildFunctions } from '../test/functions/build-functions';
import { loadFunctions } from '../test/functions/excel-runtime';
import type { Figures } from './run';
import { medianMs } from './timing';

const GROUPS = ['乡镇', '部门', '古城'] as const;

/** n units as the county summary holds them: group, composite within the group's range, a few vetoes and designations. */
function units(n: number): { group: string; indicator: number; leader: number; public: number | null; bonus: number; deduction: number; veto: string | null; unqualified: string | null }[] {
  const rnd = seeded(10_000);
  return Array.from({ length: n }, (_, i) => {
    const group = GROUPS[i % 3]!;
    const f = 0.55 + 0.45 * rnd();
    const round = (x: number): number => Math.round(x * 100) / 100;
    const [indicator, pub, leader] = group === '乡镇' ? [90 * f, null, 10 * f] : group === '部门' ? [60 * f, 30 * f, 10 * f] : [70 * f, null, 30 * f];
    return {
      group,
      indicator: round(indicator),
      leader: round(leader),
      public: pub === null ? null : round(pub),
      bonus: group === '古城' || rnd() >= 0.1 ? 0 : 2,
      deduction: group === '古城' || rnd() >= 0.1 ? 0 : 0.5,
      veto: rnd() < 0.01 ? '一票否决' : null,
      unqualified: rnd() < 0.002 ? '失职渎职' : null,
    };
  });
}

export default async function functionsBench(): Promise<Figures> {
  const dir = buildFunctions();
  const bundle = readFileSync(join(dir, 'functions.js'));
  const fns = loadFunctions(dir);

  const tiers = fns.associatedFunction('TIERS');
  const rows = units(10_000);
  const column = (f: (u: (typeof rows)[number]) => unknown): unknown[][] => rows.map((u) => [f(u)]);
  const scores = column((u) => Math.round((u.indicator + u.leader + (u.public ?? 0) + u.bonus - u.deduction) * 100) / 100);
  const groups = column((u) => u.group);
  const vetoes = column((u) => u.veto);
  const unqualified = column((u) => u.unqualified);
  const spilled = tiers(scores, groups, vetoes, unqualified) as unknown[][];
  if (spilled.length !== rows.length) throw new Error(`PERF.TIERS spilled ${spilled.length} rows for ${rows.length}`);
  const tiersMs = medianMs(() => tiers(scores, groups, vetoes, unqualified), 11, 3);

  const county = fns.associatedFunction('COUNTY');
  const many = units(100_000);
  const countyMs = medianMs(() => {
    for (const u of many) county(u.group, u.indicator, u.leader, u.public, u.bonus, u.deduction);
  }, 5, 1);

  return {
    'functions.bundle.gzipKB': { value: gzipSync(bundle, { level: 9 }).length / 1024, unit: 'KB' },
    'functions.bundle.minKB': { value: bundle.length / 1024, unit: 'KB' },
    'functions.tiers.10k.ms': { value: tiersMs, unit: 'ms' },
    'functions.county.100k.ms': { value: countyMs, unit: 'ms' },
  };
}
