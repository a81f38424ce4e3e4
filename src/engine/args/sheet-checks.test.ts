import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/issue';
import { readTable, type TableSpec } from '../core/table';
import { duplicateRows, percentCells } from './sheet-checks';

const spec: TableSpec = {
  name: { zh: '表', en: 'sheet' },
  fields: [
    { key: 'name', label: { zh: '姓名', en: 'name' }, type: 'text', required: true },
    { key: 'pay', label: { zh: '工资', en: 'pay' }, type: 'number', required: true },
  ],
};
const origin = { sheet: 'S', row: 2, col: 3 };

describe('sheet checks', () => {
  it('percentCells names each "85%" cell of a number field and returns its row', () => {
    const values = [['姓名', '工资'], ['甲', '85%'], ['乙', 85]];
    const table = readTable(values, spec, origin);
    const issues: Issue[] = [];
    expect([...percentCells(table, origin, { pay: spec.fields[1]!.label }, 'staff', issues)]).toEqual([3]);
    expect(issues.map((i) => [i.code, i.cell, i.sheet])).toEqual([['staff.cell-percent', 'D3', 'S']]);
    expect(issues[0]!.message.en).toContain('(pay)');
  });

  it('duplicateRows flags each repeat of a key on its cell, naming the first row', () => {
    const values = [['姓名', '工资'], ['甲', 1], ['乙', 2], ['甲', 3]];
    const table = readTable(values, spec, origin);
    const issues: Issue[] = [];
    expect([...duplicateRows(table, (r) => String(r.values.name), 'name', { zh: '员工', en: 'person' }, 'staff', issues)]).toEqual([5]);
    expect(issues.map((i) => [i.code, i.cell, i.message.zh])).toEqual([['staff.duplicate-row', 'C5', 'C5：“甲”重复出现（首次在第 3 行），同一员工只能有一行']]);
  });
});
