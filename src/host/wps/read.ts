/**
 * Block reads on ET. A read is one Value2 of a range; ET's UsedRange also covers formatted empty cells, so it is
 * trimmed to the cells holding values (the port's used range). Then, per block: error cells (Value2 gives their error
 * code, Text their "#N/A"), percent-formatted cells (Block.percentFormats) and merged areas (Block.merges), each found
 * by asking whole ranges and halving only where the answer is mixed (NumberFormat / MergeCells read null) — a few
 * calls for a sheet of uniform columns, never one per cell.
 */
import { a1, type CellValue } from '../../engine/core/cell';
import type { Block } from '../port';
import { intersect, parseRange, rectAddress, type Rect } from '../range';
import { asMatrix, ERROR_BY_CODE, errorText, fromEt } from './cells';
import { isPercentFormat } from '../number-format';
import type { EtApp, EtRange, EtSheet } from './et';

/** Values read from a sheet and the rectangle they cover (undefined: no cell holds a value). */
export interface Read {
  readonly rect: Rect | undefined;
  readonly values: CellValue[][];
}

/** Raw Value2 rows at (top, left) → CellValues, error codes confirmed by the cell's Text. */
function normalize(ws: EtSheet, raw: unknown[][], top: number, left: number): CellValue[][] {
  return raw.map((row, i) =>
    row.map((v, j) => {
      if (typeof v === 'number' && ERROR_BY_CODE.has(v)) {
        const text = errorText(ws.Range(a1(top + i, left + j)).Text);
        if (text !== undefined) return text;
      }
      return fromEt(v);
    }),
  );
}

const sizeOf = (r: Rect): { rows: number; cols: number } => ({ rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });

/** The values of `r`, empty cells as null. */
export function readRect(ws: EtSheet, r: Rect): CellValue[][] {
  const { rows, cols } = sizeOf(r);
  return normalize(ws, asMatrix(ws.Range(rectAddress(r)).Value2, rows, cols), r.top, r.left);
}

/** The sheet's values from the first to the last cell holding one (ET's UsedRange, trimmed of empty borders). */
export function usedValues(ws: EtSheet): Read {
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const values = normalize(ws, asMatrix(used.Value2, used.Rows.Count, used.Columns.Count), top, left);
  let t = Infinity;
  let l = Infinity;
  let b = -1;
  let r = -1;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      t = Math.min(t, i);
      b = Math.max(b, i);
      l = Math.min(l, j);
      r = Math.max(r, j);
    }),
  );
  if (b < 0) return { rect: undefined, values: [] };
  return { rect: { top: top + t, left: left + l, bottom: top + b, right: left + r }, values: values.slice(t, b + 1).map((row) => row.slice(l, r + 1)) };
}

/**
 * A rectangle cut in two, as sheets are laid out: by columns first (a column usually shares one format), then the
 * block's header row off the rest, then rows in halves. One part for a single cell.
 */
function halves(r: Rect, headerRow: number): [Rect, Rect?] {
  const { rows, cols } = sizeOf(r);
  if (cols > 1) {
    const mid = r.left + Math.floor(cols / 2) - 1;
    return [{ ...r, right: mid }, { ...r, left: mid + 1 }];
  }
  if (rows === 1) return [r];
  const mid = r.top === headerRow ? r.top : r.top + Math.floor(rows / 2) - 1;
  return [{ ...r, bottom: mid }, { ...r, top: mid + 1 }];
}

/** Scans both halves of `r` (nothing more to ask of a single cell whose answer was mixed). */
function inHalves(r: Rect, headerRow: number, scan: (part: Rect) => void): void {
  const [a, b] = halves(r, headerRow);
  if (!b) return;
  scan(a);
  scan(b);
}

