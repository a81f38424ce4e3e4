/** ET cell values and formats ↔ the port's: BGR colours, Value2 shapes, error codes, percent formats. */
import { EXCEL_ERRORS, type CellValue } from '../../engine/core/cell';

/** "#RRGGBB" → ET's colour number, which is BGR (0xBBGGRR). */
export function toBgr(hex: string): number {
  const rgb = parseInt(hex.replace('#', ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | (rgb >>> 16);
}

/**
 * How Value2 gives an error cell in a VBA-like model: the VT_ERROR code (0x800A0000 + xlErr…) as a number, here with
 * the error it stands for. Read from a cell, such a number is only a candidate: the cell's Text tells an error
 * ("#N/A") from a typed number that happens to be equal.
 */
export const ERROR_BY_CODE: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'], [-2146826281, '#DIV/0!'], [-2146826273, '#VALUE!'], [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'], [-2146826252, '#NUM!'], [-2146826246, '#N/A'],
]);

/** Value2 of a range of `rows` × `cols` (a scalar for one cell, else rows of columns) → a 2-D array. */
export function asMatrix(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  if (!Array.isArray(v)) throw new Error(`Value2 of ${rows}×${cols} cells was not an array`);
  return v.map((row) => (Array.isArray(row) ? row : [row]));
}

/** One ET value → CellValue: empty (undefined, null, "") → null; anything that is not a plain value → its text. */
export function fromEt(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** The error text of a cell whose Text reads as one of Excel's errors; undefined otherwise. */
export const errorText = (text: unknown): string | undefined =>
  typeof text === 'string' && EXCEL_ERRORS.has(text.trim().toUpperCase()) ? text.trim().toUpperCase() : undefined;

