import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { scoreSelfEvalSheet } from './self-eval-sheet';

const HEADER = ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'];
const _ = null;
const project = (name: string, rows: CellValue[][]): CellValue[][] => rows.map((r, i) => (i === 0 ? [name, 100, 90, ...r] : [_, _, _, ...r]));
const indicators = (): CellValue[][] => [
  ['产出', '数量', '维修里程', '≥50公里', 20, 45, _, _],
  [_, '质量', '验收合格率', '=100%', 15, '100%', _, _],
  [_, '成本', '单位成本', '≤90万元', 15, 100, _, _],
  ['效益', '社会', '通行时间', '明显缩短', 30, _, '达成', 90],
  ['满意度', '服务对象满意度', '群众满意度', '≥90%', 10, '95%', _, _],
];
const run = (rows: CellValue[][]) => scoreSelfEvalSheet([HEADER, ...rows], { sheet: '自评表', row: 1, col: 1 });

describe('scoreSelfEvalSheet', () => {
  it('FISCAL.md §3–4: scores each project, grades it and gives the suggestion', () => {
    const r = run([...project('甲', indicators()), ...project('乙', indicators().map((x, i) => (i === 0 ? ['产出', '数量', '维修里程', '≥50公里', 20, 38, _, _] : x)))]);
    expect(r.issues).toEqual([]);
    expect(r.results.map((p) => [p.name, p.rounded, p.grade, p.suggestion?.zh])).toEqual([
      ['甲', 92.5, '优', '优先安排预算'],
      ['乙', 89.7, '良', '正常安排预算'],
    ]);
  });

  it('FISCAL.md §3: 不适用 written in place of the actual drops the indicator and rescales', () => {
    const rows = indicators();
    rows[2] = [_, '成本', '单位成本', '≤90万元', 15, '不适用', _, _];
    expect(run(project('甲', rows)).results[0]!.rounded).toBe(93);
  });

  it('FISCAL.md §3: a percentage outside its verdict band names the cell and leaves the project unscored', () => {
    const rows = indicators();
    rows[3] = ['效益', '社会', '通行时间', '明显缩短', 30, _, '达成', 70];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.percent-band', 'K5']]);
    expect(r.results[0]).toMatchObject({ score: null, grade: null });
  });

  it('FISCAL.md §3 Decision: a split mismatch names the project cell', () => {
    const rows = indicators();
    rows[4] = ['满意度', '服务对象满意度', '群众满意度', '≥90%', 5, '95%', _, _];
    const issue = run(project('甲', rows)).issues.find((i) => i.code === 'fiscal.points-split');
    expect(issue).toMatchObject({ cell: 'A2', sheet: '自评表' });
    expect(issue!.message.zh).toBe('A2：满意度指标分值合计 5，应为 10');
  });

  it('FISCAL.md §3 Decision: 得分比例 0.5 is 50% in a percent-formatted cell (origin.layout.percentFormats), 0.5% with a warning otherwise', () => {
    const rows = indicators();
    rows[3] = ['效益', '社会', '通行时间', '明显缩短', 30, _, '部分达成', 0.7];
    const typed = run(project('甲', rows));
    expect(typed.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.percent-fraction', 'K5'], ['fiscal.percent-band', 'K5']]);
    const formatted = scoreSelfEvalSheet([HEADER, ...project('甲', rows)], { sheet: '自评表', row: 1, col: 1, layout: { percentFormats: { K5: '0%' } } });
    expect(formatted.issues).toEqual([]);
    expect(formatted.results[0]!.rounded).toBe(86.5);
  });

  it('issue 8 / FISCAL.md §1: a 指标值 without an operator (50公里) is an error naming its cell, once, and the project is unscored', () => {
    const rows = indicators();
    rows[0] = ['产出', '数量', '维修里程', '50公里', 20, 55, _, _];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['fiscal.target-no-operator', 'G2', 'error']]);
    expect(r.results[0]).toMatchObject({ score: null, grade: null });
  });

  it('reports a bad target once, naming its cell', () => {
    const rows = indicators();
    rows[0] = ['产出', '数量', '维修里程', '≥很多', 20, 45, _, _];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.target-bad', 'G2']]);
  });

  it('reads a self-evaluation sheet with English headers only', () => {
    const en = ['project', 'annual budget', 'executed', 'level1', 'level2', 'level3', 'target value', 'points', 'actual', 'verdict', 'percent'];
    const r = scoreSelfEvalSheet([en, ...project('甲', indicators())], { row: 1, col: 1 });
    expect(r.issues).toEqual([]);
    expect(r.results[0]).toMatchObject({ rounded: 92.5, grade: '优' });
  });

  it('an Excel error in the sheet is one error on its cell and leaves the project unscored', () => {
    const rows = indicators();
    rows[0] = ['产出', '数量', '维修里程', '≥50公里', 20, '#DIV/0!', _, _];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['cell.excel-error', 'I2']]);
    expect(r.results[0]).toMatchObject({ score: null, grade: null });
  });

  it('an Excel error even in a column the indicator does not use leaves the project unscored', () => {
    const rows = indicators();
    rows[0] = ['产出', '数量', '维修里程', '≥50公里', 20, 45, '#N/A', _];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['cell.excel-error', 'J2']]);
    expect(r.results[0]).toMatchObject({ score: null, grade: null });
  });

  it('FISCAL.md §1 carried to §3: a 三级指标 named twice in a project is an error and the project is unscored', () => {
    const rows = indicators();
    rows[1] = [_, '质量', '维修里程', '=100%', 15, '100%', _, _];
    const r = run(project('甲', rows));
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.duplicate-indicator', 'F3']]);
    expect(r.results[0]!.score).toBeNull();
  });

  it('the same project written again right below with another budget is an error', () => {
    const r = run([...project('甲', indicators()), ...project('甲', indicators()).map((row) => row.map((c, i) => (i === 1 && c === 100 ? 200 : c)))]);
    expect(r.issues.filter((i) => i.code === 'fiscal.field-conflict').map((i) => i.cell)).toEqual(['B7']);
  });

  it('FISCAL.md §3: 是否适用 否 drops the indicator; a value that is neither is an error, not taken as applicable', () => {
    const header = [...HEADER, '是否适用'];
    const rows = project('甲', indicators()).map((r, i) => [...r, i === 2 ? '否' : '是']);
    expect(scoreSelfEvalSheet([header, ...rows], { row: 1, col: 1 }).results[0]!.rounded).toBe(93);
    rows[2]![11] = '待定';
    const r = scoreSelfEvalSheet([header, ...rows], { row: 1, col: 1 });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['cell.bad-choice', 'L4']]);
    expect(r.results[0]!.score).toBeNull();
  });
});
