import { describe, expect, it } from 'vitest';
import type { CellValue, TableSpec } from '../../src/engine';
import { detectKind } from '../../src/commands/detect';

const field = (key: string, zh: string, required = false) => ({ key, label: { zh, en: key }, type: 'text' as const, ...(required ? { required: true } : {}) });
const narrow: TableSpec = { name: { zh: '窄表', en: 'narrow' }, key: 'unit', fields: [field('unit', '单位', true), field('score', '得分', true)] };
const wide: TableSpec = { name: { zh: '宽表', en: 'wide' }, key: 'unit', fields: [field('unit', '单位', true), field('score', '得分', true), field('note', '备注'), field('rank', '名次')] };

describe('detectKind over several specs', () => {
  it('takes the spec naming more of the header, tried after one that matched', () => {
    const values: CellValue[][] = [['单位', '得分', '备注'], ['甲', '1', '']];
    expect(detectKind(values, [{ kind: 'narrow', spec: narrow }, { kind: 'wide', spec: wide }])?.kind).toBe('wide');
  });

  it('takes the spec naming all of its fields on a tie, whichever order they are tried in', () => {
    const values: CellValue[][] = [['单位', '得分'], ['甲', '1']];
    expect(detectKind(values, [{ kind: 'wide', spec: wide }, { kind: 'narrow', spec: narrow }])?.kind).toBe('narrow');
    expect(detectKind(values, [{ kind: 'narrow', spec: narrow }, { kind: 'wide', spec: wide }])?.kind).toBe('narrow');
  });

  it('finds a header below a table-wide title row merged past the values', () => {
    const values: CellValue[][] = [['某表'], ['单位', '得分', '备注'], ['甲', '1', '']];
    const origin = { row: 1, col: 1, layout: { merges: ['A1:F1'] } };
    expect(detectKind(values, [{ kind: 'narrow', spec: narrow }, { kind: 'wide', spec: wide }], origin)?.kind).toBe('wide');
  });
});
