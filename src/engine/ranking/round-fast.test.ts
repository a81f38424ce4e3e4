import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../core/round';
import { roundAt } from './round-fast';

describe('roundAt', () => {
  it('general rule: rounds half up at the precision like roundHalfUp (89.995 → 90, 1.005 → 1.01)', () => {
    expect(roundAt(89.995, 2)).toBe(90);
    expect(roundAt(89.994, 2)).toBe(89.99);
    expect(roundAt(1.005, 2)).toBe(1.01);
    expect(roundAt(-2.5, 0)).toBe(-3);
    expect(roundAt(89.9999999999, 2)).toBe(90);
  });

  it('agrees with roundHalfUp on any number, including values near a .5 boundary', () => {
    const nearHalf = fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: -3, max: 3 })).map(([k, e]) => (k + 0.5) / 100 + e * 1e-15);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), nearHalf), fc.integer({ min: 0, max: 4 }), (x, p) => {
        expect(roundAt(x, p) === roundHalfUp(x, p)).toBe(true); // === so -0 and 0 agree, as they do in ranking
      }),
      { numRuns: 2000 },
    );
  });
});
