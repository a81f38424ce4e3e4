/**
 * Issue 9 through the commands: each table dressed as an office keeps it gives exactly the results of its clean
 * version, on memory workbooks (merged cells and formulas made as a user would) and on file workbooks (.xlsx with
 * merges and cached formula values, and CSV); the other layouts give the issue each one must.
 */
import { describe, expect, it } from 'vitest';
import { rankAndTier, validateSubmission, RESULTS_SHEET, type RankOutcome, type ValidateOutcome } from '../../src/commands';
import type { Issue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import type { Workbook } from '../../src/host/port';
import { FileWorkbook } from '../../src/host/xlsx';
import { asCsv, layoutFiles, layoutPairs, type Rows, type SheetFile } from '../fixtures/office-layouts/layouts';
import { xlsxOf } from '../fixtures/office-layouts/write';
import { countyResults, rowResults } from './fixtures';

type Sheets = Readonly<Record<string, SheetFile>>;
const plain = (sheets: Readonly<Record<string, Rows>>): Sheets => Object.fromEntries(Object.entries(sheets).map(([k, rows]) => [k, { rows }]));

/** A memory workbook holding the sheets as a user would have made them: values typed, cells merged, formulas entered. */
function memory(sheets: Sheets): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets(Object.fromEntries(Object.entries(sheets).map(([k, s]) => [k, s.rows])));
  for (const [name, s] of Object.entries(sheets)) {
    for (const m of s.merges ?? []) wb.merge(name, m);
    for (const [cell, f] of Object.entries(s.formulas ?? {})) wb.putFormula(name, cell, `=${f.formula}`, f.result ?? null);
  }
  return wb;
}
const xlsx = async (sheets: Sheets): Promise<FileWorkbook> => FileWorkbook.fromBuffer(await xlsxOf(sheets), 'book.xlsx');
const csv = async (sheets: Sheets): Promise<FileWorkbook> => FileWorkbook.fromBuffer(new TextEncoder().encode(`\ufeff${asCsv(Object.values(sheets)[0]!)}`), 'book.csv');

const HOSTS = [
  ['memory', memory],
  ['.xlsx', xlsx],
  ['.csv', csv],
] as const;

/** What must not change with the layout: the results, the warnings, and every issue that is not an info note. */
const heard = (issues: readonly Issue[]) => issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.message.en]);
const ranked = (o: RankOutcome) => ({ results: countyResults(o).map(({ source: _s, ...r }) => r), people: rowResults(o).map(({ source: _r, ...p }) => p), warnings: o.warnings.map((w) => w.message), issues: heard(o.issues), written: o.written });
const validated = (o: ValidateOutcome) => ({ type: o.type, issues: heard(o.issues) });

const rankOf = async (wb: Workbook) => ranked(await rankAndTier(wb, { now: new Date(0) }));
/** Every sheet validated, as perf validate does (a detailed workbook once). */
async function validateAll(wb: Workbook): Promise<ReturnType<typeof validated>[]> {
  const out: ReturnType<typeof validated>[] = [];
  const covered = new Set<string>();
  for (const sheet of await wb.sheetNames()) {
    if (covered.has(sheet) || sheet === RESULTS_SHEET) continue;
    const o = await validateSubmission(wb, { sheet });
    o.covers.forEach((c) => covered.add(c));
    if (o.type !== null) out.push(validated(o));
  }
  return out;
}

describe('an office-dressed table gives exactly the results of its clean version (issue 9)', () => {
  const cases = layoutPairs().flatMap((p) => HOSTS.filter(([h]) => h !== '.csv' || p.csv).map(([host, open]) => [p.name, host, p, open] as const));
  it.each(cases)('%s on %s: rank and validate', async (_name, _host, pair, open) => {
    const clean = await rankOf(await open(plain(pair.clean)));
    const dressed = await rankOf(await open(pair.dressed));
    expect(dressed).toEqual(clean);
    expect(await validateAll(await open(pair.dressed))).toEqual(await validateAll(await open(plain(pair.clean))));
  });

  it('the dressed tables rank: every kind the done-when names has results (none passes by ranking nothing)', async () => {
    for (const p of layoutPairs().filter((x) => x.name !== 'fiscal-targets')) {
      const r = await rankOf(memory(p.dressed));
      expect(r.results.length + r.people.length, p.name).toBeGreaterThan(1);
      expect(r.written, p.name).toBe(RESULTS_SHEET);
    }
    const targets = await validateAll(memory(layoutPairs().find((x) => x.name === 'fiscal-targets')!.dressed));
    expect(targets).toEqual([{ type: 'fiscal-targets', issues: [] }]);
  });

  it('notes which rows were not read as data: 合计, the note and what follows it', async () => {
    const o = await rankAndTier(memory(layoutPairs()[0]!.dressed));
    const notes = o.issues.filter((i) => i.severity === 'info' && i.code.startsWith('table.'));
    expect(notes.map((i) => [i.code, i.row])).toEqual([['table.row-skipped', 19], ['table.rows-ignored', 21]]);
    expect(o.marked).toBe(0);
  });
});

