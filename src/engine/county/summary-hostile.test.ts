import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { scoreCountyUnits } from './score';
import { readCountySummary } from './summary';

const HEAD = ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格'];
const origin = { sheet: '汇总', row: 1, col: 1 };
/** Read and score, as the ranking command does. */
const run = (rows: CellValue[][], head: CellValue[] = HEAD) => {
  const read = readCountySummary([head, ...rows], origin);
  const score = scoreCountyUnits(read.units);
  return { units: read.units, scored: score.scored, issues: [...read.issues, ...score.issues] };
};
const errs = (rows: CellValue[][]) => run(rows).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell, i.units]);
const town = (cells: Partial<Record<number, CellValue>>): CellValue[] => ['南牛乡', '乡镇', 85, null, 9, null, null, null, null].map((v, i) => (i in cells ? cells[i]! : v));

describe('readCountySummary on hostile input', () => {
  it('a points cell typed "85%" is an error naming the cell, never 0.85 (indicator, public, leader, bonus, deduction)', () => {
    for (const [col, cell] of [[2, 'C2'], [4, 'E2'], [5, 'F2'], [6, 'G2']] as const) {
      expect(errs([town({ [col]: '85%' })])).toEqual([['county.part-percent', cell, ['南牛乡']]]);
    }
    expect(errs([['招商局', '部门', 55, '９０％', 9, null, null, null, null]])).toEqual([['county.part-percent', 'D2', ['招商局']]]);
  });

  it('full-width digits and numbers as text are read, with an info issue naming the cell', () => {
    const r = run([town({ 2: '８５', 4: ' 9 ' })]);
    expect(r.scored.map((u) => u.composite.value)).toEqual([94]);
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['cell.coerced', 'info', 'C2'], ['cell.coerced', 'info', 'E2']]);
  });

  it('#N/A, TRUE, a Date or text in a number cell is an error naming the cell and the unit', () => {
    expect(errs([town({ 2: '#N/A' })])).toEqual([['cell.excel-error', 'C2', ['南牛乡']]]);
    expect(errs([town({ 4: true })])).toEqual([['cell.not-a-number', 'E2', ['南牛乡']]]);
    expect(errs([town({ 5: new Date(Date.UTC(2026, 0, 1)) })])).toEqual([['cell.not-a-number', 'F2', ['南牛乡']]]);
  });

  it('negative parts and parts over their share are errors naming the cell (indicator 95 for a township, leader −1)', () => {
    expect(errs([town({ 2: 95 })])).toEqual([['county.part-range', 'C2', ['南牛乡']]]);
    expect(errs([town({ 4: -1 })])).toEqual([['county.part-range', 'E2', ['南牛乡']]]);
    expect(errs([town({ 5: -1 })])).toEqual([['county.bonus-negative', 'F2', ['南牛乡']]]);
  });

  it('篇4 五(二): public given for a township is an error naming the cell', () => {
    expect(errs([town({ 3: 20 })])).toEqual([['county.part-not-applicable', 'D2', ['南牛乡']]]);
  });

  it('a 0 in a column the group does not have (public for a township, bonus for ancient-city) means none', () => {
    const r = run([town({ 3: 0 }), ['规划分局', '古城', 65, 0, 29, 0, 0, null, null]]);
    expect([r.issues, r.scored.map((u) => u.composite.value)]).toEqual([[], [94, 94]]);
  });

  it('篇4 五(四): bonus or deduction given for ancient-city is an error naming each cell', () => {
    expect(errs([['规划分局', '古城', 65, null, 29, 2, 1, null, null]])).toEqual([
      ['county.adjustments-not-applicable', 'F2', ['规划分局']],
      ['county.adjustments-not-applicable', 'G2', ['规划分局']],
    ]);
  });

  it('a blank or unknown group is an error naming the cell; English codes and Chinese labels are both accepted', () => {
    expect(errs([town({ 1: '街道' })])).toEqual([['county.unknown-group', 'B2', ['南牛乡']]]);
    expect(errs([town({ 1: null })])).toEqual([['cell.blank-text', 'B2', ['南牛乡']]]);
    const groups = ['township', 'department', 'ancient-city', '乡镇', '部门', '古城', 'Ancient City'].map((g) => run([town({ 1: g, 3: g.includes('部') || g === 'department' ? 27 : null, 4: 9 })]).units[0]?.group);
    expect(groups).toEqual(['township', 'department', 'ancient-city', 'township', 'department', 'ancient-city', 'ancient-city']);
  });

  it('篇4 六(二): a veto or designation holding #N/A is an error naming the cell, never a silent veto', () => {
    expect(errs([town({ 7: '#N/A' })])).toEqual([['cell.excel-error', 'H2', ['南牛乡']]]);
    expect(errs([town({ 8: '#VALUE!' })])).toEqual([['cell.excel-error', 'I2', ['南牛乡']]]);
  });

  it('篇4 六(二): "无", "否", "-", FALSE and 0 in veto/认定不合格 mean none; any other text is the reason', () => {
    for (const v of ['无', '否', '-', false, 0, 'N/A']) expect(run([town({ 7: v, 8: v })]).units.map((u) => [u.veto, u.unqualified])).toEqual([[null, null]]);
    expect(run([town({ 7: '特大生产安全事故' })]).units[0]!.veto).toBe('特大生产安全事故');
    expect(run([town({ 7: true })]).units[0]!.veto).toBe('TRUE');
  });

  it('a repeated unit is an error naming the second cell and the unit', () => {
    expect(errs([town({}), town({ 2: 80 })])).toEqual([['table.duplicate-key', 'A3', ['南牛乡']]]);
  });

  it('reads an English-only header with every column', () => {
    const head = ['Unit', 'Group', 'Indicator', 'Public', 'Leader', 'Bonus', 'Deduction', 'Veto', 'Unqualified'];
    const r = run([['招商局', 'department', 55, 27, 9, 1, 2, 'corruption case', null]], head);
    expect(r.issues).toEqual([]);
    expect(r.scored.map((u) => [u.unit, u.composite.value, u.veto])).toEqual([['招商局', 90, 'corruption case']]);
  });
});

/** Any cell a person or a broken formula might leave. */
const hostile = fc.oneof(
  fc.constantFrom<CellValue>('abc', '８５', '85%', '#N/A', '#DIV/0!', true, false, new Date(Date.UTC(2026, 2, 1)), null, '', ' ', '无', '否', '乡镇', '部门', '古城', 'ancient-city'),
  fc.double({ min: -20, max: 120, noNaN: true }),
  fc.integer({ min: -5, max: 100 }),
);

describe('readCountySummary invariant', () => {
  it('every unit row is either scored or named by an error issue (its unit or its row), whatever its cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 8 }), (cells) => {
        // Unit names are distinct text so each row is one unit; every other cell is hostile.
        const rows = cells.map((c, i) => [`单位${i + 1}`, ...c]);
        const r = run(rows);
        const scored = new Set(r.scored.map((u) => u.unit));
        const errors = r.issues.filter((i) => i.severity === 'error');
        rows.forEach((row, i) => {
          const unit = row[0] as string;
          const named = errors.some((e) => e.units?.includes(unit) || e.row === i + 2);
          expect(scored.has(unit) || named, `${unit}: ${JSON.stringify(row)}`).toBe(true);
          if (scored.has(unit)) expect(errors.some((e) => e.units?.includes(unit))).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });
});
