import { roundHalfUp } from '../core/round';

/**
 * roundHalfUp without its string step when the value is nowhere near a half: then the
 * 15-digit clean-up inside roundHalfUp cannot change the outcome, so the result is identical.
 * The numeric path (1M PERF.ENGINEER calls) spends most of its time there otherwise.
 */
export function roundScore(x: number, precision: number): number {
  const f = precision === 2 ? 100 : 10 ** precision;
  const v = x < 0 ? -x * f : x * f;
  if (v < 1e9) {
    const frac = v - Math.floor(v);
    if (frac < 0.4999999 || frac > 0.5000001) {
      const r = Math.round(v) / f;
      return x < 0 ? -r : r;
    }
  }
  return roundHalfUp(x, precision);
}
