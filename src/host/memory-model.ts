/**
 * The plain-data state of an in-memory workbook: sparse cells by position, per-cell fill/note/format,
 * and range-level records (formats, validation lists, conditional formats, charts, tables).
 * Plain objects and Maps only, so a whole state can be cloned with structuredClone for rollback.
 */
import { a1, type CellValue } from '../engine/core/cell';
import { isPercentFormat } from './number-format';
import type { Block, ChartRecord, ColorRule, PageSetup, RangeFormat, TableRef } from './port';
import { contains, intersect, parseRange, rectAddress, type Rect } from './range';

export interface MemCell {
  value: CellValue;
  /** A formula the user typed; with value null it has no computed value (a file saved without calculation). */
  formula?: string;
  fill?: string;
  note?: string;
  numberFormat?: string;
}

export interface MemSheet {
  name: string;
  hidden: boolean;
  /** key = (row - 1) * COLS + (col - 1) */
  cells: Map<number, MemCell>;
  formats: { rect: Rect; fmt: RangeFormat }[];
  validations: { rect: Rect; items: string[] }[];
  conditional: { rect: Rect; rules: ColorRule[] }[];
  charts: ChartRecord[];
  tables: TableRef[];
  /** Merged areas; only their top-left cell holds a value. */
  merges: Rect[];
  /** How the sheet prints, as the port last set it. */
  page?: PageSetup;
}

export interface MemState {
  sheets: MemSheet[];
  active: string;
  selection: { sheet: string; address: string } | null;
}

const COLS = 16384;
export const keyOf = (row: number, col: number): number => (row - 1) * COLS + (col - 1);
export const posOf = (key: number): { row: number; col: number } => ({
  row: Math.floor(key / COLS) + 1,
  col: (key % COLS) + 1,
});

export function newSheet(name: string, hidden = false): MemSheet {
  return { name, hidden, cells: new Map(), formats: [], validations: [], conditional: [], charts: [], tables: [], merges: [] };
}

/** The rectangle around every cell holding a value or a formula; undefined for a sheet without values. */
export function usedRect(sheet: MemSheet): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === undefined) continue;
    const { row, col } = posOf(key);
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/** Values of a rectangle, rows × columns, empty cells as null (Dates copied so callers cannot alias). */
export function readRect(sheet: MemSheet, r: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const v = sheet.cells.get(keyOf(row, col))?.value ?? null;
      line.push(v instanceof Date ? new Date(v.getTime()) : v);
    }
    out.push(line);
  }
  return out;
}

/**
 * The percent-formatted cells of a rectangle that hold a value (Block.percentFormats): a cell's own format (put,
 * write's text columns) wins, else the last range format covering it, as MemoryWorkbook.numberFormat reads it.
 */
export function percentFormatsIn(sheet: MemSheet, r: Rect): Record<string, string> | undefined {
  const ranged = sheet.formats.some((f) => f.fmt.numberFormat !== undefined && intersect(f.rect, r) !== undefined);
  let out: Record<string, string> | undefined;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null) continue;
    const { row, col } = posOf(key);
    if (!contains(r, row, col)) continue;
    const address = a1(row, col);
    const format = cell.numberFormat ?? (ranged ? formatAt(sheet, address).numberFormat : undefined);
    if (format !== undefined && isPercentFormat(format)) (out ??= {})[address] = format;
  }
  return out;
}

/** The block of `r` as the port reads it: values, the merged areas meeting it and its formulas without a value. */
export function blockOf(sheet: MemSheet, r: Rect): Block {
  const merges = sheet.merges.filter((m) => intersect(m, r)).map(rectAddress);
  const uncomputed: string[] = [];
  const percentFormats = percentFormatsIn(sheet, r);
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined || cell.value !== null) continue;
    const { row, col } = posOf(key);
    if (contains(r, row, col)) uncomputed.push(rectAddress({ top: row, left: col, bottom: row, right: col }));
  }
  return {
    sheet: sheet.name,
    address: rectAddress(r),
    origin: { row: r.top, col: r.left },
    values: readRect(sheet, r),
    ...(merges.length > 0 ? { merges } : {}),
    ...(uncomputed.length > 0 ? { uncomputed } : {}),
    ...(percentFormats ? { percentFormats } : {}),
  };
}

/** Gets the cell at `row`,`col`, creating an empty one when asked to. */
export function cellAt(sheet: MemSheet, row: number, col: number, create: true): MemCell;
export function cellAt(sheet: MemSheet, row: number, col: number, create?: false): MemCell | undefined;
export function cellAt(sheet: MemSheet, row: number, col: number, create = false): MemCell | undefined {
  const key = keyOf(row, col);
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = { value: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops cells that hold nothing at all, so used ranges and clones stay small. */
export function prune(sheet: MemSheet, key: number): void {
  const c = sheet.cells.get(key);
  if (c && c.value === null && c.formula === undefined && c.fill === undefined && c.note === undefined && c.numberFormat === undefined) {
    sheet.cells.delete(key);
  }
}

/** The format properties in force at one cell: later range formats win. */
export function formatAt(sheet: MemSheet, address: string): RangeFormat {
  const { top: row, left: col } = parseRange(address);
  let out: RangeFormat = {};
  for (const f of sheet.formats) if (contains(f.rect, row, col)) out = { ...out, ...f.fmt };
  return out;
}

/** The fill a conditional-format rule gives `address` (by its displayed text), if any. */
export function conditionalFillAt(sheet: MemSheet, address: string): ColorRule | undefined {
  const { top: row, left: col } = parseRange(address);
  const value = sheet.cells.get(keyOf(row, col))?.value ?? null;
  const shown = value === null ? '' : String(value);
  let hit: ColorRule | undefined;
  for (const c of sheet.conditional) {
    if (!contains(c.rect, row, col)) continue;
    hit = c.rules.find((r) => r.equals === shown) ?? hit;
  }
  return hit;
}

/** The validation list in force at `address`, if any. */
export function validationAt(sheet: MemSheet, address: string): string[] | undefined {
  const { top: row, left: col } = parseRange(address);
  let items: string[] | undefined;
  for (const v of sheet.validations) if (contains(v.rect, row, col)) items = v.items;
  return items;
}
