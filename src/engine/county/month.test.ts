import { describe, expect, it } from 'vitest';
import { parseMonth } from './month';

describe('parseMonth', () => {
  it('篇4 五(三): reads a month as a number, 3月, 三月, full width, a year-month or a date', () => {
    const read = (v: Parameters<typeof parseMonth>[0]) => parseMonth(v)?.key;
    expect([3, '3', '3月', '03月份', '三月', '十二月', '十一月份', '３月'].map(read)).toEqual(['3', '3', '3', '3', '3', '12', '11', '3']);
    expect(['2026-03', '2026年3月', '２０２６/3', '2026-03-15'].map(read)).toEqual(['2026-3', '2026-3', '2026-3', '2026-3']);
    expect(read(new Date(Date.UTC(2026, 2, 15)))).toBe('2026-3');
  });

  it('anything else is undefined, so the caller raises an issue naming the cell (never month 0)', () => {
    for (const v of [null, '', true, false, 0, 13, 12.5, -1, '#N/A', '十三月', 'March', new Date(Number.NaN)]) expect(parseMonth(v)).toBeUndefined();
  });
});
