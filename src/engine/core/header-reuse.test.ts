import { describe, expect, it } from 'vitest';
import type { CellValue } from './cell';
import { findHeader, readTable, type TableSpec } from './table';

const spec: TableSpec = {
  name: { zh: '测试表', en: 'test table' },
  key: 'unit',
  fields: [
    { key: 'unit', label: { zh: '单位', en: 'unit' }, type: 'text', required: true, blank: 'error' },
    { key: 'score', label: { zh: '得分', en: 'score' }, type: 'number', required: true },
  ],
};

describe('a header found once is found again for the same block', () => {
  it('gives the same band to detection and reading', () => {
    const values: CellValue[][] = [['某表'], ['单位', '得分'], ['甲', 90]];
    const first = findHeader(values, spec);
    expect(first.bottom).toBe(1);
    expect(readTable(values, spec).rows.map((r) => r.values)).toEqual([{ unit: '甲', score: 90 }]);
    expect(findHeader(values, spec)).toBe(first);
  });

  it('searches again when a header cell of the block changed in place', () => {
    const values: CellValue[][] = [['单位', '得分'], ['甲', 90]];
    expect(findHeader(values, spec).columns).toEqual({ unit: 0, score: 1 });
    values[0]![1] = '备注';
    values[0]!.push('得分');
    expect(findHeader(values, spec).columns).toEqual({ unit: 0, score: 2 });
  });

  it('searches again at another origin (the header cells are other addresses)', () => {
    const values: CellValue[][] = [['单位', '得分'], ['甲', 90]];
    expect(findHeader(values, spec, { row: 1, col: 1 }).cells['unit']).toEqual(['A1']);
    expect(findHeader(values, spec, { row: 5, col: 3 }).cells['unit']).toEqual(['C5']);
  });
});
