/**
 * Speed of the engineer scheme's numeric path: PERF.ENGINEER recalculating over a large sheet.
 * `engine.engineer.1M.ms`: whole-number months (counts and whole overrun percents, the common case);
 * `engine.engineer.1M.fractional-cost.ms`: costs giving fractional overruns, whose rule text is built each call.
 */
import { scoreEngineer } from '../src/engine/engineer';
import { medianMs } from './timing';

const CALLS = 1_000_000;

function run(costStep: number): number {
  let sink = 0;
  const ms = medianMs(() => {
    for (let i = 0; i < CALLS; i++) {
      const r = scoreEngineer({ rejections: i % 4, overdue: i % 3, costActual: 100 + (i % 7) * costStep, costPlan: 100, papers: i % 2 });
      if (r.ok) sink += r.value.value;
    }
  }, 5, 1);
  if (!(sink > 0)) throw new Error('engineer bench produced no scores');
  return ms;
}

export default async function bench(): Promise<Record<string, { value: number; unit: string }>> {
  return {
    'engine.engineer.1M.ms': { value: run(1), unit: 'ms' },
    'engine.engineer.1M.fractional-cost.ms': { value: run(0.37), unit: 'ms' },
  };
}
