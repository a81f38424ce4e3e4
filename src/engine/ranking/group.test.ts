import { describe, expect, it } from 'vitest';
import { readGroupCell } from './group';

describe('readGroupCell', () => {
  it('reads the codes', () => {
    expect(readGroupCell('township')).toBe('township');
    expect(readGroupCell(' Department ')).toBe('department');
    expect(readGroupCell('ancient-city')).toBe('ancient-city');
  });

  it('reads the short Chinese names 乡镇/部门/古城', () => {
    expect(readGroupCell('乡镇')).toBe('township');
    expect(readGroupCell('部门')).toBe('department');
    expect(readGroupCell('古城')).toBe('ancient-city');
  });

  it('reads the long names of 篇4, with either kind of bracket', () => {
    expect(readGroupCell('乡镇（日常工作）')).toBe('township');
    expect(readGroupCell('乡镇(日常工作)')).toBe('township');
    expect(readGroupCell('县直部门和单位')).toBe('department');
    expect(readGroupCell('县直部门和单位（日常工作）')).toBe('department');
    expect(readGroupCell('古城风貌恢复工作')).toBe('ancient-city');
  });

  it('does not guess: unknown text, blanks and numbers are undefined', () => {
    expect(readGroupCell('街道')).toBeUndefined();
    expect(readGroupCell('')).toBeUndefined();
    expect(readGroupCell(null)).toBeUndefined();
    expect(readGroupCell(1)).toBeUndefined();
  });
});
