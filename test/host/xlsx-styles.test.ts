import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { patchStyle, shareEmptyStyles } from '../../src/host/file/cells';
import { formatRect } from '../../src/host/file/format';
import { writeRect } from '../../src/host/file/sheet-io';

describe('shared cell styles on a block write', () => {
  const sheet = (): ExcelJS.Worksheet => new ExcelJS.Workbook().addWorksheet('S');

  it('gives the cells of one text column one style object, so a save renders it once', () => {
    const ws = sheet();
    writeRect(ws, { top: 1, left: 1, bottom: 3, right: 2 }, [['a', 1], ['b', 2], ['c', 3]], [0]);
    expect(ws.getCell('A1').style).toBe(ws.getCell('A3').style);
    expect(ws.getCell('A1').numFmt).toBe('@');
    expect(ws.getCell('B1').style).toBe(ws.getCell('B3').style);
    expect(ws.getCell('B1').numFmt).toBeUndefined();
  });

  it('patching one cell of a shared style leaves the others as they were', () => {
    const ws = sheet();
    writeRect(ws, { top: 1, left: 1, bottom: 2, right: 1 }, [['a'], ['b']], [0]);
    patchStyle(ws.getCell('A1'), { font: { bold: true } });
    expect(ws.getCell('A1').font).toEqual({ bold: true });
    expect(ws.getCell('A2').font).toBeUndefined();
    expect(ws.getCell('A2').numFmt).toBe('@');
  });

  it('removing a property is a different patch from setting it', () => {
    const ws = sheet();
    writeRect(ws, { top: 1, left: 1, bottom: 2, right: 1 }, [['a'], ['b']], [0]);
    patchStyle(ws.getCell('A1'), { numFmt: undefined });
    patchStyle(ws.getCell('A2'), { numFmt: '0.00' });
    expect(ws.getCell('A1').numFmt).toBeUndefined();
    expect(ws.getCell('A2').numFmt).toBe('0.00');
  });

  it('survives a save and reopen with each cell\'s own format', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    writeRect(ws, { top: 1, left: 1, bottom: 2, right: 2 }, [['a', 1], ['b', 2]], [0]);
    patchStyle(ws.getCell('B2'), { numFmt: '0.00' });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const s = back.getWorksheet('S')!;
    expect([s.getCell('A1').numFmt, s.getCell('A2').numFmt, s.getCell('B2').numFmt]).toEqual(['@', '@', '0.00']);
    expect(s.getCell('B1').numFmt).toBeUndefined();
  });

  it('a range number format leaves the column on one style object', () => {
    const ws = sheet();
    writeRect(ws, { top: 1, left: 1, bottom: 3, right: 1 }, [[1], [2], [3]]);
    formatRect(ws, { top: 1, left: 1, bottom: 3, right: 1 }, { numberFormat: '0.00' });
    expect(ws.getCell('A1').style).toBe(ws.getCell('A3').style);
    expect(ws.getCell('A3').numFmt).toBe('0.00');
  });

  it('unstyled cells of a loaded sheet share one empty style, styled ones keep theirs', async () => {
    const src = new ExcelJS.Workbook();
    const s0 = src.addWorksheet('S');
    s0.getCell('A1').value = 1;
    s0.getCell('A2').value = 2;
    s0.getCell('A3').value = 3;
    s0.getCell('A3').numFmt = '0.0';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await src.xlsx.writeBuffer());
    const ws = wb.getWorksheet('S')!;
    shareEmptyStyles(ws);
    expect(ws.getCell('A1').style).toBe(ws.getCell('A2').style);
    expect(ws.getCell('A3').numFmt).toBe('0.0');
    expect(ws.getCell('A1').numFmt).toBeUndefined();
  });
});
