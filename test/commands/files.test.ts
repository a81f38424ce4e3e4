import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine';
import { FileWorkbook } from '../../src/host/xlsx';
import { insertTemplate, rankAndTier, RESULTS_SHEET, validateSubmission } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { countyResults, detailWorkbook, engineerSheet, generatedSummary, smallSummary, type Rows } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perf-commands-'));
});

const csvText = (rows: Rows): string => rows.map((r) => r.map((v) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`)).join(',')).join('\r\n');

async function xlsxFile(name: string, sheets: Record<string, Rows>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r) => ws.addRow(r.map((v) => v ?? undefined)));
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const cellText = (v: ExcelJS.CellValue): CellValue => (v === null || v === undefined ? null : typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : (v as CellValue));

/** Every visible sheet's values as ExcelJS reads them. */
function sheetValues(wb: ExcelJS.Workbook): Record<string, CellValue[][]> {
  const out: Record<string, CellValue[][]> = {};
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    });
    out[ws.name] = rows;
  });
  return out;
}

/** A full ExcelJS round trip: read the file, write it again, read that; every sheet's values survive. */
async function roundTrip(path: string): Promise<ExcelJS.Workbook> {
  const first = new ExcelJS.Workbook();
  await first.xlsx.readFile(path);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await first.xlsx.writeBuffer());
  expect(sheetValues(again)).toEqual(sheetValues(first));
  return first;
}

describe('commands on .xlsx files', () => {
  it('ranks a summary .xlsx; the saved file keeps the input and adds 排名结果, and survives a round trip', async () => {
    const input = await xlsxFile('summary.xlsx', { 汇总: smallSummary() });
    const wb = await FileWorkbook.open(input);
    const out = await rankAndTier(wb);
    expect(out.written).toBe(RESULTS_SHEET);
    const saved = join(dir, 'summary-out.xlsx');
    await wb.saveAs(saved);
    const back = await roundTrip(saved);
    const values = sheetValues(back);
    expect(values['汇总']?.slice(0, 3)).toEqual(sheetValues(await (async () => { const w = new ExcelJS.Workbook(); await w.xlsx.readFile(input); return w; })())['汇总']?.slice(0, 3));
    const units = values[RESULTS_SHEET]!.slice(TABLE_TOP, TABLE_TOP + 8).map((r) => r[2]);
    expect([...units].sort()).toEqual(smallSummary().slice(2).map((r) => r[0]).sort());
    expect((back.getWorksheet(RESULTS_SHEET) as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length).toBeGreaterThan(0);
  });

  it('writes formula-looking unit names as text cells, never formulas', async () => {
    const names = ['=SUM(1)', '+8613800000000', '-1', '@A1', '007', '=1+1'];
    const input = await xlsxFile('names.xlsx', { 汇总: generatedSummary(6, (i) => names[i]!) });
    const wb = await FileWorkbook.open(input);
    await rankAndTier(wb);
    const saved = join(dir, 'names-out.xlsx');
    await wb.saveAs(saved);
    const ws = (await roundTrip(saved)).getWorksheet(RESULTS_SHEET)!;
    const cells = Array.from({ length: 6 }, (_, i) => ws.getCell(TABLE_TOP + 1 + i, 3));
    expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.map((c) => c.value).sort()).toEqual([...names].sort());
  });

  it('ranks the detailed workbook layout from an .xlsx', async () => {
    const input = await xlsxFile('detail.xlsx', detailWorkbook());
    const wb = await FileWorkbook.open(input);
    const out = await rankAndTier(wb);
    expect(out.source?.layout).toBe('detail');
    expect(out.written).toBe(RESULTS_SHEET);
    const saved = join(dir, 'detail-out.xlsx');
    await wb.saveAs(saved);
    await roundTrip(saved);
  });

  it('marks issues in the saved file and writes no results', async () => {
    const rows = smallSummary();
    rows[2]![2] = 'abc';
    const input = await xlsxFile('bad.xlsx', { 汇总: rows });
    const wb = await FileWorkbook.open(input);
    const out = await rankAndTier(wb);
    expect(out.written).toBeNull();
    const saved = join(dir, 'bad-out.xlsx');
    await wb.saveAs(saved);
    const back = await roundTrip(saved);
    expect(back.getWorksheet(RESULTS_SHEET)).toBeUndefined();
    const c3 = back.getWorksheet('汇总')!.getCell('C3');
    expect(c3.value).toBe('abc');
    expect(JSON.stringify(c3.fill)).toContain('FFC7CE');
    expect(JSON.stringify(c3.note)).toContain('abc');
  });

  it('a rerun on the saved file replaces its own 排名结果 and refuses a user’s one', async () => {
    const input = await xlsxFile('rerun.xlsx', { 汇总: smallSummary() });
    const first = await FileWorkbook.open(input);
    await rankAndTier(first);
    const saved = join(dir, 'rerun-out.xlsx');
    await first.saveAs(saved);
    await roundTrip(saved);
    const second = await FileWorkbook.open(saved);
    expect((await rankAndTier(second)).written).toBe(RESULTS_SHEET);
    const savedAgain = join(dir, 'rerun-out-2.xlsx');
    await second.saveAs(savedAgain);
    expect(sheetValues(await roundTrip(savedAgain))[RESULTS_SHEET]?.[TABLE_TOP]?.[1]).toBe(1);
    const user = await FileWorkbook.open(await xlsxFile('user.xlsx', { 汇总: smallSummary(), [RESULTS_SHEET]: [['我的']] }));
    const refused = await rankAndTier(user);
    expect(refused.issues.map((i) => i.code)).toContain('output.user-sheet');
    expect(await user.readTable(RESULTS_SHEET)).toMatchObject({ values: [['我的']] });
  });

  it('validates an engineer .xlsx and inserts every template into files that survive a round trip', async () => {
    const wb = await FileWorkbook.open(await xlsxFile('eng.xlsx', { 工程师: engineerSheet(true) }));
    const v = await validateSubmission(wb);
    expect(v.type).toBe('engineer');
    for (const kind of ['county', 'county-detail', 'engineer', 'staff', 'fiscal'] as const) {
      expect((await insertTemplate(wb, kind)).sheets.length).toBeGreaterThan(0);
    }
    const saved = join(dir, 'templates.xlsx');
    await wb.saveAs(saved);
    const back = await roundTrip(saved);
    expect(back.getWorksheet('县绩效汇总表模板')).toBeDefined();
  });
});

describe('commands on .csv files', () => {
  it('ranks a GBK .csv (as Chinese Excel saves it) and saves .xlsx', async () => {
    const path = join(dir, '汇总.csv');
    await writeFile(path, iconv.encode(csvText(smallSummary()), 'gbk'));
    const wb = await FileWorkbook.open(path);
    expect(wb.source.encoding).toBe('gb18030');
    const out = await rankAndTier(wb);
    expect(countyResults(out).map((r) => r.unit)).toContain('南牛乡');
    const saved = join(dir, 'gbk-out.xlsx');
    await wb.saveAs(saved);
    const values = sheetValues(await roundTrip(saved));
    expect(values[RESULTS_SHEET]!.some((r) => r[2] === '新城铺镇')).toBe(true);
  });

  it('validates a UTF-8 .csv with a BOM and marks the bad cell', async () => {
    const path = join(dir, '工程师.csv');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(engineerSheet(true)), 'utf8')]));
    const wb = await FileWorkbook.open(path);
    const out = await validateSubmission(wb);
    expect(out.type).toBe('engineer');
    expect(out.issues.some((i) => i.cell === 'B3')).toBe(true);
    const saved = join(dir, 'eng-out.xlsx');
    await wb.saveAs(saved);
    const back = await roundTrip(saved);
    expect(JSON.stringify(back.getWorksheet(out.sheet)!.getCell('B3').fill)).toContain('FFC7CE');
  });

  it('ranks a plain UTF-8 .csv', async () => {
    const path = join(dir, 'utf8.csv');
    await writeFile(path, csvText(generatedSummary(12)), 'utf8');
    const out = await rankAndTier(await FileWorkbook.open(path));
    expect(countyResults(out)).toHaveLength(12);
  });
});
