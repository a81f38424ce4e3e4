import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { BOOK, errors, sheets, withSheet, type Book } from '../../../test/engine/fixtures/detail-book';
import { readCountyDetail } from './detail';
import { scoreCountyUnits } from './score';

/** The book with one cell replaced (row and column 0-based, header = row 0). */
const spoil = (book: Book, name: string, row: number, col: number, v: CellValue): Book => ({
  ...book,
  [name]: book[name]!.map((r, i) => (i === row ? r.map((c, j) => (j === col ? v : c)) : r)),
});
const edit = (name: string, row: number, col: number, v: CellValue): Book => spoil(BOOK, name, row, col, v);
const read = (book: Book) => readCountyDetail(sheets(book));
const names = (book: Book) => read(book).units.map((u) => u.unit);
const both = (book: Book) => read(book).issues.filter((i) => i.severity === 'error').map((i) => [i.message.zh, i.message.en]);

describe('readCountyDetail on hostile input', () => {
  it('篇4 五(四)1: evidence "无", "-" or #N/A is no evidence — an error naming the cell, the bonus not counted', () => {
    for (const v of ['无', '-', '#N/A']) {
      const book = edit('加减分', 1, 5, v);
      // #N/A is named for what it is: an Excel error value, never a document number.
      expect(errors(book)).toContainEqual([v === '#N/A' ? 'cell.excel-error' : 'county.bonus-no-evidence', '加减分', 'F2']);
      // "无" and "-" leave the unit without the bonus; #N/A makes the claim's row unreadable, so the unit is left out, named.
      if (v === '#N/A') expect(read(book).issues.find((i) => i.code === 'cell.excel-error')?.units).toEqual(['南牛乡']);
      else expect(read(book).units.find((u) => u.unit === '南牛乡')!.bonus).toBe(0);
    }
  });

  it('a bad 类型 cell is an error naming the cell and the unit, and the unit is left out (not scored without the claim)', () => {
    const r = read(edit('加减分', 2, 1, '扣'));
    expect(r.issues.find((i) => i.code === 'cell.bad-choice')).toMatchObject({ cell: 'B3', sheet: '加减分', units: ['南牛乡'] });
    expect(r.units.map((u) => u.unit)).toEqual(['招商局', '规划分局']);
  });

  it('篇4 五(四)2: a per-case count of 0 is an error naming the cell', () => {
    expect(errors(edit('加减分', 3, 4, 0))).toContainEqual(['county.item-count-positive', '加减分', 'C4']);
  });

  it('a number in 项目 is an error (points go in 分值), never a claim outside the item tables', () => {
    const book = edit('加减分', 1, 2, 2);
    expect(errors(book)).toContainEqual(['county.detail-item-number', '加减分', 'C2']);
    expect(names(book)).not.toContain('南牛乡');
  });

  it('篇4 五(四)1: a county decision with negative points is an error, not a bonus', () => {
    expect(errors(edit('加减分', 4, 3, -1.5))).toContainEqual(['county.bonus-negative', '加减分', 'C5']);
  });

  it('a leader score typed "85%" is an error naming the cell, not 0.85', () => {
    const book = edit('领导评估', 1, 1, '85%');
    expect(errors(book)).toContainEqual(['county.part-percent', '领导评估', 'B2']);
    expect(read(book).issues.some((i) => i.code === 'cell.coerced' && i.cell === 'B2')).toBe(false);
    expect(names(book)).not.toContain('南牛乡');
  });

  it('a cell error on an indicator row is the only error for it: no echo of the leaves sum or missing rows', () => {
    for (const [col, v, code] of [[5, '#N/A', 'cell.excel-error'], [7, true, 'cell.not-a-number'], [7, new Date(Date.UTC(2026, 0, 1)), 'cell.not-a-number']] as const) {
      const book = edit('指标', 1, col, v);
      expect(errors(book)).toEqual([[code, '指标', `${'ABCDEFGH'[col]}2`], ['county.bonus-no-evidence', '加减分', 'F3']]);
      expect(read(book).issues.find((i) => i.code === code)!.units).toEqual(['南牛乡']);
      expect(names(book)).toEqual(['招商局', '规划分局']);
    }
  });

  it('a leader cell that is text is one error naming the unit; the unit is left out', () => {
    const book = edit('领导评估', 1, 1, 'abc');
    expect(errors(book)).toEqual([['cell.not-a-number', '领导评估', 'B2'], ['county.bonus-no-evidence', '加减分', 'F3']]);
    expect(names(book)).toEqual(['招商局', '规划分局']);
  });

  it('a unit whose units-sheet row is unusable is named once; its rows elsewhere raise no "not on the units sheet"', () => {
    const book = edit('单位', 1, 1, '街道');
    expect(errors(book)).toEqual([['county.unknown-group', '单位', 'B2']]);
    const issue = read(book).issues.find((i) => i.code === 'county.unknown-group')!;
    expect([issue.units, issue.message.zh.startsWith('B2：')]).toEqual([['南牛乡'], true]);
  });

  it('a unit listed twice on the units sheet is an error naming it, and neither row is used', () => {
    const book = withSheet('单位', [...BOOK.单位!, ['南牛乡', '部门', null, null]]);
    expect(errors(book)).toContainEqual(['table.duplicate-key', '单位', 'A5']);
    expect(names(book)).toEqual(['招商局', '规划分局']);
  });

  it('篇4 六(二)1: a veto cell holding #N/A is an error naming the cell (never a silent veto); "否" and "无" mean none', () => {
    const bad = read(edit('单位', 1, 2, '#N/A'));
    expect(bad.issues.find((i) => i.code === 'cell.excel-error')).toMatchObject({ cell: 'C2', sheet: '单位', units: ['南牛乡'] });
    expect(bad.units.map((u) => u.unit)).not.toContain('南牛乡');
    for (const v of ['否', '无', '-', false, 0]) expect(read(edit('单位', 1, 2, v)).units.find((u) => u.unit === '南牛乡')!.veto).toBeNull();
  });

  it('Decision: "1月" and "2026-01" for one unit would be two months — an error naming the unit', () => {
    const book = withSheet('领导评估', [...BOOK.领导评估!, ['规划分局', null, null, '2026-01', 27]]);
    expect(errors(book)).toContainEqual(['county.detail-month-mixed', '领导评估', null]);
    expect(names(book)).not.toContain('规划分局');
  });

  it('Decision: indicator and leader evaluated in different months is a warning naming the unit', () => {
    const book = withSheet('领导评估', BOOK.领导评估!.filter((r) => !(r[0] === '规划分局' && r[3] === 2)));
    const w = read(book).issues.filter((i) => i.code === 'county.detail-months-differ');
    expect(w.map((i) => [i.severity, i.units])).toEqual([['warning', ['规划分局']]]);
  });

  it('a missing 指标, 领导评估 or 公众评估 sheet names every unit it leaves out', () => {
    const without = (name: string) => Object.fromEntries(Object.entries(BOOK).filter(([k]) => k !== name));
    const missing = (name: string) => read(without(name)).issues.find((i) => i.code === 'county.detail-sheet-missing')!.units;
    expect([missing('指标'), missing('领导评估'), missing('公众评估')]).toEqual([['南牛乡', '招商局', '规划分局'], ['南牛乡', '招商局', '规划分局'], ['招商局']]);
    expect(names(without('公众评估'))).toEqual(['南牛乡', '规划分局']);
  });

  it('reads English-only sheet names and headers on every sheet', () => {
    const header: Record<string, CellValue[]> = {
      units: ['Unit', 'Group', 'Veto', 'Unqualified'],
      indicators: ['unit', 'Level 1', 'Level 2', 'Level 3', 'Points', 'Target', 'Direction', 'Mid-year actual', 'Year-end actual', 'Month', 'Actual'],
      leader: ['unit', 'mid-year', 'year-end', 'month', 'score'],
      public: ['unit', 'Q1', 'Q2', 'Q3', 'Q4'],
      adjustments: ['unit', 'kind', 'item', 'points', 'count', 'evidence'],
    };
    const zh = { units: '单位', indicators: '指标', leader: '领导评估', public: '公众评估', adjustments: '加减分' } as const;
    const book = Object.fromEntries(Object.entries(zh).map(([en, name]) => [en, [header[en]!, ...BOOK[name]!.slice(1).map((r) => (r[1] === '乡镇' ? [r[0]!, 'township', ...r.slice(2)] : r))]]));
    const r = read(book);
    expect(r.units.map((u) => [u.unit, u.group])).toEqual([['南牛乡', 'township'], ['招商局', 'department'], ['规划分局', 'ancient-city']]);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['county.bonus-no-evidence']);
  });

  it('every error has Chinese and English text, neither empty', () => {
    const book = spoil(spoil(spoil(edit('加减分', 3, 4, 0), '领导评估', 1, 1, '85%'), '指标', 3, 5, '#N/A'), '单位', 3, 1, null);
    const texts = both(book);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const [zh, en] of texts) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/[a-z]{3}/);
    }
  });
});

