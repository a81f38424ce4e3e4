/**
 * Block.percentFormats (FISCAL.md §3 Decision): every adapter reports which cells holding a value are
 * percent-formatted, so the engine can tell a percent-formatted 0.5 (50%) from a typed 0.5.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../src/host/excel';
import { MemoryWorkbook } from '../../src/host/memory';
import { isPercentFormat } from '../../src/host/number-format';
import type { Block } from '../../src/host/port';
import { FileWorkbook } from '../../src/host/xlsx';
import { FakeExcel } from './excel-fake';

const ROWS = [['指标', '得分比例'], ['培训效果', 0.5], ['满意度', 0.5], ['空白', null]];

describe('isPercentFormat', () => {
  it.each([
    ['0%', true], ['0.00%', true], ['#,##0.0%;[Red]-0.0%', true],
    ['General', false], ['@', false], ['0.00', false], ['0 "%"', false], ['0\\%', false], ['0_%', false], ['0*%', false], ['[$%-804]0', false], ['', false],
  ])('%s → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

/** B2 and B4 formatted as percent (B4 is blank, so not listed); B3 typed. */
const expectB2Only = (b: Block): void => {
  expect(b.values[1]).toEqual(['培训效果', 0.5]);
  expect(b.percentFormats).toEqual({ B2: '0%' });
};

describe('Block.percentFormats, per adapter', () => {
  it('memory: keeps the format a user put with the value and the one formatRange wrote', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: ROWS });
    wb.put('自评', 'B2', [[0.5]], { numberFormat: '0%' });
    expectB2Only(await wb.readTable('自评'));
    await wb.formatRange('自评', 'B3:B4', { numberFormat: '0.0%' });
    const snap = await wb.snapshot('自评');
    expect(snap.used.percentFormats).toEqual({ B2: '0%', B3: '0.0%' });
    expect((await wb.readTables(['自评']))[0]!.percentFormats).toEqual({ B2: '0%', B3: '0.0%' });
  });

  it('memory: a block without percent formats has no percentFormats', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: ROWS });
    expect((await wb.readTable('自评')).percentFormats).toBeUndefined();
  });

  it('file: reads ExcelJS numFmt from a saved .xlsx', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('自评');
    ROWS.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
    ws.getCell('B2').numFmt = '0%';
    ws.getCell('B4').numFmt = '0%';
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer()), '自评.xlsx');
    expectB2Only(await wb.readTable('自评'));
    expect((await wb.snapshot('自评')).used.percentFormats).toEqual({ B2: '0%' });
  });

  it('file: a range format written through the port reads back', async () => {
    const wb = FileWorkbook.create({ 自评: ROWS });
    await wb.formatRange('自评', 'B2', { numberFormat: '0%' });
    expectB2Only(await wb.readTable('自评'));
  });

  it('Excel: numberFormat is loaded with the values, in the same one sync', async () => {
    const x = FakeExcel.from({ 自评: ROWS.map((r) => r.map((v) => v ?? '')) });
    x.setNumberFormat('自评', 'B2', '0%');
    x.setNumberFormat('自评', 'B4', '0%');
    const wb = new ExcelWorkbook({ run: x.run, notes: true });
    const snap = await wb.snapshot();
    expectB2Only(snap.used);
    expect(x.syncs).toBe(1);
    expectB2Only((await wb.readTables(['自评']))[0]!);
  });
});
