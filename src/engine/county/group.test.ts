import { describe, expect, it } from 'vitest';
import { parseGroup } from './group';

describe('parseGroup (the one reader of a group cell, PERF.RANK and PERF.TIERS included)', () => {
  it('reads the codes', () => {
    expect(parseGroup('township')).toBe('township');
    expect(parseGroup(' Department ')).toBe('department');
    expect(parseGroup('ancient-city')).toBe('ancient-city');
  });

  it('reads the short Chinese names 乡镇/部门/古城', () => {
    expect(parseGroup('乡镇')).toBe('township');
    expect(parseGroup('部门')).toBe('department');
    expect(parseGroup('古城')).toBe('ancient-city');
  });

  it('reads the long names of 篇4, with either kind of bracket', () => {
    expect(parseGroup('乡镇（日常工作）')).toBe('township');
    expect(parseGroup('乡镇(日常工作)')).toBe('township');
    expect(parseGroup('县直部门和单位')).toBe('department');
    expect(parseGroup('县直部门和单位（日常工作）')).toBe('department');
    expect(parseGroup('古城风貌恢复工作')).toBe('ancient-city');
  });

  it('does not guess: unknown text, blanks and numbers are undefined', () => {
    expect(parseGroup('街道')).toBeUndefined();
    expect(parseGroup('')).toBeUndefined();
    expect(parseGroup(null)).toBeUndefined();
    expect(parseGroup(1)).toBeUndefined();
  });
});
