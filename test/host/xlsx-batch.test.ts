import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rankAndTier, RESULTS_SHEET } from '../../src/commands';
import { FileWorkbook } from '../../src/host/xlsx';
import { generatedSummary } from '../commands/fixtures';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perf-batch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a user would see of a workbook: sheets, values, marks' fills and notes, settings (via ownership). */
async function look(wb: FileWorkbook) {
  const sheets = await wb.sheetNames();
  const values = await wb.readTables(sheets);
  const ws = wb.workbook.getWorksheet(sheets[0]!)!;
  return { sheets, values, fill: ws.getCell('C3').fill, note: ws.getCell('C3').note, own: await wb.isOwnSheet(RESULTS_SHEET), active: await wb.activeSheet() };
}

/** A batch that changes every kind of thing the commands change, then fails before its end. */
const failingBatch = (wb: FileWorkbook, sheet: string) => wb.batch(async () => {
  await wb.write(sheet, 'A1', [['改']]);
  await wb.mark(sheet, [{ cell: 'C3', kind: 'error', note: '错' }]);
  await wb.addSheet(RESULTS_SHEET, { replaceOwn: true });
  await wb.formatRange(RESULTS_SHEET, 'A1:B2', { bold: true });
  await wb.activateSheet(RESULTS_SHEET);
  throw new Error('engine failed');
});

/** Runs the failing batch, checks the workbook is as it was, and returns how many whole-workbook copies it took. */
async function rollsBack(wb: FileWorkbook, sheet = '汇总'): Promise<number> {
  const before = await look(wb);
  const copies = vi.spyOn(wb.workbook.xlsx, 'writeBuffer');
  await expect(failingBatch(wb, sheet)).rejects.toThrow('engine failed');
  expect(await look(wb)).toEqual(before);
  return copies.mock.calls.length;
}

describe('FileWorkbook batch rollback without a copy', () => {
  it('a workbook opened from a file: the batch copies nothing, and a failure before the write leaves it unchanged', async () => {
    const path = join(dir, 'units.xlsx');
    await FileWorkbook.create({ 汇总: generatedSummary(20) }).saveAs(path);
    expect(await rollsBack(await FileWorkbook.open(path))).toBe(0);
  });

  it('a clean rank on an opened file writes no copy of the workbook (rollback is the file itself)', async () => {
    const path = join(dir, 'rank.xlsx');
    await FileWorkbook.create({ 汇总: generatedSummary(50) }).saveAs(path);
    const wb = await FileWorkbook.open(path);
    const copies = vi.spyOn(wb.workbook.xlsx, 'writeBuffer');
    expect((await rankAndTier(wb)).written).toBe(RESULTS_SHEET);
    expect(copies).not.toHaveBeenCalled();
  });

  it('a GBK CSV: a failed batch rebuilds the sheet from the file’s bytes, encoding and all', async () => {
    const path = join(dir, '汇总.csv');
    await writeFile(path, iconv.encode('单位,类别,指标评估\r\n县财政局,部门,55\r\n县教育局,部门,50\r\n', 'gbk'));
    const wb = await FileWorkbook.open(path);
    expect(await rollsBack(wb)).toBe(0);
    expect(wb.source.encoding).toBe('gb18030');
  });

  it('a created workbook rolls back by rebuilding its sheets', async () => {
    expect(await rollsBack(FileWorkbook.create({ 汇总: generatedSummary(5) }))).toBe(0);
  });

  it('after a change the source is stale: a failed batch restores the copy taken before its first change, keeping the earlier change', async () => {
    const wb = FileWorkbook.create({ 汇总: generatedSummary(5) });
    expect((await rankAndTier(wb)).written).toBe(RESULTS_SHEET);
    await wb.activateSheet('汇总');
    expect(await wb.isOwnSheet(RESULTS_SHEET)).toBe(true);
    expect(await rollsBack(wb)).toBe(1);
  });

  it('saving makes the saved file the rollback source again', async () => {
    const wb = FileWorkbook.create({ 汇总: generatedSummary(5) });
    await rankAndTier(wb);
    await wb.saveAs(join(dir, 'saved.xlsx'));
    expect(await rollsBack(wb)).toBe(0);
  });

});

describe('FileWorkbook { rollback: false } (the CLI: a failed command’s workbook is never saved)', () => {
  it('a batch on a changed workbook takes no copy, and a throw keeps the changes made so far', async () => {
    const wb = FileWorkbook.create({ 汇总: generatedSummary(5) }, { rollback: false });
    expect((await rankAndTier(wb)).written).toBe(RESULTS_SHEET); // changed since created: a rollback would need a copy
    await wb.activateSheet('汇总');
    const copies = vi.spyOn(wb.workbook.xlsx, 'writeBuffer');
    await expect(failingBatch(wb, '汇总')).rejects.toThrow('engine failed');
    expect(copies).not.toHaveBeenCalled();
    expect((await wb.readTable('汇总', 'A1')).values).toEqual([['改']]);
    expect(await wb.activeSheet()).toBe(RESULTS_SHEET);
  });

  it('the same workbook without the option rolls that batch back, as the port promises', async () => {
    const wb = FileWorkbook.create({ 汇总: generatedSummary(5) });
    await rankAndTier(wb);
    await wb.activateSheet('汇总');
    await expect(failingBatch(wb, '汇总')).rejects.toThrow('engine failed');
    expect((await wb.readTable('汇总', 'A1')).values).not.toEqual([['改']]);
  });

  it('opening a file or bytes takes the option too', async () => {
    const path = join(dir, 'no-rollback.xlsx');
    await FileWorkbook.create({ 汇总: [['单位']] }).saveAs(path);
    for (const wb of [await FileWorkbook.open(path, { rollback: false }), await FileWorkbook.fromBuffer(await FileWorkbook.create({ 汇总: [['单位']] }).toBuffer(), 'x.xlsx', { rollback: false })]) {
      await expect(wb.batch(async () => {
        await wb.write('汇总', 'A1', [['改']]);
        throw new Error('stop');
      })).rejects.toThrow('stop');
      expect((await wb.readTable('汇总', 'A1')).values).toEqual([['改']]);
    }
  });
});

describe('FileWorkbook reads', () => {
  it('reads several sheets at once and brings `also` sheets with the snapshot', async () => {
    const wb = FileWorkbook.create({ 甲: [['a']], 乙: [['b', 2]] });
    expect((await wb.readTables(['乙', '甲'])).map((b) => [b.sheet, b.values])).toEqual([['乙', [['b', 2]]], ['甲', [['a']]]]);
    await expect(wb.readTables(['丙'])).rejects.toMatchObject({ code: 'sheet-missing' });
    expect((await wb.snapshot('甲', { also: ['乙', '丙'] })).also?.map((b) => b.sheet)).toEqual(['乙']);
  });
});
