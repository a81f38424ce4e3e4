import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell';
import { nameKey, sameName } from './names';
import { readTable, scanTable, type TableSpec } from './table';

const spec: TableSpec = {
  name: { zh: '测试表', en: 'test table' },
  key: 'unit',
  groupBy: 'group',
  fields: [
    { key: 'unit', label: { zh: '单位', en: 'unit' }, type: 'text', required: true, blank: 'error' },
    { key: 'group', label: { zh: '类别', en: 'group' }, type: 'text', required: true, blank: 'error' },
    { key: 'indicator', label: { zh: '指标评估', en: 'indicator' }, type: 'number', required: true },
    { key: 'bonus', label: { zh: '加分', en: 'bonus' }, type: 'number', blank: 'zero' },
    { key: 'deduction', label: { zh: '减分', en: 'deduction' }, type: 'number', blank: 'zero' },
  ],
};

type Rows = CellValue[][];
const codes = (t: { issues: readonly { code: string }[] }) => t.issues.map((i) => i.code);
const errors = (t: { issues: readonly { code: string; severity: string; cell?: string }[] }) => t.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell]);
const units = (t: ReturnType<typeof readTable>) => t.rows.map((r) => r.values);

const CLEAN: Rows = [
  ['单位', '类别', '指标评估', '加分', '减分'],
  ['南牛乡', '乡镇', 85.5, 1, 0],
  ['教育局', '部门', 55, 0, 0.5],
];

