/**
 * The packed-key sort against a plain one: rankValues and sortDescending pick a counting sort, a native sort of
 * packed keys or a comparator by the spread of the scores (rank.ts); a plain comparator sort of the rounded
 * scores is the oracle every path must agree with, in order and in rank, at every precision and mode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../core/round';
import type { RankMode } from './mode';
import { rankValues, rankWithinGroups, sortDescending } from './rank';

/** The oracle: positions by rounded score, highest first, ties in input order — Array.prototype.sort with a comparator. */
const plainOrder = (xs: readonly number[], p: number): number[] =>
  xs.map((_, i) => i).sort((a, b) => roundHalfUp(xs[b]!, p) - roundHalfUp(xs[a]!, p) || a - b);

/** The oracle's ranks: competition is 1 + the count strictly higher; dense is 1 + the distinct scores strictly higher. */
function plainRanks(xs: readonly number[], mode: RankMode, p: number): number[] {
  const r = xs.map((x) => roundHalfUp(x, p));
  const distinct = [...new Set(r)];
  return r.map((v) => 1 + (mode === 'competition' ? r.filter((w) => w > v).length : distinct.filter((w) => w > v).length));
}

const packedOrder = (xs: readonly number[], p: number): number[] => {
  const rounded = Float64Array.from(xs, (x) => roundHalfUp(x, p));
  const idx = Int32Array.from(xs, (_, i) => i);
  sortDescending(rounded, idx, 10 ** p);
  return Array.from(idx);
};

// Narrow spread (counting sort), wide (packed keys), huge (comparator), negatives mixed in; repeats for ties.
const SPREADS = [fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e17, max: 1e17, noNaN: true })];
const scores = (maxLength: number) => fc.oneof(...SPREADS.map((d) => fc.array(d, { maxLength }))).map((xs) => xs.concat(xs.slice(0, 5)));
const precision = fc.integer({ min: 0, max: 3 });
const mode = fc.constantFrom<RankMode>('competition', 'dense');

describe('the packed-key sort against a plain comparator sort (the oracle)', () => {
  it('sortDescending orders highest first with ties in input order, whichever sort the spread picks', () => {
    fc.assert(fc.property(scores(40), precision, (xs, p) => {
      expect(packedOrder(xs, p)).toEqual(plainOrder(xs, p));
    }), { numRuns: 500 });
  });

  it('rankValues gives the oracle’s ranks, competition and dense', () => {
    fc.assert(fc.property(scores(40), precision, mode, (xs, p, m) => {
      expect(rankValues(xs, m, p)).toEqual(plainRanks(xs, m, p));
    }), { numRuns: 500 });
  });

  it('agrees on groups large enough for every path (thousands of units, narrow and wide spreads)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1000, max: 3000 }), precision, (spread, n, p) => {
        const xs = Array.from({ length: n }, (_, i) => ((i * 7919) % spread) / 7 - spread / 14);
        expect(packedOrder(xs, p)).toEqual(plainOrder(xs, p));
      }),
      { numRuns: 30 },
    );
  });

  it('rankWithinGroups ranks each group as rankValues ranks it alone', () => {
    fc.assert(
      fc.property(scores(30), fc.array(fc.constantFrom('甲', '乙', null), { minLength: 45, maxLength: 45 }), mode, (xs, groups, m) => {
        const g = xs.map((_, i) => groups[i] ?? null);
        const got = rankWithinGroups(xs, g, m, 2);
        for (const name of ['甲', '乙']) {
          const at = g.flatMap((x, i) => (x === name ? [i] : []));
          expect(at.map((i) => got[i])).toEqual(plainRanks(at.map((i) => xs[i]!), m, 2));
        }
        g.forEach((x, i) => {
          if (x === null) expect(got[i]).toBeNull();
        });
      }),
      { numRuns: 200 },
    );
  });
});
