import { describe, expect, it } from 'vitest';
import { quotaFor } from './quota';

describe('quotaFor', () => {
  it('篇4 Tiers 2 Decision: 25% rounded half-up — 7 townships → 2, 32 departments → 8, 9 → 2', () => {
    expect(quotaFor(7, 0.25, 'half-up')).toBe(2);
    expect(quotaFor(32, 0.25, 'half-up')).toBe(8);
    expect(quotaFor(9, 0.25, 'half-up')).toBe(2);
  });

  it('is floating-point safe: 0.25 × 10 = 2.5 → 3 half-up; 0.35 × 10 = 3.5 → 4', () => {
    expect(quotaFor(10, 0.25, 'half-up')).toBe(3);
    expect(quotaFor(10, 0.35, 'half-up')).toBe(4);
    expect(quotaFor(50, 0.29, 'half-up')).toBe(15); // 50 × 0.29 is 14.499999999999998 in binary
    expect(quotaFor(100, 0.145, 'half-up')).toBe(15);
    expect(quotaFor(100, 0.07, 'up')).toBe(7);
    expect(quotaFor(100, 0.29, 'down')).toBe(29);
  });

  it('Decision variant: rounding up', () => {
    expect(quotaFor(7, 0.25, 'up')).toBe(2);
    expect(quotaFor(9, 0.25, 'up')).toBe(3);
    expect(quotaFor(32, 0.25, 'up')).toBe(8);
  });

  it('Decision variant: rounding down', () => {
    expect(quotaFor(7, 0.25, 'down')).toBe(1);
    expect(quotaFor(9, 0.25, 'down')).toBe(2);
    expect(quotaFor(3, 0.25, 'down')).toBe(0);
  });

  it('gives no place to an empty group', () => {
    expect(quotaFor(0, 0.25, 'half-up')).toBe(0);
  });

  it('refuses a negative or fractional count and a fraction outside 0–1', () => {
    expect(() => quotaFor(-1, 0.25, 'half-up')).toThrow(RangeError);
    expect(() => quotaFor(2.5, 0.25, 'half-up')).toThrow(RangeError);
    expect(() => quotaFor(7, 1.5, 'half-up')).toThrow(RangeError);
  });
});
