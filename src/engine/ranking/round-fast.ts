import { roundHalfUp } from '../core/round';

/**
 * roundHalfUp without its string step in the common case: the 15-digit clean-up can only matter
 * when x·10^p sits within a hair of a .5 boundary, and only then do we take the exact path.
 * Ranking 100k units calls this once per unit; the bench showed the string step dominating.
 */
export function roundAt(x: number, precision: number, scale = 10 ** precision): number {
  const v = Math.abs(x) * scale;
  const fl = Math.floor(v);
  const d = v - fl - 0.5;
  if (!(Math.abs(d) > Math.max(1e-9, v * 1e-13))) return roundHalfUp(x, precision);
  const r = (d < 0 ? fl : fl + 1) / scale;
  return x < 0 ? -r : r;
}
