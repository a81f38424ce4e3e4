/** Speed of the engineer scheme's numeric path: PERF.ENGINEER recalculating over a large sheet. */
import { scoreEngineer } from '../src/engine/engineer';
import { medianMs } from './timing';

const CALLS = 1_000_000;

export default async function bench(): Promise<Record<string, { value: number; unit: string }>> {
  let sink = 0;
  const ms = medianMs(() => {
    for (let i = 0; i < CALLS; i++) {
      const r = scoreEngineer({ rejections: i % 4, overdue: i % 3, costActual: 100 + (i % 7), costPlan: 100, papers: i % 2 });
      if (r.ok) sink += r.value.value;
    }
  }, 5, 1);
  if (!Number.isFinite(sink)) throw new Error('engineer bench produced no scores');
  return { 'engine.engineer.1M.ms': { value: ms, unit: 'ms' } };
}
