import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { validateTargetTable } from './target-table';

const HEADER = ['项目名称', '主管部门', '项目单位', '资金总额', '财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值', '完整性', '相关性', '适当性', '可行性'];
const _ = null;
/** A project's first row: project fields written once, as in merged cells. */
const first = (name: string, total: CellValue, fiscal: CellValue, other: CellValue, ind: CellValue[], review: CellValue[] = []): CellValue[] => [name, '交通局', '公路站', total, fiscal, other, '完成道路维修，提升通行条件', ...ind, ...review];
const next = (ind: CellValue[], review: CellValue[] = []): CellValue[] => [_, _, _, _, _, _, _, ...ind, ...review];

/** The four review verdicts (完整性, 相关性, 适当性, 可行性), all 通过. */
const REVIEWED: CellValue[] = ['通过', '通过', '通过', '通过'];

const good = (name = '乡村道路维修'): CellValue[][] => [
  first(name, 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], REVIEWED),
  next([_, '质量', '验收合格率', '=100%']),
  next(['效益', '社会效益', '通行时间缩短', '明显缩短']),
  next(['满意度', '服务对象满意度', '群众满意度', '≥90%']),
];

const run = (rows: CellValue[][]) => validateTargetTable([HEADER, ...rows], { sheet: '目标表', row: 1, col: 1 });
const codes = (rows: CellValue[][]) => run(rows).issues.map((i) => i.code);

