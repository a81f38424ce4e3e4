import { describe, expect, it } from 'vitest';
import { validateCountyReport } from '../county/report';
import { scoreStaffSheet } from '../staff/sheet';
import { readSubmission } from './submission';
import { report, reportSheet, sheetOf } from '../../../test/engine/fixtures/consolidate-sheets';

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const keys = (s: ReturnType<typeof readSubmission>) => s.records.map((r) => [r.key.unit, r.key.period, r.key.item]);

describe('readSubmission: county monthly report', () => {
  it('keys each row by unit + month + indicator, the month with its year', () => {
    const s = report('a.xlsx', '南牛乡', '2026年6月', [['地区生产总值', 18, 3, 9.5]]);
    expect(keys(s)).toEqual([['南牛乡', '2026-06', '地区生产总值']]);
    expect(s.records[0]!.values).toEqual({ target: 18, direction: 'higher', monthActual: 3, cumulative: 9.5, note: null });
    expect(s.records[0]!.cells.cumulative).toBe('G2');
  });

  it('validates with the same engine validator as 校验报送 (validateCountyReport), issue for issue', () => {
    const values = reportSheet('南牛乡', '2026年6月', [['地区生产总值', 0, 'N/A', null], ['地区生产总值', 18, 3, 2]]);
    const s = readSubmission({ file: 'a.xlsx', kind: 'county-report', values, origin: { sheet: '月报', row: 1, col: 1 } });
    expect(s.issues).toEqual(validateCountyReport(values, { sheet: '月报', row: 1, col: 1 }).issues);
    expect(codes(s.issues)).toContain('cell.not-a-number');
  });

  it('a direction cell is kept as its code, and a blank one is higher-is-better', () => {
    const s = report('a.xlsx', '南牛乡', '2026-06', [['事故', 2, 0, 1, '越低越好'], ['GDP', 18, 3, 9, '']]);
    expect(s.records.map((r) => r.values.direction)).toEqual(['lower', 'higher']);
  });

  it('a bare month ("6月") takes the year of the run’s period', () => {
    const s = report('a.xlsx', '南牛乡', '6月', [['GDP', 18, 3, 9]], undefined, { period: { y: 2026, m: 6 } });
    expect(keys(s)).toEqual([['南牛乡', '2026-06', 'GDP']]);
    expect(s.issues).toEqual([]);
  });

  it('a bare month without a run period is an error naming the cell (no year is guessed)', () => {
    const s = report('a.xlsx', '南牛乡', '6月', [['GDP', 18, 3, 9]]);
    expect(s.records).toEqual([]);
    expect(s.issues).toMatchObject([{ code: 'consolidate.month-without-year', cell: 'B2', severity: 'error' }]);
  });

  it('a row for another month than the run’s period is an error naming the cell', () => {
    const s = report('a.xlsx', '南牛乡', '2026年5月', [['GDP', 18, 3, 9]], undefined, { period: { y: 2026, m: 6 } });
    expect(s.issues).toMatchObject([{ code: 'consolidate.other-period', cell: 'B2' }]);
  });
});

