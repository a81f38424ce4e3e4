import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRounded, roundHalfUp } from './round';

describe('roundHalfUp (RULES.md general: comparisons on scores rounded half-up to the scheme precision)', () => {
  it('rounds a half up, like Excel ROUND', () => {
    expect(roundHalfUp(91.245, 2)).toBe(91.25);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
  });

  it('rounds negative halves away from zero', () => {
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-0.125, 2)).toBe(-0.13);
  });

  it('makes 89.999999 equal to 90 at 2 decimals, and 89.994 stay below', () => {
    expect(roundHalfUp(89.999999, 2)).toBe(90);
    expect(roundHalfUp(89.994, 2)).toBe(89.99);
    expect(roundHalfUp(89.995, 2)).toBe(90);
  });

  it('removes binary noise from sums (0.1 + 0.2)', () => {
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
  });

  it('leaves non-finite values as they are', () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
  });

  it('two units both shown as 91.25 compare equal', () => {
    expect(compareRounded(91.2500001, 91.249999, 2)).toBe(0);
  });

  it('the fast path agrees with the exact 15-digit path everywhere', () => {
    const exact = (x: number, p: number): number => {
      const f = 10 ** p;
      const r = Math.round(Number((Math.abs(x) * f).toPrecision(15))) / f;
      return r === 0 ? 0 : x < 0 ? -r : r;
    };
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000 + 0.0005)), fc.integer({ min: 0, max: 4 }), (x, p) => {
        expect(roundHalfUp(x, p)).toBe(exact(x, p));
      }),
      { numRuns: 5000 },
    );
  });

  it('is idempotent and within half a step of the input', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, p) => {
        const r = roundHalfUp(x, p);
        expect(roundHalfUp(r, p)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -p + 1e-9 * Math.max(1, Math.abs(x)));
      }),
    );
  });
});