/** The parts of `r` outside `cut` (at most four rectangles). */
function subtract(r: Rect, cut: Rect): Rect[] {
  const inner = intersect(r, cut);
  if (!inner) return [r];
  const parts: Rect[] = [];
  if (inner.top > r.top) parts.push({ ...r, bottom: inner.top - 1 });
  if (inner.bottom < r.bottom) parts.push({ ...r, top: inner.bottom + 1 });
  if (inner.left > r.left) parts.push({ top: inner.top, bottom: inner.bottom, left: r.left, right: inner.left - 1 });
  if (inner.right < r.right) parts.push({ top: inner.top, bottom: inner.bottom, left: inner.right + 1, right: r.right });
  return parts;
}

/** Cells of `rect` holding a value whose number format is a percentage, address → format. */
function percentCells(ws: EtSheet, rect: Rect, values: readonly (readonly CellValue[])[]): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  const valued = (r: Rect, each?: (row: number, col: number) => void): boolean => {
    let any = false;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (values[row - rect.top]?.[col - rect.left] === null) continue;
        any = true;
        if (!each) return true;
        each(row, col);
      }
    }
    return any;
  };
  const scan = (r: Rect): void => {
    if (!valued(r)) return;
    const format = ws.Range(rectAddress(r)).NumberFormat;
    if (typeof format === 'string') {
      if (isPercentFormat(format)) valued(r, (row, col) => ((out ??= {})[a1(row, col)] = format));
      return;
    }
    inHalves(r, rect.top, scan);
  };
  scan(rect);
  return out;
}

/** Merged areas meeting `rect`, as A1 ranges in sheet coordinates (an area may reach outside `rect`). */
function mergedAreas(ws: EtSheet, rect: Rect): string[] {
  const found = new Set<string>();
  const scan = (r: Rect): void => {
    const merged = ws.Range(rectAddress(r)).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      const area = parseRange(ws.Range(a1(r.top, r.left)).MergeArea.Address(false, false));
      found.add(rectAddress(area));
      for (const rest of subtract(r, area)) scan(rest);
      return;
    }
    inHalves(r, rect.top, scan);
  };
  scan(rect);
  return [...found];
}

/** A Block of `values` at `rect` on `sheet`, with its percent-formatted cells and merged areas. */
export function blockOf(ws: EtSheet, sheet: string, read: Read): Block {
  const { rect, values } = read;
  if (!rect) return { sheet, address: 'A1', origin: { row: 1, col: 1 }, values: [] };
  const percentFormats = percentCells(ws, rect, values);
  const merges = mergedAreas(ws, rect);
  return {
    sheet,
    address: rectAddress(rect),
    origin: { row: rect.top, col: rect.left },
    values,
    ...(percentFormats ? { percentFormats } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** The selected range (its first area) and its sheet; null when nothing range-like is selected (a chart, a shape). */
export function selectedRect(app: EtApp): { sheet: string; rect: Rect } | null {
  const sel = app.Selection as Partial<EtRange> | null | undefined;
  if (!sel || typeof sel !== 'object' || typeof sel.Address !== 'function' || !sel.Worksheet) return null;
  const area = sel.Areas && sel.Areas.Count > 1 ? sel.Areas.Item(1) : (sel as EtRange);
  const top = area.Row;
  const left = area.Column;
  return { sheet: area.Worksheet.Name, rect: { top, left, bottom: top + area.Rows.Count - 1, right: left + area.Columns.Count - 1 } };
}

/** The used part of a selection (selection ∩ the sheet's used range), or its corner with no values. */
export function selectionBlock(ws: EtSheet, sheet: string, sel: Rect, used: Read): Block {
  const part = used.rect && intersect(sel, used.rect);
  if (!part || !used.rect) return { sheet, address: a1(sel.top, sel.left), origin: { row: sel.top, col: sel.left }, values: [] };
  const from = used.rect;
  const values = used.values.slice(part.top - from.top, part.bottom - from.top + 1).map((row) => row.slice(part.left - from.left, part.right - from.left + 1));
  return blockOf(ws, sheet, { rect: part, values });
}
