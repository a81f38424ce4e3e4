import { describe, expect, it } from 'vitest';
import { rankValues, rankWithinGroups } from './rank';

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

describe('rankWithinGroups', () => {
  it('RULES staff 部门内排名: ranks each group on its own; a score without a group gets none', () => {
    expect(rankWithinGroups([90, 108, 100, 92, 99], ['行政部', '行政部', '车间', '车间', null], 'competition', 2)).toEqual([2, 1, 1, 2, null]);
  });
});
