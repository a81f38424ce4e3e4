/**
 * Saving a large workbook through ExcelJS's streaming WorkbookWriter: each row is rendered, written and dropped,
 * where workbook.xlsx.writeBuffer first builds a model of every cell of every sheet and the whole XML of each sheet
 * as millions of strings (on a 50,000-unit ranking, ~700 MB over the workbook itself). The zip is deflated by
 * Node's zlib as it streams. The writer knows fewer features than the full one, so a workbook goes this way only
 * when everything in it is something the copy below carries (`streamable`); anything else keeps the full writer.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/** Rows past which streaming pays (below it the full writer is as fast and the check is not worth it). */
export const STREAM_FROM_ROWS = 20_000;

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Whether the workbook holds only what the copy carries: values (no shared formulas), styles, merges, columns, row
 * heights, conditional formats, data validations, views, page setup, sheet state. Notes, hyperlinks, tables,
 * images, defined names, protection, auto filters, page breaks and styled empty cells send it to the full writer.
 */
export function streamable(wb: ExcelJS.Workbook): boolean {
  const book = wb as unknown as Any;
  if ((book.definedNames?.model ?? []).length > 0 || (book.media ?? []).length > 0) return false;
  for (const ws of wb.worksheets) {
    const sheet = ws as unknown as Any;
    if (Object.keys(sheet.tables ?? {}).length > 0 || ws.getImages().length > 0 || sheet.autoFilter || sheet.sheetProtection) return false;
    if ((sheet.rowBreaks ?? []).length > 0 || sheet.getBackgroundImageId?.() !== undefined) return false;
    let plain = true;
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (!plain) return;
      row.eachCell({ includeEmpty: true }, (c) => {
        const cell = c as unknown as Any;
        if (cell.note !== undefined || cell.hyperlink !== undefined || cell.sharedFormula !== undefined || cell.formulaType === 2 /* shared */) plain = false;
        // The streaming writer drops a cell without a value, style and all (a user's text-formatted blank column).
        else if (c.type === ExcelJS.ValueType.Null && Object.keys(c.style ?? {}).length > 0) plain = false;
      });
    });
    if (!plain) return false;
  }
  return true;
}

/** The workbook as .xlsx bytes through the streaming writer (call only when `streamable`). */
export async function streamXlsx(wb: ExcelJS.Workbook, level: number): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const book = wb as unknown as Any;
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true, useStyles: true, zip: { zlib: { level } } } as Any);
  for (const key of ['creator', 'lastModifiedBy', 'created', 'modified', 'lastPrinted', 'company', 'manager', 'title', 'subject', 'keywords', 'category', 'description']) {
    if (book[key] !== undefined) (out as Any)[key] = book[key];
  }
  (out as Any).views = book.views;
  for (const ws of wb.worksheets) copySheet(ws, out.addWorksheet(ws.name, sheetOptions(ws)));
  await out.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function sheetOptions(ws: ExcelJS.Worksheet): Partial<ExcelJS.AddWorksheetOptions> {
  return { state: ws.state, properties: { ...ws.properties }, pageSetup: { ...ws.pageSetup }, headerFooter: { ...ws.headerFooter }, views: ws.views };
}

/** Columns, merges, conditional formats and validations first (merges touch their cells), then rows in order. */
function copySheet(ws: ExcelJS.Worksheet, out: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as Any;
  const cols = (sheet._columns ?? []) as Any[];
  cols.forEach((col, i) => {
    if (!col) return;
    const c = out.getColumn(i + 1);
    if (col.width !== undefined) c.width = col.width;
    if (col.hidden) c.hidden = true;
    if (col.outlineLevel) c.outlineLevel = col.outlineLevel;
    if (col.style && Object.keys(col.style).length > 0) c.style = col.style;
  });
  for (const merge of Object.values(sheet._merges ?? {}) as Any[]) out.mergeCells(merge.range);
  for (const cf of (sheet.conditionalFormattings ?? []) as ExcelJS.ConditionalFormattingOptions[]) out.addConditionalFormatting(cf);
  (out as Any).dataValidations.model = { ...sheet.dataValidations.model };
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const copy = out.getRow(n);
    if (row.height !== undefined) copy.height = row.height;
    if (row.hidden) copy.hidden = true;
    if (row.outlineLevel) copy.outlineLevel = row.outlineLevel;
    const rowStyle = (row as unknown as Any).style as Partial<ExcelJS.Style> | undefined;
    if (rowStyle && Object.keys(rowStyle).length > 0) (copy as unknown as Any).style = rowStyle;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const c = copy.getCell(col);
      if (!cell.isMerged || cell.master === cell) c.value = cell.value;
      if (cell.style && Object.keys(cell.style).length > 0) c.style = cell.style;
    });
    copy.commit();
  });
}
