import { describe, expect, it } from 'vitest';
import { messages } from '../messages';
import { hasErrors, issueMaker, makeIssue, PerfInputError } from './issue';
import { msg } from '../messages';

describe('issues as data', () => {
  it('builds an issue from the message table with both languages, its location and its parameters', () => {
    const i = makeIssue('cell.not-a-number', { value: 'abc' }, { field: '得分', cell: 'C5', row: 5, sheet: '汇总' });
    expect(i).toEqual({
      code: 'cell.not-a-number',
      severity: 'error',
      message: { zh: 'C5（得分）应为数字，实际为“abc”', en: 'C5 (得分) should be a number, found "abc"' },
      params: { cell: 'C5', field: '得分', value: 'abc' },
      field: '得分',
      row: 5,
      cell: 'C5',
      sheet: '汇总',
    });
  });

  it('a parameter of the same name wins over the location for the text, as rank-in names its arguments', () => {
    const i = makeIssue('arg.blank', { field: '得分', fieldEn: 'score' }, { field: 'score' });
    expect([i.field, i.message.zh]).toEqual(['score', '得分不能为空（空白不按 0 处理）']);
  });

  it('lets a caller lower or raise the severity', () => {
    expect(makeIssue('cell.coerced', { value: '1', number: 1 }, { cell: 'A1', field: 'x' }, 'warning').severity).toBe('warning');
    expect(hasErrors([makeIssue('cell.coerced', { value: '1', number: 1 }, { cell: 'A1', field: 'x' })])).toBe(false);
    expect(hasErrors([makeIssue('table.empty')])).toBe(true);
  });

  it('every message renders Chinese and English text from its parameters, leaving none out', () => {
    // Any parameter a text reads comes back as its own name, so a text that ignored one would not show it.
    const params = new Proxy({}, { get: (_, k) => (typeof k === 'string' ? `‹${k}›` : undefined) }) as never;
    for (const [code, def] of Object.entries(messages)) {
      const zh = (def.zh as (p: never) => string)(params);
      const en = (def.en as (p: never) => string)(params);
      expect(zh, code).toMatch(/\p{Script=Han}/u);
      expect(en, code).toMatch(/[A-Za-z]/);
      expect(`${zh}${en}`, code).not.toMatch(/undefined|\?\?|NaN/);
      expect(['error', 'warning', 'info']).toContain(def.severity);
    }
  });

  it('issueMaker gives any layer a maker typed by its own section of the catalogue', () => {
    const own = issueMaker({ 'own.thing': msg<{ name: string }>('warning', (p) => `“${p.name}”有问题`, (p) => `"${p.name}" has a problem`) });
    expect(own('own.thing', { name: '甲' }, { sheet: 'S' })).toEqual({
      code: 'own.thing',
      severity: 'warning',
      message: { zh: '“甲”有问题', en: '"甲" has a problem' },
      params: { name: '甲' },
      sheet: 'S',
    });
  });

  it('PerfInputError carries its issues and both texts', () => {
    const e = new PerfInputError([makeIssue('table.empty')]);
    expect(e.issues).toHaveLength(1);
    expect(e.message).toContain('表中没有数据行');
    expect(e.message).toContain('The table has no data rows');
  });
});
