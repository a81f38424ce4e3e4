import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { readCountySummary } from './summary';

const HEAD = ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格'];
const origin = { sheet: '汇总', row: 1, col: 1 };
const read = (rows: CellValue[][]) => readCountySummary([HEAD, ...rows], origin);

describe('readCountySummary', () => {
  it('reads each unit with its parts, group and source cells', () => {
    const { units, issues } = read([
      ['南牛乡', '乡镇', 85, null, 9, 2, null, null, null],
      ['招商局', '县直部门和单位', 55, 27, 9, null, 1, '特大生产安全事故', null],
      ['规划分局', '古城风貌恢复工作', 68, null, 29, null, null, null, '失职渎职'],
    ]);
    expect(issues).toEqual([]);
    expect(units.map((u) => [u.unit, u.group, u.indicator, u.public, u.leader, u.bonus, u.deduction, u.veto, u.unqualified])).toEqual([
      ['南牛乡', 'township', 85, null, 9, 2, 0, null, null],
      ['招商局', 'department', 55, 27, 9, 0, 1, '特大生产安全事故', null],
      ['规划分局', 'ancient-city', 68, null, 29, 0, 0, null, '失职渎职'],
    ]);
    expect(units[1]!.source).toEqual({ sheet: '汇总', row: 3, cells: { unit: 'A3', group: 'B3', indicator: 'C3', public: 'D3', leader: 'E3', bonus: 'F3', deduction: 'G3', veto: 'H3', unqualified: 'I3' } });
  });

  it('finds the header by English names too', () => {
    const { units } = readCountySummary([['unit', 'group', 'indicator', 'leader'], ['A', 'township', 80, 9]], origin);
    expect(units).toHaveLength(1);
  });

  it('Decision: a blank bonus or deduction is 0', () => {
    const { units } = read([['南牛乡', '乡镇', 85, null, 9, null, null, null, null]]);
    expect([units[0]!.bonus, units[0]!.deduction]).toEqual([0, 0]);
  });

  it('a blank indicator or leader is an error naming the cell, and the unit is left out', () => {
    const { units, issues } = read([['南牛乡', '乡镇', null, null, 9, null, null, null, null]]);
    expect(units).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.blank-required', 'C2']]);
  });

  it('public blank is allowed for townships and ancient-city, an error for departments', () => {
    const { units, issues } = read([['招商局', '部门', 55, null, 9, null, null, null, null]]);
    expect(units).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['county.part-missing', 'D2']]);
    expect(issues[0]!.message.zh).toContain('汇总!D2');
  });

  it('an unknown group is an error naming the cell', () => {
    const { units, issues } = read([['南牛乡', '街道', 85, null, 9, null, null, null, null]]);
    expect(units).toEqual([]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['county.unknown-group', 'B2']]);
  });

  it('accepts a deduction typed −3 as 3 with an info issue', () => {
    const { units, issues } = read([['南牛乡', '乡镇', 85, null, 9, null, -3, null, null]]);
    expect(units[0]!.deduction).toBe(3);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['county.deduction-sign', 'info', 'G2']]);
  });

  it('a duplicate unit is an error naming the cell', () => {
    const { units, issues } = read([
      ['南牛乡', '乡镇', 85, null, 9, null, null, null, null],
      ['南牛乡', '乡镇', 80, null, 9, null, null, null, null],
    ]);
    expect(units).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['table.duplicate-key', 'A3']]);
  });

  it('veto and designation: non-empty is the reason, "无" means none', () => {
    const { units } = read([['南牛乡', '乡镇', 85, null, 9, null, null, '无', '否']]);
    expect([units[0]!.veto, units[0]!.unqualified]).toEqual([null, null]);
  });

  it('text in a number cell is an error, never 0', () => {
    const { issues } = read([['南牛乡', '乡镇', '八十五', null, 9, null, null, null, null]]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['cell.not-a-number', 'C2']]);
  });
});
