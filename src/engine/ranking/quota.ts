/** How a share of a group's count becomes whole places: half-up (the preset), up, or down. */
export type QuotaRounding = 'half-up' | 'up' | 'down';

/**
 * 先进 places for a group of `count` units (篇4 六(二)1: 25% of the units).
 * The product is cleaned to 12 significant digits first, so 0.25 × 10 is exactly 2.5 (→ 3 half-up).
 */
export function quotaFor(count: number, fraction: number, rounding: QuotaRounding): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`quotaFor: count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
    throw new RangeError(`quotaFor: fraction must be between 0 and 1, got ${fraction}`);
  }
  const exact = Number((count * fraction).toPrecision(12));
  switch (rounding) {
    case 'half-up':
      return Math.floor(exact + 0.5);
    case 'up':
      return Math.ceil(exact);
    case 'down':
      return Math.floor(exact);
  }
}
