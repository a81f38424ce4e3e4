import { describe, expect, it } from 'vitest';
import { a1, columnLetters, parseA1 } from './cell';
import { readTable, type TableSpec } from './table';

const spec: TableSpec = {
  name: { zh: '测试表', en: 'test table' },
  key: 'unit',
  fields: [
    { key: 'unit', label: { zh: '单位', en: 'unit' }, aliases: ['单位名称'], type: 'text', required: true, blank: 'error' },
    { key: 'group', label: { zh: '类别', en: 'group' }, type: 'choice', required: true, choices: { 乡镇: 'township', township: 'township', 部门: 'department' } },
    { key: 'score', label: { zh: '得分', en: 'score' }, type: 'number', required: true },
    { key: 'papers', label: { zh: '论文数', en: 'papers' }, type: 'count', blank: 'zero' },
  ],
};

describe('cell addresses', () => {
  it('converts between numbers and A1 addresses', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(703)).toBe('AAA');
    expect(a1(5, 3)).toBe('C5');
    expect(parseA1('$AB$12')).toEqual({ row: 12, col: 28 });
    expect(parseA1('not')).toBeUndefined();
  });
});

describe('readTable (issue 2: header in Chinese or English, rows keep their cell addresses)', () => {
  it('finds a Chinese header below a title row and keeps sheet addresses', () => {
    const t = readTable(
      [
        ['2026 年度绩效评估', null, null],
        ['单位', '类别', '得分（分）'],
        ['南牛乡', '乡镇', 91.5],
      ],
      spec,
      { sheet: '汇总', row: 3, col: 2 },
    );
    expect(t.issues).toEqual([]);
    expect(t.headerRow).toBe(4);
    expect(t.columns).toEqual({ unit: 2, group: 3, score: 4 });
    expect(t.rows).toEqual([{ row: 5, values: { unit: '南牛乡', group: 'township', score: 91.5 }, cells: { unit: 'B5', group: 'C5', score: 'D5' } }]);
  });

  it('accepts English headers in any case and spacing', () => {
    const t = readTable([[' Unit ', 'GROUP', 'score', 'Papers'], ['x', 'township', '88', null]], spec);
    expect(t.rows[0]?.values).toEqual({ unit: 'x', group: 'township', score: 88, papers: 0 });
    expect(t.issues.map((i) => i.code)).toEqual(['cell.coerced']);
  });

  it('reads a blank count as 0 where the field says so, a blank score as an error naming the cell', () => {
    const t = readTable([['单位', '类别', '得分', '论文数'], ['x', '乡镇', null, null]], spec, { sheet: 'S', row: 1, col: 1 });
    expect(t.rows).toEqual([]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'cell.blank-required', cell: 'C2', row: 2, sheet: 'S', field: '得分' });
    expect(t.issues[0]?.message.zh).toContain('C2');
    expect(t.issues[0]?.message.en).toBe('C2 (score) is required; a blank is not read as 0');
  });

  it('says "not read as 0" only for numbers: a blank text or choice cell is plainly required', () => {
    const t = readTable([['单位', '类别', '得分'], [null, '乡镇', 1], ['b', null, 2]], spec);
    expect(t.issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.blank-text', 'A2'],
      ['cell.blank-text', 'B3'],
    ]);
    expect(t.issues[1]?.message).toEqual({ zh: 'B3（类别）不能为空', en: 'B3 (group) is required and is blank' });
  });

  it('reports Excel errors and text in number fields with the cell', () => {
    const t = readTable([['单位', '类别', '得分'], ['a', '乡镇', '#N/A'], ['b', '乡镇', '优秀']], spec);
    expect(t.issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.excel-error', 'C2'],
      ['cell.not-a-number', 'C3'],
    ]);
  });

  it('reports an unknown choice with the accepted spellings', () => {
    const t = readTable([['单位', '类别', '得分'], ['a', '街道', 1]], spec);
    expect(t.issues[0]).toMatchObject({ code: 'cell.bad-choice', cell: 'B2' });
    expect(t.issues[0]?.message.zh).toContain('街道');
  });

  it('reports a count that is not a whole non-negative number', () => {
    const t = readTable([['单位', '类别', '得分', '论文数'], ['a', '乡镇', 1, 1.5], ['b', '乡镇', 1, -1]], spec);
    expect(t.issues.map((i) => [i.code, i.cell])).toEqual([
      ['cell.not-whole', 'D2'],
      ['cell.not-whole', 'D3'],
    ]);
  });

  it('reports a duplicate key with the first row', () => {
    const t = readTable([['单位', '类别', '得分'], ['a', '乡镇', 1], ['a', '乡镇', 2]], spec);
    expect(t.rows).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'table.duplicate-key', cell: 'A3' });
    expect(t.issues[0]?.message.en).toContain('row 2');
  });

  it('reports a missing required column and a duplicated column', () => {
    const missing = readTable([['单位', '类别'], ['a', '乡镇']], spec);
    expect(missing.issues.map((i) => i.code)).toEqual(['table.missing-column']);
    const dup = readTable([['单位', '类别', '得分', 'score'], ['a', '乡镇', 1, 2]], spec);
    expect(dup.issues[0]).toMatchObject({ code: 'table.duplicate-column', cell: 'D1' });
  });

  it('reports no header when nothing matches, and an empty table', () => {
    expect(readTable([['foo', 'bar'], [1, 2]], spec).issues.map((i) => i.code)).toEqual(['table.no-header']);
    expect(readTable([], spec).issues.map((i) => i.code)).toEqual(['table.empty']);
    expect(readTable([[null, ''], []], spec).issues.map((i) => i.code)).toEqual(['table.empty']);
  });

  it('skips fully blank rows', () => {
    const t = readTable([['单位', '类别', '得分'], [null, null, null], ['a', '乡镇', 1]], spec);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });
});
