import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflateStored } from '../../src/host/xlsx-zip';

describe('deflateStored', () => {
  const stored = async (): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    for (let i = 1; i <= 200; i++) ws.addRow([`单位${i}`, i * 1.5, '说明 explanation text repeated']);
    return new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>));
  };

  it('deflates a stored package into a smaller one that ExcelJS reads back value for value', async () => {
    const raw = await stored();
    const packed = deflateStored(raw, 6);
    expect(packed.length).toBeLessThan(raw.length / 2);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(packed) as unknown as ArrayBuffer);
    const ws = back.getWorksheet('数据')!;
    expect(ws.rowCount).toBe(200);
    expect(ws.getRow(200).values).toEqual([undefined, '单位200', 300, '说明 explanation text repeated']);
  });

  it('marks every part DEFLATE (method 8) with its sizes in the local header', async () => {
    const packed = Buffer.from(deflateStored(await stored(), 6));
    let locals = 0;
    for (let i = packed.indexOf(Buffer.from([0x50, 0x4b, 3, 4])); i >= 0; i = packed.indexOf(Buffer.from([0x50, 0x4b, 3, 4]), i + 4)) {
      expect(packed.readUInt16LE(i + 8)).toBe(8);
      expect(packed.readUInt16LE(i + 6) & 0x08).toBe(0);
      locals++;
    }
    expect(locals).toBeGreaterThan(5);
  });

  it('returns a package that is already compressed unchanged', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow([1]);
    const deflated = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(deflateStored(deflated, 6)).toBe(deflated);
  });

  it('returns bytes that are not a zip unchanged', () => {
    const junk = new Uint8Array([1, 2, 3]);
    expect(deflateStored(junk, 6)).toBe(junk);
  });
});
