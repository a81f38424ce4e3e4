import { a1 } from '../engine/core/cell';

/** "A1:C3" for a rectangle given by its top-left cell (1-based) and size. */
export function rangeOf(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1)}`;
}

/** Number format for a score shown at the scheme's precision: 2 → "0.00". */
export function scoreFormat(precision: number): string {
  return precision > 0 ? `0.${'0'.repeat(precision)}` : '0';
}
