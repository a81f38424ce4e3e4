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
