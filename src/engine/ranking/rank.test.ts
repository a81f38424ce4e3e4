import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../core/round';
import { rankValues, sortDescending } from './rank';

describe('rankValues', () => {
  it('篇4 Tiers 1: competition ranking by default, like RANK.EQ (1, 2, 2, 4)', () => {
    expect(rankValues([95, 92, 92, 88], 'competition', 2)).toEqual([1, 2, 2, 4]);
  });

  it('篇4 Tiers 1 Decision: dense ranking, 中国式排名 (1, 2, 2, 3)', () => {
    expect(rankValues([95, 92, 92, 88], 'dense', 2)).toEqual([1, 2, 2, 3]);
  });

  it('returns ranks in the input order, highest first', () => {
    expect(rankValues([70, 99, 85], 'competition', 2)).toEqual([3, 1, 2]);
  });

  it('general rule: compares scores rounded half-up at the precision, so 91.245 and 91.25 tie', () => {
    expect(rankValues([91.245, 91.25, 91.244], 'competition', 2)).toEqual([1, 1, 3]);
    expect(rankValues([91.245, 91.25, 91.244], 'competition', 3)).toEqual([2, 1, 3]);
  });

  it('ranks huge scores too (beyond the packed-key sort, by comparison)', () => {
    expect(rankValues([1e15, 3e15, 1e15, 2e15], 'competition', 2)).toEqual([3, 1, 3, 2]);
    expect(rankValues([-5, 0, -5], 'dense', 2)).toEqual([2, 1, 2]);
  });

  it('ranks an empty list as empty', () => {
    expect(rankValues([], 'dense', 2)).toEqual([]);
  });

  it('refuses a score that is not a finite number', () => {
    expect(() => rankValues([90, Number.NaN], 'competition', 2)).toThrow(RangeError);
  });
});

describe('sortDescending', () => {
  // Reference: a comparator sort of the rounded scores, ties in input order.
  const reference = (xs: readonly number[], p: number): number[] =>
    xs.map((_, i) => i).sort((a, b) => roundHalfUp(xs[b]!, p) - roundHalfUp(xs[a]!, p) || a - b);
  const sorted = (xs: readonly number[], p: number): number[] => {
    const rounded = Float64Array.from(xs, (x) => roundHalfUp(x, p));
    const idx = Int32Array.from(xs, (_, i) => i);
    sortDescending(rounded, idx, 10 ** p);
    return Array.from(idx);
  };

  it('orders highest first with ties in input order, whichever sort the spread of scores picks', () => {
    // Narrow spread (counting sort), wide (packed keys), huge (comparator), negatives mixed in.
    const ranges = [fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e17, max: 1e17, noNaN: true })];
    fc.assert(
      fc.property(fc.oneof(...ranges.map((r) => fc.array(r, { maxLength: 40 }))), fc.integer({ min: 0, max: 3 }), (xs, p) => {
        const ties = xs.concat(xs.slice(0, 5));
        expect(sorted(ties, p)).toEqual(reference(ties, p));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps input order among equal scores in a large narrow group (counting sort)', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => 60 + (i % 7) / 4);
    expect(sorted(xs, 2)).toEqual(reference(xs, 2));
  });
});