/** The clean table as an office keeps it: title, 填报 line, two-row header with 序号, blank rows, 合计, 注, sign-off. */
const DRESSED: Rows = [
  ['2026 年度县直单位绩效考核汇总表', null, null, null, null, null],
  ['填报单位：县绩效办', null, null, '填报日期：2026年1月5日', null, null],
  ['序号', '单位', '类别', '指标评估\n（分）', '加减分', null],
  [null, null, null, null, '加分', '减分'],
  [1, '南牛乡', '乡镇', 85.5, 1, 0],
  [null, null, null, null, null, null],
  [2, '教育局', '部门', 55, 0, 0.5],
  ['合计', null, null, 140.5, 1, 0.5],
  [null, null, null, null, null, null],
  ['注：本表由各单位于次月5日前报送。', null, null, null, null, null],
  ['制表人：张三', null, null, '审核人：李四', null, null],
];
const MERGES = ['A1:F1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'A8:C8', 'A10:F10'];

describe('reading tables as offices keep them (issue 9)', () => {
  it('a dressed table (title, 填报 line, merged two-row header, 序号, blank rows, 合计, 注, sign-off) reads as its clean version', () => {
    const clean = readTable(CLEAN, spec);
    const xlsx = readTable(DRESSED, spec, { sheet: 'S', row: 1, col: 1, layout: { merges: MERGES } });
    expect(units(xlsx)).toEqual(units(clean));
    expect(errors(xlsx)).toEqual([]);
    expect(xlsx.headerTop).toBe(3);
    expect(xlsx.headerRow).toBe(4);
    expect(xlsx.columns).toEqual({ unit: 2, group: 3, indicator: 4, bonus: 5, deduction: 6 });
    expect(xlsx.rows.map((r) => r.row)).toEqual([5, 7]);
    expect(xlsx.rows[0]!.cells).toEqual({ unit: 'B5', group: 'C5', indicator: 'D5', bonus: 'E5', deduction: 'F5' });
    // The 合计 row and the note are named in info issues, without a cell (nothing to mark).
    expect(xlsx.issues.map((i) => [i.code, i.severity, i.row, i.cell])).toEqual([
      ['table.row-skipped', 'info', 8, undefined],
      ['table.rows-ignored', 'info', 10, undefined],
    ]);
    expect(xlsx.issues[0]!.message).toEqual({ zh: '第 8 行“合计”是合计行，不作为数据读取', en: 'Row 8 ("合计") is a total row; not read as data' });
  });

  it('the same sheet saved as CSV (merged cells empty, the parent once over its children) reads the same', () => {
    expect(units(readTable(DRESSED, spec))).toEqual(units(readTable(CLEAN, spec)));
    expect(errors(readTable(DRESSED, spec))).toEqual([]);
  });

  it('a three-row header: a parent over a parent over children', () => {
    const t = readTable(
      [
        ['单位', '类别', '考核得分', null, null],
        [null, null, '指标评估', '加减分', null],
        [null, null, null, '加分', '减分'],
        ['南牛乡', '乡镇', 85.5, 1, 0],
      ],
      spec,
      { row: 1, col: 1, layout: { merges: ['A1:A3', 'B1:B3', 'C1:E1', 'C2:C3', 'D2:E2'] } },
    );
    expect(t.headerRow).toBe(3);
    expect(units(t)).toEqual([{ unit: '南牛乡', group: '乡镇', indicator: 85.5, bonus: 1, deduction: 0 }]);
  });

  it('header names may carry line breaks, spaces, full-width brackets, a unit and a * or ※ for required', () => {
    const t = readTable([['*单 位', '※类别', '指标评估\n(分)', '加分（分）', '减分(元)'], ['南牛乡', '乡镇', 85.5, 1, 0]], spec);
    expect(errors(t)).toEqual([]);
    expect(units(t)).toEqual([{ unit: '南牛乡', group: '乡镇', indicator: 85.5, bonus: 1, deduction: 0 }]);
  });

  it('a name merged across two columns is one column, read from the first', () => {
    const t = readTable([['单位', null, '类别', '指标评估'], ['南牛乡', null, '乡镇', 85.5]], spec, { row: 1, col: 1, layout: { merges: ['A1:B1', 'A2:B2'] } });
    expect(errors(t)).toEqual([]);
    expect(t.columns).toEqual({ unit: 1, group: 3, indicator: 4 });
  });

  it('a group merged down over its units counts for each of them, its cell the merged one', () => {
    const t = readTable([['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], ['新安镇', null, 80]], spec, { row: 1, col: 1, layout: { merges: ['B2:B3'] } });
    expect(t.rows.map((r) => [r.values.group, r.cells.group])).toEqual([['乡镇', 'B2'], ['乡镇', 'B2']]);
  });

  it('group heading rows set the group of the rows below when the table has no group column', () => {
    const t = readTable(
      [
        ['序号', '单位', '指标评估'],
        ['一、乡镇', null, null],
        [1, '南牛乡', 85.5],
        ['二、县直部门和单位（32个）', null, null],
        [1, '教育局', 55],
        [null, '古城风貌恢复单位', null],
        [1, '住建局', 68],
      ],
      spec,
      { sheet: 'S', row: 1, col: 1, layout: { merges: ['A2:C2', 'A4:C4'] } },
    );
    expect(errors(t)).toEqual([]);
    expect(t.rows.map((r) => [r.values.unit, r.values.group, r.cells.group])).toEqual([
      ['南牛乡', '乡镇', 'A2'],
      ['教育局', '县直部门和单位', 'A4'],
      ['住建局', '古城风貌恢复单位', 'B6'],
    ]);
    expect(codes(t)).toEqual(['table.group-heading', 'table.group-heading', 'table.group-heading']);
  });

  it('rows above the first group heading have no group: an error naming the row', () => {
    const t = readTable([['单位', '指标评估'], ['南牛乡', 85.5], ['一、乡镇', null], ['新安镇', 80]], spec);
    expect(t.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row])).toEqual([['table.row-no-group', 2]]);
    expect(t.rows.map((r) => r.values.unit)).toEqual(['新安镇']);
  });

  it('with a group column, a numbered heading is skipped with a note, and a unit with no data is still a unit', () => {
    const t = readTable([['单位', '类别', '指标评估'], ['一、乡镇', null, null], ['南牛乡', '乡镇', 85.5], ['新安镇', null, null]], spec);
    expect(codes(t)).toEqual(['table.row-skipped', 'cell.blank-text', 'cell.blank-required']);
    expect(t.rows.map((r) => r.values.unit)).toEqual(['南牛乡']);
  });

  it.each([['合计'], ['总 计'], ['小计'], ['乡镇小计'], ['平均'], ['平均分'], ['全县平均']])('a %s row is not a unit', (word) => {
    const t = readTable([['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], [word, null, 85.5]], spec);
    expect(errors(t)).toEqual([]);
    expect(t.rows).toHaveLength(1);
  });

  it.each([['注：本表……'], ['注1. 单位为分'], ['说明：'], ['备注'], ['附注：'], ['制表人：张三'], ['审核人：'], ['单位负责人：'], ['填表人: 王五']])('"%s" ends the table', (text) => {
    const t = readTable([['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], [text, null, null], ['1. 不是单位', null, null], ['新安镇', '乡镇', 80]], spec);
    expect(errors(t)).toEqual([]);
    expect(t.rows.map((r) => r.values.unit)).toEqual(['南牛乡']);
    expect(codes(t)).toEqual(['table.rows-ignored']);
  });

  it('text alone right of the identifying column is a row with blanks to name, not a heading', () => {
    const t = readTable([['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], [null, '乡镇', null]], spec);
    expect(errors(t)).toEqual([['cell.blank-text', 'A3'], ['cell.blank-required', 'C3']]);
  });

  it('a unit whose name starts like a note word is still a unit (注册中心, 审计局, 统计局)', () => {
    const t = readTable([['单位', '类别', '指标评估'], ['注册中心', '部门', 60], ['审计局', '部门', 61], ['统计局', '部门', 62]], spec);
    expect(t.rows.map((r) => r.values.unit)).toEqual(['注册中心', '审计局', '统计局']);
  });

  it('rows holding only a 序号 are blank rows', () => {
    const t = readTable([['序号', '单位', '类别', '指标评估'], [1, '南牛乡', '乡镇', 85.5], [2, null, null, null], [3, null, null, null]], spec);
    expect(t.issues).toEqual([]);
    expect(t.dataRows).toEqual([2]);
  });

  it('a second table under a blank row, with its own header, is not read into the first', () => {
    const t = readTable(
      [['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], [null, null, null], ['附表：加减分明细', null, null], ['单位', '加分', '减分'], ['南牛乡', 1, 0]],
      spec,
    );
    expect(t.rows.map((r) => r.values.unit)).toEqual(['南牛乡']);
    expect(codes(t)).toEqual(['table.rows-ignored']);
    const untitled = readTable([['单位', '类别', '指标评估'], ['南牛乡', '乡镇', 85.5], [null, null, null], ['单位', '类别', '加分'], ['新安镇', '乡镇', 1]], spec);
    expect(untitled.rows.map((r) => r.values.unit)).toEqual(['南牛乡']);
  });

  it('a formula without a computed value is an error on its cell, never 0; a 合计 row of them is skipped', () => {
    const t = readTable(
      [['单位', '类别', '指标评估', '加分'], ['南牛乡', '乡镇', null, null], ['合计', null, null, null]],
      spec,
      { sheet: 'S', row: 1, col: 1, layout: { uncomputed: ['C2', 'D2', 'C3', 'D3'] } },
    );
    expect(errors(t)).toEqual([['cell.uncomputed', 'C2'], ['cell.uncomputed', 'D2']]);
    expect(t.rows).toEqual([]);
    expect(t.issues.find((i) => i.code === 'cell.uncomputed')!.message.zh).toContain('C2（指标评估）是公式，但文件中没有它的计算结果');
  });

  it('a header with no rows under it is table.empty naming the header row; a blank sheet too', () => {
    const t = readTable([['汇总表'], ['单位', '类别', '指标评估'], ['合计', null, 0]], spec, { sheet: '汇总', row: 1, col: 1 });
    expect(t.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.row])).toEqual([['table.empty', '汇总', 2]]);
    expect(t.issues.find((i) => i.code === 'table.empty')!.message).toEqual({ zh: '表中没有数据行（表头在第 2 行，其下没有数据）', en: 'The table has no data rows (header on row 2, nothing under it)' });
    expect(codes(readTable([[null]], spec))).toEqual(['table.empty']);
    expect(codes(readTable([['单位', '类别', '指标评估']], { ...spec, optionalRows: true }))).toEqual([]);
  });

  it('two columns naming one field is an error naming both cells', () => {
    const t = readTable([['单位', '类别', '指标评估', '指标评估'], ['南牛乡', '乡镇', 85.5, 80]], spec);
    expect(t.issues[0]).toMatchObject({ code: 'table.duplicate-column', severity: 'error', cell: 'D1' });
    expect(t.issues[0]!.message.zh).toBe('表头中“指标评估”出现了两次（C1, D1）');
  });

  it('a parent naming a field over children that name none is unclear: an error naming the children', () => {
    const t = readTable([['单位', '类别', '指标评估', null], [null, null, '中期', '年终'], ['南牛乡', '乡镇', 85, 86]], spec, { row: 1, col: 1, layout: { merges: ['A1:A2', 'B1:B2', 'C1:D1'] } });
    expect(errors(t)).toEqual([['table.unclear-column', 'C2']]);
    expect(t.issues[0]!.message.zh).toBe('表头“指标评估”下有多列（C2“中期”、D2“年终”），无法确定哪一列是指标评估：请只保留一列，或加一列“合计”');
    expect(t.rows).toEqual([]);
    // A 合计 child stands for its parent.
    const total = readTable([['单位', '类别', '指标评估', null, null], [null, null, '中期', '年终', '合计'], ['南牛乡', '乡镇', 85, 86, 85.5]], spec, { row: 1, col: 1, layout: { merges: ['A1:A2', 'B1:B2', 'C1:E1'] } });
    expect(errors(total)).toEqual([]);
    expect(units(total)).toEqual([{ unit: '南牛乡', group: '乡镇', indicator: 85.5 }]);
  });

  it('the same unit twice is a duplicate even when the brackets or spaces differ', () => {
    const t = readTable([['单位', '类别', '指标评估'], ['民政局(宗教局)', '部门', 50], ['民政局（宗教局） ', '部门', 51]], spec);
    expect(errors(t)).toEqual([['table.duplicate-key', 'A3']]);
  });

  it('scanTable finds the same rows without reading any cell by type', () => {
    const s = scanTable(DRESSED, spec, { row: 1, col: 1, layout: { merges: MERGES } });
    expect(s.rows.map((r) => r.row)).toEqual([5, 7]);
    expect(s.usable).toBe(true);
  });
});

describe('unit names', () => {
  it.each([
    ['民政局(宗教局)', '民政局（宗教局）'],
    [' 南牛乡 ', '南牛乡'],
    ['南 牛　乡', '南牛乡'],
  ])('%s and %s are the same unit', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('different names stay different', () => {
    expect(sameName('民政局', '民政局(宗教局)')).toBe(false);
  });
});
