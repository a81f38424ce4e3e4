import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { validateCountyReport } from './report';

const HEAD = ['单位', '月份', '指标名称', '标准值', '本月完成值', '累计完成值', '备注'];
const origin = { sheet: '月报', row: 1, col: 1 };
const check = (rows: CellValue[][], head: CellValue[] = HEAD) => validateCountyReport([head, ...rows], origin).issues.map((i) => [i.code, i.cell ?? null]);

describe('validateCountyReport', () => {
  it('篇4 六(三): a clean monthly report raises no issue', () => {
    expect(check([
      ['南牛乡', '3月', 'GDP', 100, 8, 25, null],
      ['南牛乡', '2026-03', '新增就业', 10, 1, null, '季度统计'],
    ])).toEqual([]);
  });

  it('a blank required cell, text in a number and an Excel error are issues naming the cell', () => {
    expect(check([
      ['南牛乡', '3月', null, 100, 8, 25, null],
      ['南牛乡', '3月', 'GDP', '一百', 8, 25, null],
      ['南牛乡', '3月', '就业', 10, '#N/A', 25, null],
    ])).toEqual([['cell.blank-text', 'C2'], ['cell.not-a-number', 'D3'], ['cell.excel-error', 'E4']]);
  });

  it('TRUE, a Date or "八十" where a number belongs are issues naming the cell; a Date or 三月 is a month', () => {
    expect(check([
      ['南牛乡', new Date(Date.UTC(2026, 2, 1)), 'GDP', true, 8, 25, null],
      ['南牛乡', '三月', '就业', 10, new Date(Date.UTC(2026, 2, 1)), '八十', null],
    ])).toEqual([['cell.not-a-number', 'D2'], ['cell.not-a-number', 'E3'], ['cell.not-a-number', 'F3']]);
  });

  it('reads an English-only header', () => {
    const head = ['Unit', 'Month', 'Indicator', 'Target', 'Direction', 'Month actual', 'Cumulative actual', 'Note'];
    expect(check([['Nanniu', 3, 'GDP', 100, 'higher', 8, 25, null]], head)).toEqual([]);
  });

  it('a month that is not 1–12 is an issue naming the cell', () => {
    expect(check([['南牛乡', '13月', 'GDP', 100, 8, 25, null]])).toEqual([['county.bad-month', 'B2']]);
  });

  it('a row without any actual is an error (blank is not 0)', () => {
    expect(check([['南牛乡', 3, 'GDP', 100, null, null, null]])).toEqual([['county.report-no-actual', 'E2']]);
  });

  it('the same indicator twice in a month is an error naming the second cell', () => {
    const issues = validateCountyReport([HEAD, ['南牛乡', '3月', 'GDP', 100, 8, 25, null], ['南牛乡', 3, 'GDP', 100, 9, 26, null]], origin).issues;
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['county.detail-duplicate', 'C3']]);
    expect(issues[0]!.message.zh).toContain('首次在 月报!C2');
  });

  it('a negative actual and a zero target are errors; a cumulative below the month is a warning', () => {
    expect(check([
      ['南牛乡', 3, 'GDP', 0, 8, 25, null],
      ['南牛乡', 3, '就业', 10, -1, null, null],
      ['南牛乡', 3, '税收', 10, 5, 4, null],
    ])).toEqual([['county.target-not-positive', 'D2'], ['county.negative-value', 'E3'], ['county.report-cumulative-below-month', 'F4']]);
  });

  it('a header without any actual column is an error', () => {
    expect(check([['南牛乡', 3, 'GDP', 100]], ['单位', '月份', '指标名称', '标准值'])).toEqual([['county.report-no-actual-column', null]]);
  });

  it('warns when one report holds several units', () => {
    expect(check([['南牛乡', 3, 'GDP', 100, 8, 25, null], ['新安镇', 3, 'GDP', 100, 8, 25, null]])).toEqual([['county.report-several-units', null]]);
  });

  it('a missing required column is named', () => {
    expect(check([['南牛乡', 3, 100, 8]], ['单位', '月份', '标准值', '本月完成值'])).toEqual([['table.missing-column', null]]);
  });

  it('names cells correctly when the table starts below and right of A1, and says when text was read as a number', () => {
    const values = [['说明：三月份月报'], [], [...HEAD], ['南牛乡', '3月', 'GDP', ' 100 ', 8, 25, null], ['南牛乡', '3月', '就业', 10, 'x', 25, null]];
    const issues = validateCountyReport(values, { sheet: '月报', row: 2, col: 3 }).issues;
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['cell.coerced', 'F5', 'info'], ['cell.not-a-number', 'G6', 'error']]);
  });
});

