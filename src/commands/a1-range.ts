import { a1, parseA1 } from '../engine';

/** "A1:C3" for a rectangle given by its top-left cell (1-based) and size. */
export function rangeOf(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + Math.max(rows, 1) - 1, col + Math.max(cols, 1) - 1)}`;
}

/** Number format for a score shown at the scheme's precision: 2 → "0.00". */
export function scoreFormat(precision: number): string {
  return precision > 0 ? `0.${'0'.repeat(precision)}` : '0';
}

/** "B3:F10" (or "B3") → top-left row/col and size; undefined when not an A1 range. */
export function parseRange(address: string): { row: number; col: number; rows: number; cols: number } | undefined {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? '');
  if (!p || !q) return undefined;
  return { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}
