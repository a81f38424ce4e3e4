/**
 * What a user waits for at the `perf` prompt, as whole processes (bench/cli.bench.ts records these with the 50k figures):
 *  cli.startup.ratio        the slower of `perf --version` and `perf eval '=PERF.GRADE(90)'` ÷ `node -e 0`, medians of
 *                           runs alternated in the same loop so machine load hits all three alike (goal ≤ 1.5);
 *                           .versionRatio and .evalRatio each alone, .nodeMs the `node -e 0` it is divided by
 *  cli.rank.3k.json.ms      `perf rank units.csv --json` of a 3,000-unit county CSV, median wall time (goal ≤ 400);
 *                           .cpuMs its user + system CPU, which a loaded machine distorts less
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countyUnits } from './county-units';
import type { Figures } from './run';
import { type ChildRun, measureChild, median } from './timing';

/** The 3,000 units as an office's county summary CSV: 单位, 类别, the three parts, 加分, 减分, 否决. */
export function countyCsv(n: number): string {
  const cell = (v: number | string | null): string => (v === null ? '' : String(v));
  const lines = countyUnits(n).map((u) => [u.name, u.group, u.indicator, u.public, u.leader, u.bonus, u.deduction, u.veto].map(cell).join(','));
  return `单位,类别,指标评估,公众评估,领导评估,加分,减分,否决\n${lines.join('\n')}\n`;
}

export function cliStartBench(bin: string, runs = { startup: 21, rank: 5 }): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'perf-cli-start-'));
  try {
    const node: ChildRun[] = [];
    const version: ChildRun[] = [];
    const evaluated: ChildRun[] = [];
    for (let i = 0; i < runs.startup; i++) {
      node.push(measureChild(['-e', '0'], dir));
      version.push(measureChild([bin, '--version'], dir));
      evaluated.push(measureChild([bin, 'eval', '=PERF.GRADE(90)'], dir));
    }
    const nodeMs = median(node.map((t) => t.ms));
    const versionRatio = median(version.map((t) => t.ms)) / nodeMs;
    const evalRatio = median(evaluated.map((t) => t.ms)) / nodeMs;

    writeFileSync(join(dir, 'units.csv'), countyCsv(3_000));
    const rank: ChildRun[] = [];
    for (let i = 0; i < runs.rank; i++) rank.push(measureChild([bin, 'rank', 'units.csv', '--json', '--force'], dir));
    return {
      'cli.startup.ratio': { value: Math.max(versionRatio, evalRatio), unit: 'ratio' },
      'cli.startup.versionRatio': { value: versionRatio, unit: 'ratio' },
      'cli.startup.evalRatio': { value: evalRatio, unit: 'ratio' },
      'cli.startup.nodeMs': { value: nodeMs, unit: 'ms' },
      'cli.rank.3k.json.ms': { value: median(rank.map((t) => t.ms)), unit: 'ms' },
      ...(rank.every((t) => Number.isFinite(t.cpuMs)) ? { 'cli.rank.3k.json.cpuMs': { value: median(rank.map((t) => t.cpuMs)), unit: 'ms' } } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone (`npx tsx bench/cli-start.ts [bin]`) to print the figures without the 50k runs; nothing is recorded.
if (process.argv[1]?.endsWith('cli-start.ts')) console.log(cliStartBench(process.argv[2] ?? join(import.meta.dirname, '../bin/perf.js')));