describe('readSubmission: 报送日期', () => {
  it.each([
    ['a label cell and the date beside it', [['报送日期', '2026-07-12']], 'B1'],
    ['one cell “报送日期：2026年7月12日”', [['报送日期：2026年7月12日']], 'A1'],
    ['a Date value two cells over', [['填报日期', null, new Date(Date.UTC(2026, 6, 12))]], 'C1'],
  ])('is read from %s', (_, top, cell) => {
    const values = [...top, ...reportSheet('南牛乡', '2026年6月', [['GDP', 18, 3, 9]])];
    const s = readSubmission({ file: 'a.xlsx', kind: 'county-report', values, origin: { row: 1, col: 1 } });
    expect(s.submitted).toEqual({ date: { y: 2026, m: 7, d: 12 }, cell });
  });

  it('is read from a 报送日期 column, a differing row a warning', () => {
    const values = [
      ['单位', '月份', '指标名称', '标准值', '本月完成值', '报送日期'],
      ['南牛乡', '2026-06', 'GDP', 18, 3, '2026-07-12'],
      ['南牛乡', '2026-06', '投资', 12, 2, '2026-07-13'],
    ];
    const s = readSubmission({ file: 'a.xlsx', kind: 'county-report', values, origin: { row: 1, col: 1 } });
    expect(s.submitted).toEqual({ date: { y: 2026, m: 7, d: 12 }, cell: 'F2' });
    expect(s.issues).toMatchObject([{ code: 'consolidate.dates-differ', cell: 'F2', severity: 'warning' }]);
  });

  it('one that is not a date is a warning naming the cell, and no date is used', () => {
    const s = report('a.xlsx', '南牛乡', '2026年6月', [['GDP', 18, 3, 9]], '七月中旬');
    expect(s.submitted).toBeNull();
    expect(s.issues).toMatchObject([{ code: 'consolidate.bad-date', cell: 'B1', severity: 'warning' }]);
  });

  it('none given is null, with no issue of its own (汇总情况 says what it means)', () => {
    const s = report('a.xlsx', '南牛乡', '2026年6月', [['GDP', 18, 3, 9]]);
    expect([s.submitted, s.issues]).toEqual([null, []]);
  });
});

const SUMMARY = ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分'];

describe('readSubmission: county summary rows', () => {
  it('keys each unit’s row by the sheet’s 考核月份', () => {
    const s = sheetOf('s.xlsx', 'county-summary', [['考核月份：2026年6月'], SUMMARY, ['南牛乡', '乡镇', 80, null, 9, 1, 0]]);
    expect(keys(s)).toEqual([['南牛乡', '2026-06', '']]);
    expect(s.records[0]!.values).toMatchObject({ group: 'township', indicator: 80, leader: 9, bonus: 1 });
  });

  it('without a 考核月份 and without a run period is an error', () => {
    const s = sheetOf('s.xlsx', 'county-summary', [SUMMARY, ['南牛乡', '乡镇', 80, null, 9, 1, 0]]);
    expect(codes(s.issues)).toEqual(['consolidate.no-period']);
    expect(s.records).toEqual([]);
  });

  it('an unreadable 考核月份 is an error naming its cell', () => {
    const s = sheetOf('s.xlsx', 'county-summary', [['考核月份', '上半年'], SUMMARY, ['南牛乡', '乡镇', 80, null, 9, 1, 0]]);
    expect(s.issues).toMatchObject([{ code: 'consolidate.bad-period', cell: 'B1' }]);
  });
});

const STAFF = ['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分'];

describe('readSubmission: staff department summary (篇3)', () => {
  it('keys each person by department + month, validated as 校验报送 validates a staff sheet', () => {
    const values = [['考核月份', '2026-03'], STAFF, ['刘敏', '综合办', '后勤', 95, -5, null, null], ['周强', '综合办', '生产', null, null, 6, 2]];
    const s = sheetOf('综合办.xlsx', 'staff', values);
    expect(keys(s)).toEqual([['综合办', '2026-03', '刘敏'], ['综合办', '2026-03', '周强']]);
    expect(s.issues).toEqual(scoreStaffSheet(values, { sheet: 'Sheet1', row: 1, col: 1 }).issues);
  });

  it('takes the department from a “部门：” cell when the sheet has no 部门 column', () => {
    const values = [['部门：一车间', null, '考核月份：2026年3月'], ['姓名', '类别', '加分', '扣分'], ['周强', '生产', 6, 2]];
    expect(keys(sheetOf('一车间.xlsx', 'staff', values))).toEqual([['一车间', '2026-03', '周强']]);
  });

  it('with no department anywhere is an error', () => {
    const values = [['考核月份：2026年3月'], ['姓名', '类别', '加分', '扣分'], ['周强', '生产', 6, 2]];
    const s = sheetOf('x.xlsx', 'staff', values);
    expect(codes(s.issues)).toEqual(['consolidate.no-department']);
    expect(s.records).toEqual([]);
  });
});
