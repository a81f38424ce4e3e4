import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Median wall time of `fn` over `runs` runs, after `warmup` unmeasured runs, in milliseconds. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  return medianTimes(fn, runs, warmup).wall;
}

/**
 * Median wall time and median CPU time (user + system, this process) of `fn`, in milliseconds. On a machine shared
 * with other work the CPU time is the work itself; the wall time adds the waiting for a core.
 */
export function medianTimes(fn: () => unknown, runs = 7, warmup = 2): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

/** Same as medianMs for async work. */
export async function medianMsAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A child process measured: wall time, user + system CPU (steadier than wall time on a shared machine), peak RSS. */
export interface ChildRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakKB: number;
}

const TIME = '/usr/bin/time';

/**
 * Runs `node args…` under /usr/bin/time -v when present (else the peak from the child's hidden --bench report);
 * an exit status outside `ok` is a failure of the run, not a figure.
 */
export function measureChild(args: readonly string[], cwd: string, ok: readonly number[] = [0]): ChildRun {
  const timed = existsSync(TIME);
  const t0 = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-v', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  if (r.status === null || !ok.includes(r.status)) throw new Error(`bench child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const seconds = (label: string): number => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) ?? /perf-bench maxRSS (\d+)/.exec(r.stderr);
  return { ms, cpuMs: (seconds('User') + seconds('System')) * 1000, peakKB: Number(peak?.[1] ?? NaN) };
}

/** The middle value (the upper middle of an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
