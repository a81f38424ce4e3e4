import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { execLight } from './light';
import { validateMonitoring } from './monitoring';
import { selfEvaluate } from './self-eval';
import { scoreSelfEvalSheet } from './self-eval-sheet';
import { validateTargetTable } from './target-table';

const _ = null;
const T_HEADER = ['项目名称', '主管部门', '项目单位', '资金总额', '财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'];
const tRows = (cells: Partial<Record<number, CellValue>> = {}): CellValue[][] => {
  const rows: CellValue[][] = [
    ['乡村道路维修', '交通局', '公路站', 100, 80, 20, '完成道路维修', '产出', '数量', '维修里程', '≥50公里'],
    [_, _, _, _, _, _, _, '效益', '社会', '通行时间', '明显缩短'],
    [_, _, _, _, _, _, _, '满意度', '服务对象满意度', '群众满意度', '≥90%'],
  ];
  for (const [i, v] of Object.entries(cells)) rows[0]![Number(i)] = v ?? null;
  return rows;
};
const target = (rows: CellValue[][], header = T_HEADER) => validateTargetTable([header, ...rows], { sheet: '目标表', row: 1, col: 1 });
/** Errors only, as [code, cell]: the project's 不完整 warning and info notes are beside the point here. */
const at = (issues: readonly { code: string; cell?: string; severity: string }[]) => issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell]);

