/** Block reads and writes on one ExcelJS worksheet, in the port's terms. */
import ExcelJS from 'exceljs';
import { a1, type CellValue } from '../../engine/core/cell';
import { isPercentFormat } from '../number-format';
import type { Block } from '../port';
import { intersect, rectAddress, type Rect } from '../range';
import { fromExcelJs, patchStyle, shareEmptyStyle } from './cells';

/** A formula cell (its own or shared). */
const isFormula = (v: ExcelJS.CellValue | undefined): boolean => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/**
 * The value a cell shows as its own: merged cells other than the top-left read as empty, as in Excel. A formula
 * gives its cached result, read from cell.result: ExcelJS's cell.value leaves out a result of 0, false or "".
 */
function valueOf(cell: ExcelJS.Cell | undefined): CellValue {
  if (!cell) return null;
  if (cell.isMerged && cell.master !== cell) return null;
  const v = cell.value;
  return isFormula(v) ? fromExcelJs(cell.result as ExcelJS.CellValue | undefined) : fromExcelJs(v);
}

/** A formula cell the file carries without a computed value (or with empty text: see file/text-formulas.ts). */
function isUncomputed(cell: ExcelJS.Cell | undefined): boolean {
  return cell !== undefined && cell.type === ExcelJS.ValueType.Formula && cell.result === undefined && !(cell.isMerged && cell.master !== cell);
}

/** The rectangle around every cell holding a value or a formula; undefined for an empty sheet. */
export function usedRect(ws: ExcelJS.Worksheet): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (valueOf(cell) === null && !isUncomputed(cell)) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/**
 * Values of a rectangle, rows × columns, empty as null; never creates rows or cells. `into.uncomputed` collects formulas
 * without a value; `into.percent` the cells holding a value whose number format (ExcelJS numFmt) is a percentage,
 * address → format (Block.percentFormats).
 */
export function readRect(ws: ExcelJS.Worksheet, r: Rect, into?: { uncomputed?: string[]; percent?: Record<string, string> }): CellValue[][] {
  const out: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const found = ws.findRow(row);
    const line: CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = found?.findCell(col);
      const v = valueOf(cell);
      line.push(v);
      if (into?.uncomputed && isUncomputed(cell)) into.uncomputed.push(cell!.address);
      if (into?.percent && v !== null && isPercentFormat(cell?.numFmt)) into.percent[a1(row, col)] = cell!.numFmt;
    }
    out.push(line);
  }
  return out;
}

/**
 * The merged areas meeting `r`, as A1 ranges. ExcelJS keeps a sheet's merges by their top-left cell in `_merges`
 * (loaded from the file's mergeCells); it has no public list short of building the whole sheet model.
 */
export function mergesIn(ws: ExcelJS.Worksheet, r: Rect): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, Rect | undefined> })._merges ?? {};
  const meeting = Object.values(merges).filter((m): m is Rect => m !== undefined && intersect(m, r) !== undefined);
  return meeting.sort((a, b) => a.top - b.top || a.left - b.left).map((m) => rectAddress(m));
}

/** A rectangle's block in the port's terms: values, merged areas meeting it, formulas without a value. */
export function blockIn(ws: ExcelJS.Worksheet, r: Rect): Block {
  const uncomputed: string[] = [];
  const percent: Record<string, string> = {};
  const values = readRect(ws, r, { uncomputed, percent });
  const merges = mergesIn(ws, r);
  return {
    sheet: ws.name,
    address: rectAddress(r),
    origin: { row: r.top, col: r.left },
    values,
    ...(merges.length > 0 ? { merges } : {}),
    ...(uncomputed.length > 0 ? { uncomputed } : {}),
    ...(Object.keys(percent).length > 0 ? { percentFormats: percent } : {}),
  };
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
