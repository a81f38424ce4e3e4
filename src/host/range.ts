/** A1 range arithmetic shared by the adapters: "B3", "A1:D10", "'My sheet'!A1:B2". */
import { a1, parseA1 } from '../engine/core/cell';
import { rangeInvalid } from './errors';

/** A bounded rectangle, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into sheet and range; sheet undefined when absent. */
export function splitSheet(address: string): { sheet: string | undefined; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, range: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).trim() };
}

/** "A1:D10" (or a single cell, or with a sheet prefix) → Rect; throws HostError 'range-invalid'. */
export function parseRange(address: string): Rect {
  const { range } = splitSheet(address);
  const [from, to = from] = range.split(':');
  const a = from === undefined ? undefined : parseA1(from);
  const b = to === undefined ? undefined : parseA1(to);
  if (!a || !b || range.split(':').length > 2) throw rangeInvalid(address);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Rect → "A1:D10", or "B3" for one cell. */
export function rectAddress(r: Rect): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** The rectangle of a rows × cols block whose top-left is `topLeft`. */
export function blockRect(topLeft: string, rows: number, cols: number): Rect {
  const c = parseRange(topLeft);
  return { top: c.top, left: c.left, bottom: c.top + Math.max(rows, 1) - 1, right: c.left + Math.max(cols, 1) - 1 };
}

export const contains = (r: Rect, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The overlap of two rectangles, or undefined when they do not meet. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

/** Quotes a sheet name for an address when it needs it: "My sheet" → "'My sheet'". */
export function qualify(sheet: string, range: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${range}`;
}

/** Widest row length, so ragged input writes as a rectangle. */
export const widthOf = (values: readonly (readonly unknown[])[]): number =>
  values.reduce((w, row) => Math.max(w, row.length), 0);