describe('hostile input: target table', () => {
  it('an Excel error in any field is one error naming its cell, never 0, and bars the budget', () => {
    for (const col of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const r = target(tRows({ [col]: '#N/A' }));
      const cell = `${String.fromCharCode(65 + col)}2`;
      expect(at(r.issues.filter((i) => i.cell === cell))).toEqual([['cell.excel-error', cell]]);
      expect(r.issues.find((i) => i.cell === cell)!.message.en).toContain('#N/A');
      expect(r.projects[0]!.budgetAllowed).toBe(false);
    }
  });

  it('text, an Excel error or a blank in a money field is never read as 0', () => {
    for (const bad of ['一百', '#DIV/0!', null, '  ']) {
      const r = target(tRows({ 4: bad }));
      expect(r.projects[0]!.fiscalFunds).toBeNull();
      expect(r.issues.some((i) => i.cell === 'E2' && i.severity === 'error')).toBe(true);
    }
  });

  it('negative 财政拨款 is an error even when the make-up balances', () => {
    const r = target(tRows({ 4: -20, 5: 120 }));
    expect(at(r.issues)).toEqual([['fiscal.negative', 'E2']]);
  });

  it('a huge amount is an error, not an overflow', () => {
    const r = target(tRows({ 3: 1e20, 4: 1e20, 5: 0 }));
    expect(at(r.issues)).toEqual([['fiscal.too-large', 'D2'], ['fiscal.too-large', 'E2']]);
  });

  it('a table with only its header row is an error, not an empty success', () => {
    for (const r of [
      target([]),
      validateMonitoring([['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-N月完成值', '全年预计完成值', '偏差原因', '完成预期']], { row: 1, col: 1 }),
      scoreSelfEvalSheet([['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例']], { row: 1, col: 1 }),
    ]) {
      expect(r.issues.map((i) => [i.code, i.severity, i.row])).toEqual([['table.empty', 'error', 1]]);
    }
    expect(target([]).issues[0]!.message.zh).toBe('表中没有数据行（表头在第 1 行，其下没有数据）');
  });

  it('the same project written twice in a row with different money is an error, not silently merged', () => {
    const rows = [...tRows(), ['乡村道路维修', '交通局', '公路站', 300, 300, 0, '完成道路维修', '产出', '质量', '合格率', '=100%']];
    const r = target(rows);
    expect(at(r.issues)).toEqual([['fiscal.field-conflict', 'D5'], ['fiscal.field-conflict', 'E5'], ['fiscal.field-conflict', 'F5']]);
    expect(r.issues[0]!.message.zh).toBe('D5：项目“乡村道路维修”的资金总额“300”与第 2 行的“100”不一致');
  });

  it('an unmerged table repeating the same project fields on every row is fine', () => {
    const rows = tRows().map((r) => ['乡村道路维修', '交通局', '公路站', '100.00', 80, 20, '完成道路维修', ...r.slice(7)]);
    expect(target(rows).issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a duplicate 三级指标 differing only in spaces or width is still a duplicate', () => {
    const rows = [...tRows(), [_, _, _, _, _, _, _, '产出', '质量', '维修 里程', '=100%']];
    expect(at(target(rows).issues)).toEqual([['fiscal.duplicate-indicator', 'J5']]);
  });
});

describe('hostile input: numbers that would make NaN or Infinity', () => {
  it('execLight: 0/0, a huge budget, NaN and Infinity cells are issues, never a light from NaN', () => {
    expect(execLight(0, 0, 6)).toMatchObject({ ok: true, value: { light: '黄', rate: null } });
    expect(execLight(1e300, 1, 6).issues.map((i) => i.code)).toEqual(['fiscal.too-large']);
    expect(execLight(Number.NaN, 100, 6).issues.map((i) => i.code)).toEqual(['fiscal.bad-number']);
    expect(execLight(10, Number.POSITIVE_INFINITY, 6).issues.map((i) => i.code)).toEqual(['fiscal.bad-number']);
    expect(execLight('#VALUE!', 100, 6).issues[0]!.message.zh).toBe('执行数是 Excel 错误值 #VALUE!，请先修正公式或数据');
    expect(execLight(10, -100, 6).issues.map((i) => i.code)).toEqual(['fiscal.negative']);
  });

  it('selfEvaluate: all points 0 fails on the split instead of dividing 0 by 0', () => {
    const ind = (level1: string, name: string) => ({ level1, name, target: '≥1', actual: 1, points: 0 });
    const r = selfEvaluate({ executed: 1, budget: 1, indicators: [ind('产出', 'a'), ind('效益', 'b'), ind('满意度', 'c')] });
    expect(r.ok).toBe(false);
    expect(r.issues.every((i) => i.code === 'fiscal.points-split')).toBe(true);
  });
});

const cell = fc.oneof(
  fc.constantFrom<CellValue>(null, '', ' ', '#N/A', '#DIV/0!', 'abc', '≥', '≥50%', '＞１２', '＝', '≤0', '=0', '不适用', '达成', '部分达成', '七月', '1e400', true, 'NaN'),
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.date({ noInvalidDate: false }),
);

describe('hostile input: nothing throws', () => {
  it('random cells (Excel errors, NaN, invalid dates, operators…) in every fiscal table and function only ever produce issues', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 6 }), (rows) => {
        const named = rows.map((r, i) => (i === 0 ? ['项目', ...r.slice(1)] : r));
        const sheet = scoreSelfEvalSheet([['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'], ...named], { row: 1, col: 1 });
        const results = [
          validateTargetTable([T_HEADER, ...named], { row: 1, col: 1 }),
          validateMonitoring([['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-N月完成值', '全年预计完成值', '偏差原因', '完成预期', '备注'], ...named], { row: 1, col: 1 }),
          sheet,
          execLight(named[0]?.[1] ?? null, named[0]?.[2] ?? null, named[0]?.[3] ?? null),
          selfEvaluate({ executed: named[0]?.[1] ?? null, budget: named[0]?.[2] ?? null, indicators: (named[0] ?? []).map((c, i) => ({ level1: c, name: `x${i}`, target: c, actual: c, verdict: c, percent: c, points: c })) }),
        ];
        for (const r of results) {
          for (const i of r.issues) {
            expect(i.message.zh.length).toBeGreaterThan(0);
            expect(i.message.en.length).toBeGreaterThan(0);
            expect(i.message.zh + i.message.en).not.toMatch(/undefined|\[object/);
          }
        }
        for (const p of sheet.results) if (p.score !== null) expect(Number.isFinite(p.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
