import { describe, expect, it } from 'vitest';
import type { Issue, TableSpec } from '../../src/engine';
import { detectKind, headerMatch } from '../../src/commands/detect';
import { marksBySheet } from '../../src/commands/marks';

const people: TableSpec = {
  name: { zh: '人员表', en: 'people' },
  fields: [
    { key: 'name', label: { zh: '姓名', en: 'Name' }, type: 'text', required: true },
    { key: 'score', label: { zh: '得分', en: 'Score' }, type: 'number', required: true },
  ],
};
const units: TableSpec = {
  name: { zh: '单位表', en: 'units' },
  fields: [
    { key: 'unit', label: { zh: '单位', en: 'Unit' }, type: 'text', required: true },
    { key: 'score', label: { zh: '得分', en: 'Score' }, type: 'number', required: true },
    { key: 'group', label: { zh: '类别', en: 'Group' }, type: 'text', required: true },
  ],
};

describe('detectKind', () => {
  it('recognises a table by its Chinese headers below a title row', () => {
    const values = [['某月考核'], ['姓名', '得分'], ['张三', 90]];
    expect(detectKind(values, [{ kind: 'units', spec: units }, { kind: 'people', spec: people }])?.kind).toBe('people');
    expect(headerMatch(values, people).row).toBe(1);
  });

  it('recognises English headers', () => {
    const values = [['Unit', 'Group', 'Score']];
    expect(detectKind(values, [{ kind: 'people', spec: people }, { kind: 'units', spec: units }])?.kind).toBe('units');
  });

  it('returns nothing when no kind has all its required columns', () => {
    expect(detectKind([['姓名', '备注']], [{ kind: 'people', spec: people }])).toBeUndefined();
  });
});

describe('marksBySheet', () => {
  const issue = (cell: string | undefined, severity: Issue['severity'], zh: string, sheet?: string): Issue => ({
    code: 'x', severity, message: { zh, en: zh.toUpperCase() }, ...(cell ? { cell } : {}), ...(sheet ? { sheet } : {}),
  });

  it('gives one mark per cell with every note and the worst severity', () => {
    const m = marksBySheet([issue('B2', 'warning', 'a'), issue('B2', 'error', 'b'), issue('C3', 'info', 'c', '其他')], '表1');
    expect(m.get('表1')).toEqual([{ cell: 'B2', kind: 'error', note: 'a\nA\n\nb\nB' }]);
    expect(m.get('其他')).toEqual([{ cell: 'C3', kind: 'info', note: 'c\nC' }]);
  });

  it('skips issues without a cell', () => {
    expect(marksBySheet([issue(undefined, 'error', 'x')], '表1').size).toBe(0);
  });
});
