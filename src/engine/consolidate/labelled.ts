import { a1, type CellValue, type Origin } from '../core/cell';
import { cleanText, halfWidth, readText } from '../core/coerce';

/** A value a submission gives outside its table's columns: where it is and what it says. */
export interface Labelled {
  readonly value: CellValue;
  readonly cell: string;
  /** Column form only: other cells of the column holding a different value. */
  readonly differing?: readonly string[];
}

const compact = (t: string): string => halfWidth(cleanText(t)).replace(/[\s\u3000]+/g, '').toLowerCase();
const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label as a pattern: any spaces between its characters, then a colon or the end of the cell. */
const labelPattern = (label: string): RegExp =>
  new RegExp(`^${[...compact(label)].map(escape).join('\\s*')}\\s*(?::|$)`, 'i');

/** What follows the label a cell starts with ("报送日期：2026-07-08" → "2026-07-08"; "报送日期" → ""). */
function splitLabel(v: CellValue | undefined, patterns: readonly RegExp[]): { rest: string } | undefined {
  const t = readText(v ?? null);
  if (t === null) return undefined;
  const h = halfWidth(t);
  for (const p of patterns) {
    const m = p.exec(h);
    if (m) return { rest: h.slice(m[0].length).trim() };
  }
  return undefined;
}

/**
 * A value labelled by one of `labels` (compared without spaces, half width, lower case), the way offices fill in a
 * form: in the rows above the table's header, "报送日期：2026-07-08" in one cell or "报送日期" with the value in
 * the next non-blank cell to its right; or a column of that name in the header row, read down its data rows
 * (every row should say the same; the cells that do not are returned in `differing`). Undefined when none.
 */
export function findLabelled(
  values: readonly (readonly CellValue[])[],
  origin: Origin,
  headerRow: number,
  labels: readonly string[],
): Labelled | undefined {
  const patterns = labels.map(labelPattern);
  const names = labels.map(compact);
  const top = Math.max(0, Math.min(values.length, headerRow - origin.row));
  for (let r = 0; r < top; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const hit = splitLabel(row[c], patterns);
      if (!hit) continue;
      if (hit.rest !== '') return { value: hit.rest, cell: a1(origin.row + r, origin.col + c) };
      for (let k = c + 1; k < row.length; k++) {
        if (readText(row[k] ?? null) !== null) return { value: row[k]!, cell: a1(origin.row + r, origin.col + k) };
      }
    }
  }
  return inColumn(values, origin, top, names);
}

/** The labelled column of the header row: its first non-blank value, and the cells that differ from it. */
function inColumn(values: readonly (readonly CellValue[])[], origin: Origin, h: number, names: readonly string[]): Labelled | undefined {
  const header = values[h] ?? [];
  const col = header.findIndex((v) => {
    const t = readText(v ?? null);
    return t !== null && names.includes(compact(t));
  });
  if (col < 0) return undefined;
  let first: Labelled | undefined;
  const differing: string[] = [];
  for (let r = h + 1; r < values.length; r++) {
    const v = values[r]?.[col] ?? null;
    if (readText(v) === null) continue;
    const cell = a1(origin.row + r, origin.col + col);
    if (!first) first = { value: v, cell };
    else if (readText(v) !== readText(first.value)) differing.push(cell);
  }
  return first && (differing.length > 0 ? { ...first, differing } : first);
}
