import { describe, expect, it } from 'vitest';
import { scoreEngineerSheet } from './sheet';

const header = ['姓名', '驳回次数', '逾期次数', '实际费用', '计划费用', '论文数'];
const origin = { sheet: '工程师', row: 2, col: 1 };

describe('scoreEngineerSheet', () => {
  it('scores each row with its name, steps and source cells (篇1 example → 95.4)', () => {
    const { results, issues } = scoreEngineerSheet([header, ['张三', 2, 1, 103, 100, 1]], origin);
    expect(issues).toEqual([]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: '张三', score: 95.4, rounded: 95.4, source: { sheet: '工程师', row: 3 } });
    expect(results[0]!.source.cells).toMatchObject({ rejections: 'B3', costPlan: 'E3' });
    expect(results[0]!.steps).toHaveLength(4);
  });

  it('finds English headers too', () => {
    const { results } = scoreEngineerSheet([['name', 'rejections', 'overdue', 'cost actual', 'cost plan', 'papers'], ['Li', 0, 0, 100, 100, 0]], origin);
    expect(results[0]!.score).toBe(100);
  });

  it('RULES engineer: blank counts on a sheet are 0', () => {
    const { results, issues } = scoreEngineerSheet([header, ['王五', null, null, 100, 100, null]], origin);
    expect(issues).toEqual([]);
    expect(results[0]!.score).toBe(100);
  });

  it('bad cells are issues naming the cell; the row gets no score', () => {
    const { results, issues } = scoreEngineerSheet(
      [header, ['甲', 1.5, 0, 100, 100, 0], ['乙', 0, '#N/A', 100, null, 0], ['丙', 0, 0, 100, 0, 0], ['丁', 0, 0, '超支', 100, -1]],
      origin,
    );
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-whole', 'B3'],
      ['cell.excel-error', 'C4'],
      ['cell.blank-required', 'E4'],
      ['cell.not-a-number', 'D6'],
      ['cell.not-whole', 'F6'],
      ['engineer.plan-not-positive', 'E5'],
    ]);
    expect(issues.every((i) => i.sheet === '工程师')).toBe(true);
  });

  it('skips blank rows between engineers', () => {
    const { results, issues } = scoreEngineerSheet([header, ['甲', 0, 0, 100, 100, 0], [null, '', '  ', null, null, null], [], ['乙', 2, 1, 103, 100, 1]], origin);
    expect(issues).toEqual([]);
    expect(results.map((r) => [r.name, r.score, r.source.row])).toEqual([['甲', 100, 3], ['乙', 95.4, 6]]);
  });

  it('a duplicate name is an issue on the repeat, which gets no score', () => {
    const { results, issues } = scoreEngineerSheet([header, ['张三', 0, 0, 100, 100, 0], ['张三', 1, 0, 100, 100, 0]], origin);
    expect(results.map((r) => r.source.row)).toEqual([3]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['table.duplicate-key', 'A4']]);
  });

  it('booleans and Dates in count columns are not numbers, an invalid Date is #VALUE!: issues naming the cell, without a throw', () => {
    const { results, issues } = scoreEngineerSheet([header, ['甲', true, new Date(Date.UTC(2026, 0, 5)), 100, 100, new Date(Number.NaN)]], origin);
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-a-number', 'B3'],
      ['cell.not-a-number', 'C3'],
      ['cell.excel-error', 'F3'],
    ]);
  });

  it('costs typed as "103%" are refused (1.03 beside a plan of 100 would be wrong); counts as "85%" are not whole', () => {
    const { results, issues } = scoreEngineerSheet([header, ['甲', 0, 0, '103%', 100, 0], ['乙', '85%', 0, 100, 100, 0]], origin);
    expect(results).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.message.en.includes('cost actual')])).toEqual([
      ['cell.not-whole', 'B4', false],
      ['engineer.cell-percent', 'D3', true],
    ]);
  });

  it('huge figures are issues naming the cell, not Infinity', () => {
    const { results, issues } = scoreEngineerSheet([header, ['甲', 0, 0, 1e308, 100, 0], ['乙', 0, 0, 100, 100, 1e308]], origin);
    expect(results).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['engineer.overrun-too-large', 'D3'],
      ['engineer.too-large', 'F4'],
    ]);
  });

  it('a sheet without the required columns says which are missing in both languages', () => {
    const { results, issues } = scoreEngineerSheet([['姓名', '驳回次数'], ['甲', 1]], origin);
    expect(results).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['table.missing-column', 'table.missing-column', 'table.missing-column', 'table.missing-column']);
    expect(issues[0]!.message.en).toContain('overdue');
  });
});