/** A hostile value for any cell: text, full width, percentages, Excel errors, booleans, dates, negatives, blanks. */
const hostile = fc.constantFrom<CellValue>('abc', '８５', '85%', '#N/A', '#REF!', true, false, new Date(Date.UTC(2026, 2, 1)), -3, 0, 1e9, null, '', '无', '否', 'township', '古城');

describe('readCountyDetail invariant', () => {
  it('every unit of the units sheet is either scored or named by an error issue, whatever cell is spoiled', () => {
    const listed = BOOK.单位!.slice(1).map((r) => String(r[0]));
    const sheetsOf = Object.keys(BOOK);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...sheetsOf), fc.nat(), fc.nat(), hostile), { maxLength: 4 }), (edits) => {
        let book = BOOK;
        for (const [name, r, c, v] of edits) {
          const rows = book[name]!;
          // The unit column stays (a renamed unit is another unit); every other data cell may be spoiled.
          book = spoil(book, name, 1 + (r % (rows.length - 1)), 1 + (c % (rows[0]!.length - 1)), v);
        }
        const r = readCountyDetail(sheets(book));
        const s = scoreCountyUnits(r.units);
        const scored = new Set(s.scored.map((u) => u.unit));
        const named = new Set([...r.issues, ...s.issues].filter((i) => i.severity === 'error').flatMap((i) => i.units ?? []));
        for (const u of listed) expect(scored.has(u) || named.has(u), `${u}: ${JSON.stringify(edits)}`).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
