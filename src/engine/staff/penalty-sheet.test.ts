import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../core/coerce';
import { scorePenaltySheet } from './penalty-sheet';
import { staffPreset } from './preset';

const header = ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资'];
const origin = { sheet: '处罚', row: 1, col: 1 };
const serial = (y: number, m: number, d: number) => dateToSerial(new Date(Date.UTC(y, m - 1, d)));

describe('scorePenaltySheet', () => {
  it('篇3 五: amounts per department per code, the month read from text, Date or serial', () => {
    const { results, issues } = scorePenaltySheet(
      [
        header,
        ['办公室', '2026-03', '2026-04-13', '是', 0, 1, 0, null, null],
        ['一车间', new Date(Date.UTC(2026, 11, 1)), serial(2027, 1, 9), '否', 0, 0, 1, 6000, 3000],
        ['二车间', serial(2026, 3, 15), new Date(Date.UTC(2026, 3, 10)), 'yes', 2, 0, 0, null, null],
      ],
      origin,
    );
    expect(issues).toEqual([]);
    expect(results.map((r) => [r.department, r.period, r.total, r.amounts])).toEqual([
      ['办公室', '2026-03', 500, { late: 300, missing: 0, 'review-error': 0, baseless: 200, harassment: 0 }],
      ['一车间', '2026-12', 1400, { late: 0, missing: 900, 'review-error': 0, baseless: 0, harassment: 500 }],
      ['二车间', '2026-03', 200, { late: 0, missing: 0, 'review-error': 200, baseless: 0, harassment: 0 }],
    ]);
    expect(results[0]!.source).toMatchObject({ sheet: '处罚', row: 2 });
  });

  it('bad cells are issues naming the cell', () => {
    const { results, issues } = scorePenaltySheet(
      [header, ['办公室', '三月', '2026-04-13', '是', 0, 0, 0, null, null], ['车间', '2026-03', null, '是', 1.5, 0, 0, null, null], ['仓库', '2026-03', null, '否', 0, 0, 0, 5000, null]],
      origin,
    );
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-whole', 'E3'],
      ['staff.bad-period', 'B2'],
      ['cell.blank-required', 'I4'],
    ]);
  });

  it('reads English-only headers, skips blank rows, and checks the optional calendar date columns', () => {
    const { results, issues } = scorePenaltySheet(
      [
        ['department', 'assessed month', 'submission date', 'assessed', 'review errors', 'baseless', 'harassment', 'assessment date', 'settlement date'],
        ['Office', '2026-03', '2026-04-10', 'yes', 0, 0, 0, '2026-04-09', '2026-04-25'],
        [null, null, null, null, null, null, null, null, null],
        ['Plant', '2026-03', '2026-04-10', 'yes', 0, 0, 0, '2026-04-03', null],
      ],
      origin,
    );
    expect(results.map((r) => [r.department, r.total])).toEqual([['Office', 0], ['Plant', 0]]);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['staff.calendar-late', 'warning', 'H2']]);
  });

  it('a department listed twice for one month is an error on the repeat (it would be fined twice)', () => {
    const { results, issues } = scorePenaltySheet(
      [header, ['办公室', '2026-03', '2026-04-13', '是', 0, 0, 0, null, null], ['办公室', '2026-04', '2026-05-10', '是', 0, 0, 0, null, null], ['办公室', '2026年3月', '2026-04-10', '是', 0, 0, 0, null, null]],
      origin,
    );
    expect(results.map((r) => [r.period, r.total])).toEqual([['2026-03', 300], ['2026-04', 0]]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['staff.duplicate-row', 'A4']]);
  });

  it('issue 8 / RULES.md staff Decision: a blank incident count is 0; 是否考核 reads √/×/1/0', () => {
    const { results, issues } = scorePenaltySheet([header, ['办公室', '2026-03', '2026-04-10', '√', null, null, null, null, null], ['车间', '2026-03', '2026-04-10', 1, 0, 0, 0, null, null]], origin);
    expect(issues).toEqual([]);
    expect(results.map((r) => [r.department, r.total, r.amounts['review-error'], r.amounts.baseless, r.amounts.harassment])).toEqual([['办公室', 0, 0, 0, 0], ['车间', 0, 0, 0, 0]]);
  });

  it('RULES.md staff: a count must be a whole number ≥ 0 (1.5, −1, text and #N/A name their cells); blankCounts error refuses a blank', () => {
    const { results, issues } = scorePenaltySheet([header, ['办公室', '2026-03', '2026-04-10', '是', 1.5, -1, '两次', null, null], ['车间', '2026-03', '2026-04-10', '是', '#N/A', 0, 0, null, null]], origin);
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.not-whole', 'E2'], ['cell.not-whole', 'F2'], ['cell.not-a-number', 'G2'], ['cell.excel-error', 'E3']]);
    const strict = { ...staffPreset, penalties: { ...staffPreset.penalties, blankCounts: 'error' as const } };
    const blank = scorePenaltySheet([header, ['办公室', '2026-03', '2026-04-10', '是', null, 0, 0, null, null]], origin, strict);
    expect(blank.issues.map((i) => [i.code, i.cell])).toEqual([['cell.blank-required', 'E2']]);
  });

  it('hostile cells (booleans, "85%" pay, invalid Dates) are issues naming the cell, without a throw', () => {
    const { results, issues } = scorePenaltySheet(
      [header, ['办公室', true, new Date(Number.NaN), '是', 0, 0, 0, null, null], ['车间', '2026-03', '2026-04-10', '否', 0, 0, 0, '85%', 3000]],
      origin,
    );
    expect(results).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-a-date', 'C2'],
      ['staff.bad-period', 'B2'],
      ['staff.cell-percent', 'H3'],
    ]);
  });
});

