/** Block.merges and Block.uncomputed (issue 9): every adapter says which cells are merged and which formulas have no value. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../src/host/excel';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { FakeExcel } from './excel-fake';

const HEADER = [
  ['汇总表', null, null, null],
  ['单位', '类别', '加减分', null],
  [null, null, '加分', '减分'],
  ['南牛乡', '乡镇', 1, 0],
  ['合计', null, 1, 0],
];

describe('MemoryWorkbook: merging cells and formulas without a value (user actions)', () => {
  it('a merged area keeps its top-left value; blocks list the areas meeting them and the formulas without a value', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: HEADER });
    wb.merge('汇总', 'A1:D1');
    wb.merge('汇总', 'A2:A3');
    wb.merge('汇总', 'C2:D2');
    wb.put('汇总', 'A3', [['留下的字']]); // typed into a merged cell's lower part: Excel keeps only the top-left
    wb.merge('汇总', 'A3:A3');
    wb.putFormula('汇总', 'C5', '=SUM(C4:C4)');
    wb.putFormula('汇总', 'D5', '=SUM(D4:D4)', 0);
    const used = await wb.readTable('汇总');
    expect(used.merges).toEqual(['A1:D1', 'A2:A3', 'C2:D2', 'A3']);
    expect(used.uncomputed).toEqual(['C5']);
    expect(used.values[4]).toEqual(['合计', null, null, 0]);
    const part = await wb.readTable('汇总', 'C4:D5');
    expect(part.merges).toBeUndefined();
    expect(part.uncomputed).toEqual(['C5']);
    expect(wb.cell('汇总', 'B1')).toBeNull();
  });

  it('writing a value over a formula replaces it', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [['a']] });
    wb.putFormula('S', 'B1', '=1+1');
    await wb.write('S', 'B1', [[2]]);
    expect((await wb.readTable('S')).uncomputed).toBeUndefined();
  });

  it('a plain sheet has neither field', async () => {
    const b = await MemoryWorkbook.fromSheets({ S: [['a', 1]] }).readTable('S');
    expect(Object.keys(b)).toEqual(['sheet', 'address', 'origin', 'values']);
  });
});

describe('FileWorkbook: ExcelJS merges and { formula } without result', () => {
  it('reads merged areas and formulas the file carries without a computed value', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('汇总');
    HEADER.forEach((r) => ws.addRow(r));
    ws.mergeCells('A1:D1');
    ws.mergeCells('A2:A3');
    ws.mergeCells('C2:D2');
    ws.getCell('C5').value = { formula: 'SUM(C4:C4)' } as ExcelJS.CellFormulaValue;
    ws.getCell('D5').value = { formula: 'SUM(D4:D4)', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('E6').value = { formula: 'C5+D5' } as ExcelJS.CellFormulaValue; // an uncomputed formula alone widens the used range
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await x.xlsx.writeBuffer()), 'x.xlsx');
    const used = await wb.readTable('汇总');
    expect(used.address).toBe('A1:E6');
    expect(used.merges).toEqual(['A1:D1', 'A2:A3', 'C2:D2']); // in sheet order
    expect(used.uncomputed).toEqual(['C5', 'E6']);
    expect(used.values[4]).toEqual(['合计', null, null, 0, null]);
    expect((await wb.readTable('汇总', 'A4:B5')).merges).toBeUndefined();
  });
});

describe('FileWorkbook: an empty CSV', () => {
  it.each([[''], ['\ufeff'], ['\r\n\r\n'], [',,\n,,\n']])('%j is the host error file-empty, not a workbook with an empty sheet', async (text) => {
    await expect(FileWorkbook.fromBuffer(new TextEncoder().encode(text), '空.csv')).rejects.toMatchObject({ code: 'file-empty', text: { zh: '文件“空.csv”是空的：没有任何数据。' } });
  });
});

describe('FileWorkbook: formulas Excel saved with 0, FALSE or "" are computed', () => {
  it('reads a cached 0 as 0, and an empty-text result (t="str", <v></v>) as blank, not as uncomputed', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('S');
    ws.addRow(['单位', '公众评估', '减分', '旗']);
    ws.addRow(['南牛乡', null, null, null]);
    ws.getCell('B2').value = { formula: 'IF(1,"","")', result: 'x' } as ExcelJS.CellFormulaValue;
    ws.getCell('C2').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('D2').value = { formula: 'NOT(TRUE)', result: 'y' } as ExcelJS.CellFormulaValue;
    // As Excel writes them (ExcelJS itself drops a 0 result on writing): <v>0</v>, <v>0</v> typed b, <v></v> typed str.
    const zip = await JSZip.loadAsync(await x.xlsx.writeBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(part)!.async('string'))
      .replace(/<c r="B2"([^>]*) t="str"><f>([^<]*)<\/f><v>x<\/v><\/c>/, '<c r="B2"$1 t="str"><f>$2</f><v></v></c>')
      .replace(/<c r="C2"([^>]*)><f>([^<]*)<\/f><\/c>/, '<c r="C2"$1><f>$2</f><v>0</v></c>')
      .replace(/<c r="D2"([^>]*) t="str"><f>([^<]*)<\/f><v>y<\/v><\/c>/, '<c r="D2"$1 t="b"><f>$2</f><v>0</v></c>');
    zip.file(part, xml);
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'x.xlsx');
    const b = await wb.readTable('S');
    expect(b.values[1]).toEqual(['南牛乡', null, 0, false]);
    expect(b.uncomputed).toBeUndefined();
  });
});

describe('ExcelWorkbook: merged areas come in the same sync as the values', () => {
  const fake = (): FakeExcel => {
    const x = FakeExcel.from({ 汇总: HEADER.map((r) => r.map((v) => v ?? '')), 其他: [['a']] });
    x.merge('汇总', 'A1:D1');
    x.merge('汇总', 'A2:A3');
    x.merge('汇总', 'C2:D2');
    return x;
  };

  it('snapshot, readTable and readTables each still sync once', async () => {
    const x = fake();
    const wb = new ExcelWorkbook({ run: x.run, notes: true, merges: true });
    await wb.batch(async () => {
      const snap = await wb.snapshot('汇总');
      expect(snap.used.merges).toEqual(['A1:D1', 'A2:A3', 'C2:D2']);
      const [a, b] = await wb.readTables(['汇总', '其他']);
      expect(a!.merges).toEqual(['A1:D1', 'A2:A3', 'C2:D2']);
      expect(b!.merges).toBeUndefined();
      expect((await wb.readTable('汇总', 'C2:D4')).merges).toEqual(['C2:D2']);
    });
    expect(x.syncs).toBe(3);
    expect(x.calls.mergedAreas).toBe(5); // the used range, the selection, two sheets, one range
  });

  it('a host without ExcelApi 1.13 reads no merged areas and asks for none', async () => {
    const x = fake();
    const wb = new ExcelWorkbook({ run: x.run, notes: true, merges: false });
    expect((await wb.readTable('汇总')).merges).toBeUndefined();
    expect(x.calls.mergedAreas).toBe(0);
  });

  it('reads the sheet names from a merged-area address, quoted ones included', async () => {
    const { areaAddresses } = await import('../../src/host/excel/merges');
    expect(areaAddresses("Sheet1!A1:B4, 'My, sheet'!$D$1:$D$4, S!C3")).toEqual(['A1:B4', 'D1:D4', 'C3']);
  });
});
