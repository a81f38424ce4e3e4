import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { validateMonitoring } from './monitoring';

const HEADER = ['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-6月完成值', '全年预计完成值', '偏差原因', '完成预期'];
const _ = null;
const project = (name: string, budget: CellValue, executed: CellValue, rows: CellValue[][]): CellValue[][] =>
  rows.map((r, i) => (i === 0 ? [name, budget, executed, 6, ...r] : [_, _, _, _, ...r]));

const run = (rows: CellValue[][]) => validateMonitoring([HEADER, ...rows], { sheet: '监控表', row: 1, col: 1 });

describe('validateMonitoring', () => {
  it('FISCAL.md §2: a project on track is green and needs no correction', () => {
    const r = run(project('道路维修', 100, 45, [['维修里程', '≥50公里', 30, 52, _, '确定能']]));
    expect(r.issues).toEqual([]);
    expect(r.projects[0]).toMatchObject({ name: '道路维修', light: '绿', needsCorrection: false });
  });

  it('FISCAL.md §2 / 篇2 三.3(2): red and yellow projects are listed as needing correction (纠偏)', () => {
    const r = run([
      ...project('甲', 100, 20, [['里程', '≥50公里', 30, 52, _, '确定能']]),
      ...project('乙', 100, 35, [['里程', '≥50公里', 30, 52, _, '确定能']]),
      ...project('丙', 100, 50, [['里程', '≥50公里', 30, 52, _, '确定能']]),
    ]);
    expect(r.projects.map((p) => [p.name, p.light, p.needsCorrection])).toEqual([['甲', '红', true], ['乙', '黄', true], ['丙', '绿', false]]);
    const warn = r.issues.find((i) => i.code === 'fiscal.needs-correction');
    expect(warn).toMatchObject({ severity: 'warning', units: ['甲', '乙'] });
    expect(warn!.message.zh).toBe('需要纠偏的项目（红灯/黄灯）：甲、乙');
  });

  it('FISCAL.md §2: budget 0 is yellow with a message naming the budget cell', () => {
    const r = run(project('甲', 0, 0, [['里程', '≥50公里', 30, 52, _, '确定能']]));
    expect(r.projects[0]!.light).toBe('黄');
    expect(r.issues.find((i) => i.code === 'fiscal.budget-zero')?.cell).toBe('B2');
  });

  it('FISCAL.md §2: 完全不可能 without 偏差原因 is an error naming the reason cell', () => {
    const r = run(project('甲', 100, 50, [['里程', '≥50公里', 30, 52, _, '完全不可能']]));
    const issue = r.issues.find((i) => i.code === 'fiscal.deviation-no-reason');
    expect(issue).toMatchObject({ severity: 'error', cell: 'I2', sheet: '监控表' });
    expect(issue!.message.zh).toContain('完全不可能');
  });

  it('FISCAL.md §2: a forecast short of the target (per the operator) without a reason is an error', () => {
    const r = run(project('甲', 100, 50, [
      ['里程', '≥50公里', 20, '45公里', _, '有可能'],
      ['成本', '≤90万元', 40, 95, _, '有可能'],
      ['合格率', '≥95%', '90%', '96%', _, '确定能'],
    ]));
    expect(r.issues.filter((i) => i.code === 'fiscal.deviation-no-reason').map((i) => i.cell)).toEqual(['I2', 'I3']);
  });

  it('FISCAL.md §2: with a reason given, a short forecast or 完全不可能 is accepted', () => {
    const r = run(project('甲', 100, 50, [['里程', '≥50公里', 20, 45, '雨季延误', '完全不可能']]));
    expect(r.issues).toEqual([]);
  });

  it('FISCAL.md §2: a month written as 七月 or a date cell in the month is read', () => {
    for (const m of ['七月', new Date(Date.UTC(2026, 6, 31))]) {
      const rows = project('甲', 100, 35, [['里程', '≥50公里', 30, 52, _, '确定能']]);
      rows[0]![3] = m;
      expect(run(rows).projects[0]!.execution?.progress).toBe(7 / 12);
    }
  });

  it('FISCAL.md §2: month 13 is an error; the project has no light', () => {
    const rows = project('甲', 100, 50, [['里程', '≥50公里', 20, 52, _, '确定能']]);
    rows[0]![3] = 13;
    const r = run(rows);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.month-invalid', 'D2']]);
    expect(r.projects[0]!.light).toBeNull();
  });

  it('FISCAL.md §2: a blank forecast or expectation is an error, and a bad expectation names its cell', () => {
    const r = run(project('甲', 100, 50, [['里程', '≥50公里', 20, _, _, _], ['成本', '≤90万元', 20, 80, _, '也许']]));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.missing', 'H2'], ['fiscal.missing', 'J2'], ['cell.bad-choice', 'J3']]);
  });

  it('FISCAL.md §2: a blank 1–N月完成值 is an error; against a quantitative target it must be a number', () => {
    const r = run(project('甲', 100, 50, [['里程', '≥50公里', _, 52, _, '确定能'], ['成本', '≤90万元', '进行中', 80, _, '确定能'], ['效果', '明显提升', '进行中', '达到', _, '确定能']]));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.missing', 'G2'], ['fiscal.bad-number', 'G3']]);
  });

  it('FISCAL.md §2: an unreadable forecast against a quantitative target is an error, never skipped', () => {
    const r = run(project('甲', 100, 50, [['里程', '≥50公里', 30, '#N/A', _, '有可能'], ['成本', '≤90万元', 40, '差不多', _, '有可能']]));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['cell.excel-error', 'H2'], ['fiscal.bad-number', 'H3']]);
  });

  it('FISCAL.md §2: a bare 90 forecast against ≥95% is 90%, short of the target, and needs a reason', () => {
    const r = run(project('甲', 100, 50, [['合格率', '≥95%', '92%', 90, _, '有可能']]));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.percent-assumed', 'H2'], ['fiscal.deviation-no-reason', 'I2']]);
  });

  it('reads a monitoring table with English headers only', () => {
    const en = ['project', 'annual budget', 'executed', 'month', 'indicator', 'target', 'completed to date', 'annual forecast', 'reason', 'expectation'];
    const r = validateMonitoring([en, ...project('甲', 100, 45, [['里程', '≥50公里', 30, 52, _, 'sure']])], { row: 1, col: 1 });
    expect(r.issues).toEqual([]);
    expect(r.projects[0]).toMatchObject({ light: '绿' });
  });

  it('the same project written again right below with another budget is an error, not merged silently', () => {
    const r = run([...project('甲', 100, 45, [['里程', '≥50公里', 30, 52, _, '确定能']]), ...project('甲', 300, 45, [['合格率', '=100%', '100%', '100%', _, '确定能']])]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.field-conflict', 'B3']]);
  });

  it('text, an Excel error or a blank in 全年预算数, 执行数 or 月份 is one error on its cell; the project gets no light', () => {
    for (const [col, letter] of [[1, 'B'], [2, 'C'], [3, 'D']] as const) {
      for (const bad of ['很多', '#N/A', null]) {
        const rows = project('甲', 100, 45, [['里程', '≥50公里', 30, 52, _, '确定能']]);
        rows[0]![col] = bad;
        const r = run(rows);
        expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([['error', `${letter}2`]]);
        expect(r.projects[0]!.light).toBeNull();
      }
    }
  });
});
