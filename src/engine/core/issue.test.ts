import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { hasErrors, makeIssue, PerfInputError } from './issue';

describe('issues as data', () => {
  it('builds an issue from the message table with both languages and its location', () => {
    const i = makeIssue('cell.not-a-number', { value: 'abc' }, { field: '得分', cell: 'C5', row: 5, sheet: '汇总' });
    expect(i).toEqual({
      code: 'cell.not-a-number',
      severity: 'error',
      message: { zh: 'C5（得分）应为数字，实际为“abc”', en: 'C5 (得分) should be a number, found "abc"' },
      field: '得分',
      row: 5,
      cell: 'C5',
      sheet: '汇总',
    });
  });

  it('lets a caller lower or raise the severity', () => {
    expect(makeIssue('cell.coerced', {}, {}, 'warning').severity).toBe('warning');
    expect(hasErrors([makeIssue('cell.coerced')])).toBe(false);
    expect(hasErrors([makeIssue('table.empty')])).toBe(true);
  });

  it('every message renders Chinese and English text for empty params', () => {
    for (const [code, def] of Object.entries(messages)) {
      expect(def.zh({}), code).not.toBe('');
      expect(def.en({}), code).not.toBe('');
      expect(['error', 'warning', 'info']).toContain(def.severity);
    }
  });

  it('PerfInputError carries its issues and both texts', () => {
    const e = new PerfInputError([makeIssue('table.empty')]);
    expect(e.issues).toHaveLength(1);
    expect(e.message).toContain('表中没有数据行');
    expect(e.message).toContain('The table has no data rows');
  });
});
