import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../core/coerce';
import { scorePenaltySheet } from './penalty-sheet';

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
});
