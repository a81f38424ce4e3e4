/**
 * Round half away from zero to `precision` decimals, the way Excel's ROUND does,
 * immune to binary noise (1.005 → 1.01, 89.9999999999 → 90).
 */
export function roundHalfUp(x: number, precision: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** precision;
  const v = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.round(v) / f;
  if (r === 0) return 0; // never -0
  return x < 0 ? -r : r;
}

/** Compare two scores as shown at `precision`: negative when a < b. */
export function compareRounded(a: number, b: number, precision: number): number {
  return roundHalfUp(a, precision) - roundHalfUp(b, precision);
}
