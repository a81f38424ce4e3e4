/** Block reads and writes on one ExcelJS worksheet, in the port's terms. */
import type ExcelJS from 'exceljs';
import { a1, type CellValue } from '../../engine/core/cell';
import { isPercentFormat } from '../number-format';
import type { Rect } from '../range';
import { fromExcelJs, patchStyle, shareEmptyStyle } from './cells';

/** The value a cell shows as its own: merged cells other than the top-left read as empty, as in Excel. */
function valueOf(cell: ExcelJS.Cell | undefined): CellValue {
  if (!cell) return null;
  if (cell.isMerged && cell.master !== cell) return null;
  return fromExcelJs(cell.value);
}

/** The rectangle around every cell holding a value; undefined for an empty sheet. */
export function usedRect(ws: ExcelJS.Worksheet): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (valueOf(cell) === null) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/**
 * Values of a rectangle, rows × columns, empty as null; never creates rows or cells. With `percent`, the cells holding
 * a value whose number format (ExcelJS numFmt) is a percentage are added to it, address → format (Block.percentFormats).
 */
export function readRect(ws: ExcelJS.Worksheet, r: Rect, percent?: Record<string, string>): CellValue[][] {
  const out: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const found = ws.findRow(row);
    const line: CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = found?.findCell(col);
      const v = valueOf(cell);
      line.push(v);
      if (percent && v !== null && isPercentFormat(cell?.numFmt)) percent[a1(row, col)] = cell!.numFmt;
    }
    out.push(line);
  }
  return out;
}

const DATE_FORMAT = { numFmt: 'yyyy-mm-dd' } as const;
const TEXT_FORMAT = { numFmt: '@' } as const;

/**
 * Writes a block. Strings go in as plain strings (ExcelJS makes a formula only from { formula }), so text such as
 * "=SUM(A1)" is stored as a string cell and Excel shows it as text. `textColumns` get number format "@".
 */
export function writeRect(
  ws: ExcelJS.Worksheet,
  r: Rect,
  values: readonly (readonly CellValue[])[],
  textColumns: readonly number[] = [],
): void {
  const asText = new Set(textColumns);
  for (let row = r.top; row <= r.bottom; row++) {
    const line = values[row - r.top] ?? [];
    for (let col = r.left; col <= r.right; col++) {
      const v = line[col - r.left] ?? null;
      const text = asText.has(col - r.left);
      if (v === null && !text && !ws.findRow(row)?.findCell(col)) continue;
      const cell = ws.getCell(row, col);
      shareEmptyStyle(ws, cell);
      cell.value = v instanceof Date ? new Date(v.getTime()) : v;
      if (v instanceof Date && !cell.numFmt) patchStyle(cell, DATE_FORMAT);
      if (text) patchStyle(cell, TEXT_FORMAT);
    }
  }
}

/** Removes every value (keeps nothing) — for rewriting the add-in's own settings sheet. */
export function clearValues(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.value = null;
    });
  });
}
