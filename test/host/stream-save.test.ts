import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { streamable, streamXlsx, STREAM_FROM_ROWS } from '../../src/host/file/stream-save';
import { FileWorkbook } from '../../src/host/xlsx';

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
};

/** Everything a reader sees of a sheet: cells (value, style, type), merges, columns, rows, formats, validations. */
function seen(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      cells.push([n, row.height, row.hidden]);
      row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.value, c.style, c.type]));
    });
    const sheet = ws as unknown as { model: { merges: string[] }; dataValidations: { model: unknown }; conditionalFormattings: unknown };
    return { name: ws.name, state: ws.state, views: ws.views, merges: sheet.model.merges, cf: sheet.conditionalFormattings,
      dv: sheet.dataValidations.model, cols: ws.columns?.map((c) => [c.width, c.hidden, c.style]), cells };
  });
}

/** A workbook as an office keeps one: typed values, styles, merges, widths, heights, colours, a list, a hidden sheet. */
function officeBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = '绩效考核汇总表';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.addRow(['单位', '得分', '日期', '备注']);
  ws.addRow(['南牛乡', 91.5, new Date(Date.UTC(2026, 2, 31)), { richText: [{ text: '已', font: { bold: true } }, { text: '复核' }] }]);
  ws.addRow(['县交通局', { formula: 'B3-1', result: 90.5 }, null, true]);
  ws.getColumn(1).width = 18;
  ws.getColumn(2).numFmt = '0.00';
  ws.getRow(3).height = 30;
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  ws.addConditionalFormatting({ ref: 'B3:B4', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['90'], priority: 1, style: { font: { color: { argb: 'FF006100' } } } }] });
  ws.getCell('D3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  wb.addWorksheet('设置', { state: 'veryHidden' }).addRow(['key', 'value']);
  return wb;
}

describe('saving through the streaming writer', () => {
  it('keeps what a reader sees of a workbook as an office keeps it', async () => {
    const wb = officeBook();
    expect(streamable(wb)).toBe(true);
    const full = await load(new Uint8Array(await wb.xlsx.writeBuffer()));
    const streamed = await load(await streamXlsx(wb, 4));
    expect(seen(streamed)).toEqual(seen(full));
  });

  it.each([
    ['a note', (ws: ExcelJS.Worksheet) => { ws.getCell('B3').note = '用户批注'; }],
    ['a hyperlink', (ws: ExcelJS.Worksheet) => { ws.getCell('E3').value = { text: '链接', hyperlink: 'https://example.com' }; }],
    ['a text-formatted blank cell', (ws: ExcelJS.Worksheet) => { ws.getCell('F9').numFmt = '@'; }],
    ['a table', (ws: ExcelJS.Worksheet) => { ws.addTable({ name: 'T1', ref: 'H1', columns: [{ name: 'x' }], rows: [[1]] }); }],
  ])('leaves a workbook with %s to the full writer, which keeps it', (_, add) => {
    const wb = officeBook();
    add(wb.getWorksheet('汇总')!);
    expect(streamable(wb)).toBe(false);
  });

  it(`a file workbook of ${STREAM_FROM_ROWS.toLocaleString('en')}+ rows saves by streaming and reopens with every value`, async () => {
    const rows = Array.from({ length: STREAM_FROM_ROWS }, (_, i) => [`单位${i + 1}`, i % 100, i % 3 === 0 ? null : '乡镇']);
    const wb = FileWorkbook.create({ 汇总: [['单位', '得分', '类别'], ...rows] });
    const full = vi.spyOn(wb.workbook.xlsx, 'writeBuffer');
    const again = await load(await wb.toBuffer());
    expect(full).not.toHaveBeenCalled();
    const back = again.getWorksheet('汇总')!;
    expect(back.rowCount).toBe(STREAM_FROM_ROWS + 1);
    expect(back.getRow(STREAM_FROM_ROWS + 1).values).toEqual([undefined, `单位${STREAM_FROM_ROWS}`, (STREAM_FROM_ROWS - 1) % 100, '乡镇']);
    expect(back.getCell('C2').value).toBeNull();
  }, 60_000);
});