const file = (name: string) => layoutFiles().find((f) => f.name === name)!;

describe('the other office layouts through the commands', () => {
  it.each(HOSTS)('group headings stand for the 类别 column (%s)', async (_h, open) => {
    const o = await rankAndTier(await open(file('county-group-headings').sheets));
    expect(heard(o.issues)).toEqual([]);
    expect(countyResults(o).map((r) => [r.unit, r.group])).toEqual([
      ['南牛乡', 'township'], ['新城铺镇', 'township'], ['招商局', 'department'], ['民政局(宗教局)', 'department'], ['住建局', 'ancient-city'],
    ]);
  });

  it.each(HOSTS)('a second table lower on the sheet is not read into the first (%s)', async (_h, open) => {
    const o = await rankAndTier(await open(file('county-second-table').sheets));
    expect(countyResults(o).map((r) => r.unit)).toEqual(['南牛乡', '新城铺镇', '西平乐乡']);
    expect(o.issues.filter((i) => i.code === 'table.rows-ignored').map((i) => i.row)).toEqual([6]);
  });

  it.each([['memory', memory], ['.xlsx', xlsx]] as const)('a formula without a computed value is an error naming its cell, nothing written (%s)', async (_h, open) => {
    const wb = await open(file('county-uncomputed').sheets);
    const o = await rankAndTier(wb);
    expect(o.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['cell.uncomputed', 'D5']]);
    expect(o.written).toBeNull();
    expect(o.marked).toBe(1);
    expect(await wb.sheetNames()).not.toContain(RESULTS_SHEET);
  });

  it.each(HOSTS)('two columns for one field: an error naming both cells (%s)', async (_h, open) => {
    const v = await validateSubmission(await open(file('county-doubled-column').sheets));
    expect(v.issues.map((i) => [i.code, i.message.zh])).toEqual([['table.duplicate-column', '表头中“指标评估”出现了两次（C1, D1）']]);
  });

  it.each([['memory', memory], ['.xlsx', xlsx]] as const)('a parent over children that name nothing is unclear (%s)', async (_h, open) => {
    const o = await rankAndTier(await open(file('county-unclear-column').sheets));
    expect(o.issues.map((i) => [i.code, i.cell])).toEqual([['table.unclear-column', 'C2']]);
    expect(o.written).toBeNull();
  });

  const headerOnly = layoutFiles().filter((f) => f.name.endsWith('header-only'));
  it.each(headerOnly.flatMap((f) => HOSTS.map(([h, open]) => [f.name, h, f, open] as const)))('%s on %s: table.empty in rank and validate, nothing written', async (_n, _h, f, open) => {
    const wb = await open(f.sheets);
    const o = await rankAndTier(wb);
    expect(o.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['table.empty']);
    expect(o.written).toBeNull();
    expect(await wb.sheetNames()).not.toContain(RESULTS_SHEET);
    const v = await validateSubmission(wb);
    expect(v.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['table.empty']);
  });
});

describe('units matched across the detailed workbook’s sheets by name (issue 9)', () => {
  it('民政局(宗教局) on one sheet finds 民政局（宗教局） on the others; the name written is the units sheet’s', async () => {
    const pair = layoutPairs().find((p) => p.name === 'county-detail')!;
    const clean = await rankOf(memory(plain(pair.clean)));
    const renamed = Object.fromEntries(Object.entries(pair.clean).map(([k, rows]) => [k, rows.map((r) => r.map((v) => (v === '民政局(宗教局)' ? (k === '单位' ? '民政局 (宗教局)' : '民政局（宗教局）') : v)))]));
    const r = await rankOf(memory(plain(renamed)));
    expect(r.issues).toEqual([]);
    expect(r.results.map((x) => x.unit)).toContain('民政局 (宗教局)');
    expect(r.results.map((x) => ({ ...x, unit: x.unit.replace(' (宗教局)', '(宗教局)') }))).toEqual(clean.results);
  });
});
