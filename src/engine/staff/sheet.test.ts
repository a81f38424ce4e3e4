import { describe, expect, it } from 'vitest';
import { scoreStaffSheet } from './sheet';

const header = ['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分', '绩效工资'];
const origin = { sheet: '三月', row: 1, col: 1 };

describe('scoreStaffSheet', () => {
  it('篇3 二 seed rows: 95 − 5 → 90 → −10%; 98 + 10 → 108 → +8%; production 100 + 2 − 5', () => {
    const { results, issues } = scoreStaffSheet(
      [header, ['甲', '办公室', '后勤', 95, -5, null, null, 5000], ['乙', '办公室', '后勤', 98, 10, null, null, 5000], ['丙', '一车间', '生产', null, null, 2, 5, 4000]],
      origin,
    );
    expect(issues).toEqual([]);
    expect(results.map((r) => [r.name, r.final, r.floatPercent, r.float, r.amount])).toEqual([
      ['甲', 90, -10, -0.1, -500],
      ['乙', 108, 8, 0.08, 400],
      ['丙', 97, -3, -0.03, -120],
    ]);
    expect(results[0]!.steps.map((s) => s.item)).toEqual(['monthEnd', 'daily', 'float', 'amount']);
    expect(results[0]!.steps[2]!.rule.zh).toBe('（90 − 100）× 1% = -10.0%');
    expect(results[2]!.source).toMatchObject({ sheet: '三月', row: 4, cells: { bonus: 'F4' } });
  });

  it('issue 8 / RULES.md staff Decision: a blank 加分 or 扣分 on a 生产 row is 0; text is an error naming its cell', () => {
    const { results, issues } = scoreStaffSheet(
      [header, ['丙', '一车间', '生产', null, null, null, 5, 4000], ['丁', '一车间', '生产', null, null, 3, null, 4000], ['戊', '一车间', '生产', null, null, '三分', null, 4000]],
      origin,
    );
    expect(results.map((r) => [r.name, r.final, r.floatPercent])).toEqual([['丙', 95, -5], ['丁', 103, 3]]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.not-a-number', 'F4']]);
  });

  it('issue 8 / RULES.md staff Decision: a final of −149.98 floats −100%, not −249.98%, and the amount stops at −wage', () => {
    const { results } = scoreStaffSheet([header, ['甲', '办公室', '后勤', 0, -149.98, null, null, 5000]], origin);
    expect(results.map((r) => [r.final, r.floatPercent, r.amount])).toEqual([[-149.98, -100, -5000]]);
    expect(results[0]!.steps.find((s) => s.item === 'float')!.rule.zh).toBe('（-149.98 − 100）× 1% = -100.0%（已到浮动限度）');
  });

  it('without a 绩效工资 column the amount is null, not 0', () => {
    const { results } = scoreStaffSheet([['姓名', '类别', '月底打分', '日考核得分'], ['甲', 'back-office', 95, -5]], origin);
    expect(results[0]).toMatchObject({ float: -0.1, amount: null });
  });

  it('bad cells are issues naming the cell; the row gets no result', () => {
    const { results, issues } = scoreStaffSheet(
      [header, ['甲', '办公室', '后勤', 95, null, null, null, 5000], ['乙', '办公室', '销售', 95, 1, null, null, 5000], ['丙', '车间', '生产', null, null, '#N/A', 3, 4000], ['丁', '车间', '生产', 90, null, 1, 1, null]],
      origin,
    );
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.bad-choice', 'C3'],
      ['cell.excel-error', 'F4'],
      ['cell.blank-required', 'E2'],
      ['cell.blank-required', 'H5'],
      ['staff.not-for-category', 'D5'],
    ]);
  });

  it('a back-office row on a sheet without the month-end column names the missing column', () => {
    const { issues } = scoreStaffSheet([['姓名', '类别', '日考核得分'], ['甲', '后勤', 3]], origin);
    expect(issues.map((i) => [i.code, i.field])).toEqual([['table.missing-column', '月底打分']]);
  });

  it('reads English-only headers and skips blank rows', () => {
    const { results, issues } = scoreStaffSheet(
      [['name', 'department', 'category', 'month-end score', 'daily points', 'performance pay'], ['Li', 'Office', 'back-office', 98, 10, 5000], [null, null, null, null, null, null], ['Wang', 'Office', 'back-office', 95, -5, 5000]],
      origin,
    );
    expect(issues).toEqual([]);
    expect(results.map((r) => [r.name, r.float, r.amount])).toEqual([['Li', 0.08, 400], ['Wang', -0.1, -500]]);
  });

  it('the same name twice in one department is an error on the repeat; in another department it is another person', () => {
    const { results, issues } = scoreStaffSheet(
      [header, ['甲', '办公室', '后勤', 95, 0, null, null, 5000], ['甲', '车间', '后勤', 95, 0, null, null, 5000], ['甲', '办公室', '后勤', 90, 0, null, null, 5000]],
      origin,
    );
    expect(results.map((r) => r.source.row)).toEqual([2, 3]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['staff.duplicate-row', 'A4']]);
  });

  it('"85%" as a month-end score or a pay is refused (0.85 would be silently wrong); Dates and booleans are not numbers', () => {
    const { results, issues } = scoreStaffSheet(
      [header, ['甲', '办公室', '后勤', '85%', 0, null, null, 5000], ['乙', '办公室', '后勤', 95, true, null, null, new Date(Date.UTC(2026, 0, 1))], ['丙', '办公室', '后勤', 95, 0, null, null, new Date(Number.NaN)]],
      origin,
    );
    expect(results).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-a-number', 'E3'],
      ['cell.not-a-number', 'H3'],
      ['cell.excel-error', 'H4'],
      ['staff.cell-percent', 'D2'],
    ]);
  });

  it('a pay so large the amount overflows is too large, naming the cell', () => {
    const { results, issues } = scoreStaffSheet([header, ['甲', '办公室', '后勤', 100, 1e300, null, null, 1e300]], origin);
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['staff.too-large', 'H2']]);
  });

  it('RULES general: the float comes from the full final score (90.004 → −9.996%)', () => {
    const { results } = scoreStaffSheet([header, ['甲', '办公室', '后勤', 90.004, 0, null, null, 10000]], origin);
    expect(results.map((r) => [r.rounded, r.floatPercent, r.amount])).toEqual([[90, -9.996, -999.6]]);
  });
});

