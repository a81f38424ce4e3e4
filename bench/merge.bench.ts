/**
 * 汇总 end to end (issue 13), in a child process as a user runs it, on the 汇总 sample `perf samples` writes:
 *  merge.48files.ms      wall time of `perf merge <48 June reports of 40 indicators> --into 考核主表.xlsx` (median of RUNS; goal ≤ 3,000 ms)
 *  merge.48files.peakMB  the child's peak RSS (/usr/bin/time -v, else the hidden --bench report)
 *  merge.48files.cpuMs   user + system CPU of the child, which machine load distorts less than wall time
 * The sample has one report with an error, so the run exits 1 (quarantined): that is the run measured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureBuilt } from '../test/cli/harness';
import { MONTH_DIR } from '../src/cli/commands/samples';
import { SAMPLE_MASTER_FILE } from '../src/samples';
import { type ChildRun, measureChild, median } from './timing';

const RUNS = 3;

// 0 or 1 (the sample's quarantined report): anything else is a failure of the run, not a figure.
const run = (args: readonly string[], cwd: string): ChildRun => measureChild([BIN, ...args], cwd, [0, 1]);

export default async function mergeBench(): Promise<Record<string, { value: number; unit: string }>> {
  await ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'perf-merge-bench-'));
  try {
    run(['samples', dir], dir);
    const runs: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(run(['merge', join(dir, MONTH_DIR), '--into', join(dir, SAMPLE_MASTER_FILE), '--out', join(dir, 'out.xlsx'), '--bench'], dir));
    const cpu = median(runs.map((r) => r.cpuMs));
    return {
      'merge.48files.ms': { value: median(runs.map((r) => r.ms)), unit: 'ms' },
      'merge.48files.peakMB': { value: Math.max(...runs.map((r) => r.peakKB)) / 1024, unit: 'MB' },
      ...(Number.isFinite(cpu) ? { 'merge.48files.cpuMs': { value: cpu, unit: 'ms' } } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
