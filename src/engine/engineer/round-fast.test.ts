import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../core/round';
import { roundScore } from './round-fast';

describe('roundScore', () => {
  it('agrees with roundHalfUp on any score and precision', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, p) => {
        expect(Object.is(roundScore(x, p), roundHalfUp(x, p)) || roundScore(x, p) === roundHalfUp(x, p)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with roundHalfUp on halves and binary noise (1.005, 89.9999999999, 95.445)', () => {
    for (const x of [1.005, 89.9999999999, 95.445, -2.675, 0.125, 95.4, 102.5 * 0.2]) {
      for (const p of [0, 1, 2, 3]) expect(roundScore(x, p)).toBe(roundHalfUp(x, p));
    }
  });
});