describe('validateTargetTable', () => {
  it('FISCAL.md §1: a complete project passes with no issues and may be budgeted', () => {
    const { projects, issues } = run(good());
    expect(issues).toEqual([]);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ name: '乡村道路维修', department: '交通局', unit: '公路站', total: 100, fiscalFunds: 80, otherFunds: 20, budgetAllowed: true, errors: 0 });
    expect(projects[0]!.indicators).toHaveLength(4);
  });

  it('FISCAL.md §1: project fields written only on the first row are carried down (merged cells)', () => {
    const { projects } = run(good());
    expect(projects[0]!.indicators.map((i) => i.row)).toEqual([2, 3, 4, 5]);
    // 一级指标 blank on row 3 is carried from row 2 as well
    expect(projects[0]!.indicators[1]).toMatchObject({ level1: '产出', level2: '质量', name: '验收合格率' });
  });

  it('FISCAL.md §1: a new 项目名称 starts a new project', () => {
    const { projects, issues } = run([...good('甲项目'), ...good('乙项目')]);
    expect(issues).toEqual([]);
    expect(projects.map((p) => [p.name, p.indicators.length, p.row])).toEqual([['甲项目', 4, 2], ['乙项目', 4, 6]]);
  });

  it('FISCAL.md §1: make-up off by 0.02 is an error on the total cell; within 0.01 passes', () => {
    const off = good();
    off[0] = first('乡村道路维修', 100, 80.01, 20.01, ['产出', '数量', '维修里程', '≥50公里']);
    const r = run(off);
    const issue = r.issues.find((i) => i.code === 'fiscal.makeup-mismatch');
    expect(issue).toMatchObject({ severity: 'error', cell: 'D2', sheet: '目标表' });
    expect(issue!.message.zh).toContain('相差 0.02');
    const within = good();
    within[0] = first('乡村道路维修', 100, 80.01, 20, ['产出', '数量', '维修里程', '≥50公里'], REVIEWED);
    expect(codes(within)).toEqual([]);
  });

  it('FISCAL.md §1: 资金总额 must be above 0', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 0, 0, 0, ['产出', '数量', '维修里程', '≥50公里']);
    expect(codes(rows)).toContain('fiscal.total-not-positive');
  });

  it('FISCAL.md §1: missing project fields are errors naming the first-row cell; blank money is not 0', () => {
    const rows = good();
    rows[0] = ['乡村道路维修', _, '公路站', 100, 100, _, '  ', '产出', '数量', '维修里程', '≥50公里'];
    const r = run(rows);
    expect(r.issues.filter((i) => i.code === 'fiscal.missing').map((i) => i.cell)).toEqual(['B2', 'G2', 'F2']);
    expect(r.projects[0]!.otherFunds).toBeNull();
  });

  it('FISCAL.md §1: a text amount is an error naming its cell', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', '一百万', 80, 20, ['产出', '数量', '维修里程', '≥50公里']);
    expect(run(rows).issues.find((i) => i.code === 'cell.not-a-number')?.cell).toBe('D2');
  });

  it('FISCAL.md §1: 一级指标 must be 产出/效益/满意度 and 二级指标 must belong to it', () => {
    const rows = good();
    rows[1] = next(['投入', '质量', '验收合格率', '=100%']);
    rows[2] = next(['效益', '数量', '通行时间缩短', '明显缩短']);
    const r = run(rows);
    expect(r.issues.find((i) => i.code === 'fiscal.level1-invalid')?.cell).toBe('H3');
    const l2 = r.issues.find((i) => i.code === 'fiscal.level2-invalid');
    expect(l2?.cell).toBe('I4');
    expect(l2!.message.zh).toContain('经济/社会/生态/可持续');
  });

  it('FISCAL.md §1: 三级指标 and 指标值 are required; an operator without a number is an error', () => {
    const rows = good();
    rows[1] = next([_, '质量', _, '≥很多']);
    const r = run(rows);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual(expect.arrayContaining([['fiscal.missing', 'J3'], ['fiscal.target-bad', 'K3']]));
  });

  it('issue 8 / FISCAL.md §1: a 指标值 without an operator (50个, 100%, a bare 100) is an error naming its cell, never read as "="', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '50个'], REVIEWED);
    rows[1] = next([_, '质量', '验收合格率', '100%']);
    rows[3] = next(['满意度', '服务对象满意度', '群众满意度', 90]);
    const r = run(rows);
    expect(r.issues.filter((i) => i.code === 'fiscal.target-no-operator').map((i) => [i.cell, i.severity])).toEqual([['K2', 'error'], ['K3', 'error'], ['K5', 'error']]);
    expect(r.issues[0]!.message.zh).toBe('K2（指标值）“50个”缺少 ≥、≤ 或 = 等符号：请写明比较方式，如“≥50个”或“=50个”');
    expect(r.projects[0]!.budgetAllowed).toBe(false);
  });

  it('FISCAL.md §1: every project needs an 产出 and an 效益 indicator (missing 效益 is an error)', () => {
    const rows = good();
    rows.splice(2, 1);
    const r = run(rows);
    const issue = r.issues.find((i) => i.code === 'fiscal.need-level');
    expect(issue).toMatchObject({ severity: 'error', cell: 'A2' });
    expect(issue!.message.zh).toContain('至少需要一个效益指标');
    expect(r.projects[0]!.budgetAllowed).toBe(false);
  });

  it('FISCAL.md §1: no 满意度 indicator is a warning only', () => {
    const rows = good().slice(0, 3);
    const r = run(rows);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['fiscal.no-satisfaction', 'warning']]);
    expect(r.projects[0]!.budgetAllowed).toBe(true);
  });

  it('FISCAL.md §1: a duplicate 三级指标 within a project is an error on the second cell', () => {
    const rows = good();
    rows[1] = next([_, '质量', '维修里程', '=100%']);
    const issue = run(rows).issues.find((i) => i.code === 'fiscal.duplicate-indicator');
    expect(issue).toMatchObject({ severity: 'error', cell: 'J3' });
    expect(issue!.message.zh).toContain('首次在第 2 行');
  });

  it('FISCAL.md §1: the same 三级指标 in two projects is fine', () => {
    expect(codes([...good('甲项目'), ...good('乙项目')])).toEqual([]);
  });

  it('FISCAL.md §1 审核: a reviewer 不通过 marks the project 不得安排预算 with a warning on that cell', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], ['通过', '通过', '不通过', '通过']);
    const r = run(rows);
    expect(r.projects[0]).toMatchObject({ budgetAllowed: false, review: { complete: true, relevant: 'pass', appropriate: 'fail', feasible: 'pass' } });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'fiscal.review-fail', severity: 'warning', cell: 'N2' });
    expect(r.issues[0]!.message.zh).toContain('适当性审核不通过，不得安排预算');
  });

  it('FISCAL.md §1 审核: completeness failed by the validator also bars the budget', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], ['通过', '通过', '通过', '通过']);
    rows[1] = next([_, '质量', _, '=100%']);
    const r = run(rows);
    expect(r.projects[0]!.review.complete).toBe(false);
    expect(r.projects[0]!.budgetAllowed).toBe(false);
    expect(r.issues.find((i) => i.code === 'fiscal.incomplete')).toMatchObject({ severity: 'warning', cell: 'A2' });
  });

  it('FISCAL.md §1 审核: a reviewer 完整性 不通过 fails completeness even when the table validates', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], ['不通过']);
    const r = run(rows);
    expect(r.projects[0]).toMatchObject({ budgetAllowed: false, review: { complete: false, relevant: null } });
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([['fiscal.review-fail', 'L2'], ['fiscal.review-pending', 'M2']]);
  });

  it('issue 8 / FISCAL.md §1 审核: blank verdicts are one warning 审核未完成 naming them, not a pass and not an error', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], ['通过', _, '通过', _]);
    const r = run(rows);
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['fiscal.review-pending', 'warning', 'M2']]);
    expect(r.issues[0]!.message.zh).toBe('M2：项目“乡村道路维修”审核未完成：相关性、可行性未填写审核结论（通过/不通过）');
    expect(r.projects[0]).toMatchObject({ review: { relevant: null, feasible: null } });
  });

  it('FISCAL.md §1 审核: a table without review columns (a department before review) has no pending warning', () => {
    const header = HEADER.slice(0, 11);
    const r = validateTargetTable([header, ...good().map((row) => row.slice(0, 11))], { sheet: '目标表', row: 1, col: 1 });
    expect(r.issues).toEqual([]);
  });

  it('FISCAL.md §1: 满意度 takes only 服务对象满意度 as its 二级指标', () => {
    const rows = good();
    rows[3] = next(['满意度', '质量', '群众满意度', '≥90%']);
    expect(run(rows).issues.find((i) => i.code === 'fiscal.level2-invalid')?.cell).toBe('I5');
  });

  it('FISCAL.md §1: rows before any project name are errors naming the cell', () => {
    expect(run([next(['产出', '数量', '维修里程', '≥50公里']), ...good()]).issues[0]).toMatchObject({ code: 'fiscal.no-project', cell: 'A2' });
  });

  it('a project name repeated after another project is an error', () => {
    expect(codes([...good('甲项目'), ...good('乙项目'), ...good('甲项目')])).toEqual(['fiscal.duplicate-project']);
  });

  it('reads English headers and a table placed away from A1', () => {
    const en = ['project', 'department', 'unit', 'total', 'fiscal funds', 'other funds', 'annual goal', 'level1', 'level2', 'level3', 'target value'];
    const r = validateTargetTable([en, ...good()], { row: 5, col: 3 });
    expect(r.issues).toEqual([]);
    expect(r.projects[0]!.cell).toBe('C6');
  });

  it('a missing required column is reported', () => {
    const r = validateTargetTable([HEADER.filter((h) => h !== '指标值'), ...good()], { row: 1, col: 1 });
    expect(r.issues.map((i) => i.code)).toEqual(['table.missing-column']);
    expect(r.projects).toEqual([]);
  });

  it('FISCAL.md §1: a project with no 产出 indicator is an error', () => {
    const rows = good().slice(1);
    rows[0] = first('乡村道路维修', 100, 80, 20, [_, '质量', '验收合格率', '=100%']);
    rows[0]![7] = '效益';
    rows[0]![8] = '社会';
    const issue = run(rows).issues.find((i) => i.code === 'fiscal.need-level');
    expect(issue!.message.zh).toContain('至少需要一个产出指标');
  });

  it('FISCAL.md §1: a blank 指标值 and a blank 一级指标 with none above are errors naming their cells', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, [_, '数量', '维修里程', _]);
    expect(run(rows).issues.filter((i) => i.code === 'fiscal.missing').map((i) => i.cell)).toEqual(['H2', 'K2', 'H3']);
  });

  it('FISCAL.md §1 审核: 相关性, 适当性 or 可行性 不通过 each bar the budget', () => {
    for (const i of [1, 2, 3]) {
      const review: CellValue[] = ['通过', '通过', '通过', '通过'];
      review[i] = '不通过';
      const rows = good();
      rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], review);
      const r = run(rows);
      expect(r.projects[0]!.budgetAllowed).toBe(false);
      expect(r.issues.map((x) => x.cell)).toEqual([`${'LMNO'[i]}2`]);
    }
  });

  it('FISCAL.md §1 审核: a verdict other than 通过/不通过 is an error naming its cell', () => {
    const rows = good();
    rows[0] = first('乡村道路维修', 100, 80, 20, ['产出', '数量', '维修里程', '≥50公里'], ['通过', '待定']);
    const r = run(rows);
    expect(r.issues.find((i) => i.code === 'cell.bad-choice')?.cell).toBe('M2');
    expect(r.projects[0]!.budgetAllowed).toBe(false);
  });
});
