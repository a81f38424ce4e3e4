import { describe, expect, it } from 'vitest';
import { indicatorPoints } from './indicator';

const value = (...a: Parameters<typeof indicatorPoints>) => {
  const r = indicatorPoints(...a);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};
const codes = (...a: Parameters<typeof indicatorPoints>) => {
  const r = indicatorPoints(...a);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.field]);
};

describe('indicatorPoints', () => {
  it('篇4 五(一)1: at or above the target earns full points', () => {
    expect(value(100, 100, 10).value).toBe(10);
    expect(value(130, 100, 10).value).toBe(10);
  });

  it('篇4 五(一)1: below the target earns points × actual / target (按实际完成比例折算)', () => {
    const e = value(80, 100, 10);
    expect(e.value).toBe(8);
    expect(e.steps[0]!.rule.zh).toContain('10 × 80/100');
    expect(value('1,234', '2,468', '9分').value).toBe(4.5);
  });

  it('never goes below 0: an actual of 0 earns 0', () => {
    expect(value(0, 50, 10).value).toBe(0);
  });

  it('rejects a higher-is-better target of 0 or less, naming the argument', () => {
    expect(codes(5, 0, 10)).toEqual([['county.target-not-positive', 'target']]);
    expect(codes(5, -3, 10)).toEqual([['county.target-not-positive', 'target']]);
  });

  it('rejects a negative actual', () => {
    expect(codes(-1, 10, 10)).toEqual([['county.negative-value', 'actual']]);
  });

  it('Decision: lower-is-better — at or under the target is full, above earns points × target / actual', () => {
    expect(value(2, 3, 10, '≤').value).toBe(10);
    expect(value(4, 2, 10, '<=').value).toBe(5);
    expect(value(4, 2, 10, 'lower').value).toBe(5);
    expect(value(4, 2, 10, '越低越好').value).toBe(5);
  });

  it('Decision: lower-is-better with target 0 — actual 0 is full, anything else 0', () => {
    expect(value(0, 0, 6, '≤').value).toBe(6);
    expect(value(1, 0, 6, '≤').value).toBe(0);
  });

  it('reads the direction as ≥, >=, higher or blank for higher-is-better', () => {
    for (const d of ['≥', '>=', 'higher', null]) expect(value(5, 10, 10, d).value).toBe(5);
  });

  it('rejects an unknown direction, blank numbers and text, never reading them as 0', () => {
    expect(codes(5, 10, 10, 'sideways')).toEqual([['county.bad-direction', 'direction']]);
    expect(codes(null, 10, 10)).toEqual([['county.part-missing', 'actual']]);
    expect(codes('abc', 10, 10)).toEqual([['county.part-not-number', 'actual']]);
    expect(codes(5, 10, '#N/A')).toEqual([['county.part-not-number', 'points']]);
  });

  it('hostile arguments (TRUE, a Date, #N/A, NaN, points "85%") are issues naming the argument in both languages, never 0', () => {
    expect(codes(true, 10, 10)).toEqual([['county.part-not-number', 'actual']]);
    expect(codes(5, new Date(Date.UTC(2026, 0, 1)), 10)).toEqual([['county.part-not-number', 'target']]);
    expect(codes(Number.NaN, 10, 10)).toEqual([['county.part-not-number', 'actual']]);
    expect(codes(5, 10, '85%')).toEqual([['county.part-percent', 'points']]);
    for (const i of indicatorPoints('#N/A', false, null).issues) {
      expect(i.message.zh).toMatch(/^(actual|target|points)：/);
      expect(i.message.en).toMatch(/^(actual|target|points): /);
    }
  });

  it('accepts rates and full-width digits for actual and target: "85%" of "90%", ９ of １０', () => {
    expect(value('85%', '90%', 9).value).toBeCloseTo(8.5, 10);
    expect(value('９', '１０', 10).value).toBe(9);
  });

  it('rounds half-up at 2 decimals in `rounded`, keeping full precision in `value`', () => {
    const e = value(1, 3, 10);
    expect(e.value).toBeCloseTo(3.3333333, 6);
    expect(e.rounded).toBe(3.33);
  });
});
