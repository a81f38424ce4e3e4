/**
 * A block of cells as an office's sheet really holds them: merged areas count as their top-left value across
 * the area (Excel, WPS and ExcelJS give only the top-left cell a value), and formula cells a file carries without
 * a computed value are known, so no reader takes them for blanks.
 */
import { a1, parseA1, type CellValue, type Origin } from './cell';

/** A rectangle in block coordinates: 0-based, inclusive; it may reach outside the block. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** The cells, each merged area's top-left value across it; the input itself when nothing is merged. */
  readonly values: readonly (readonly CellValue[])[];
  /** The cells as the host gave them (a merged area's other cells empty). */
  readonly raw: readonly (readonly CellValue[])[];
  readonly origin: Origin;
  /** Whether any merged area meets the block. */
  readonly merged: boolean;
  /** Whether any formula without a computed value lies in the block. */
  readonly hasUncomputed: boolean;
  /** Index of the merged area covering block cell (r, c), or -1. */
  areaAt(r: number, c: number): number;
  /** Block row where merged area `i` starts (negative when above the block). */
  areaTop(i: number): number;
  /** The sheet address holding block cell (r, c)'s value: its merged area's top-left, or the cell itself. */
  address(r: number, c: number): string;
  /** Whether block cell (r, c) — or the top-left of its merged area — is a formula without a computed value. */
  isUncomputed(r: number, c: number): boolean;
}

/** "B3:D4" or "B3" → its rectangle in block coordinates; undefined when not an A1 range. */
function areaOf(range: string, origin: Origin): Area | undefined {
  const bare = range.slice(range.lastIndexOf('!') + 1);
  const [from, to = from] = bare.split(':');
  const a = from === undefined ? undefined : parseA1(from);
  const b = to === undefined ? undefined : parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row) - origin.row,
    left: Math.min(a.col, b.col) - origin.col,
    bottom: Math.max(a.row, b.row) - origin.row,
    right: Math.max(a.col, b.col) - origin.col,
  };
}

/** Key of a block cell in the merged-cell index (columns beyond Excel's 16,384 never occur). */
const keyOf = (r: number, c: number): number => r * 16384 + c;

/** The block `values` at `origin` with the layout the host gave (origin.layout): merges filled, uncomputed cells known. */
export function gridOf(values: readonly (readonly CellValue[])[], origin: Origin): Grid {
  const height = values.length;
  const areas: Area[] = [];
  const cover = new Map<number, number>();
  let filled: CellValue[][] | undefined;
  for (const range of origin.layout?.merges ?? []) {
    const area = areaOf(range, origin);
    if (!area || area.bottom < 0 || area.top >= height || area.right < 0) continue;
    const i = areas.push(area) - 1;
    const master = area.top >= 0 && area.left >= 0 ? (values[area.top]?.[area.left] ?? null) : null;
    for (let r = Math.max(area.top, 0); r <= Math.min(area.bottom, height - 1); r++) {
      for (let c = Math.max(area.left, 0); c <= area.right; c++) {
        cover.set(keyOf(r, c), i);
        if (master === null || (r === area.top && c === area.left)) continue;
        filled ??= values.map((row) => row as CellValue[]);
        if (filled[r] === values[r]) filled[r] = [...values[r]!];
        const row = filled[r]!;
        while (row.length <= c) row.push(null);
        row[c] = master;
      }
    }
  }
  const uncomputed = new Set((origin.layout?.uncomputed ?? []).map((a) => a.trim().toUpperCase().replace(/\$/g, '')));
  const address = (r: number, c: number): string => {
    const i = cover.size > 0 ? cover.get(keyOf(r, c)) : undefined;
    const area = i === undefined ? undefined : areas[i];
    const [mr, mc] = area && area.top >= 0 && area.left >= 0 ? [area.top, area.left] : [r, c];
    return a1(origin.row + mr, origin.col + mc);
  };
  return {
    values: filled ?? values,
    raw: values,
    origin,
    merged: areas.length > 0,
    hasUncomputed: uncomputed.size > 0,
    areaAt: (r, c) => (cover.size > 0 ? (cover.get(keyOf(r, c)) ?? -1) : -1),
    areaTop: (i) => areas[i]?.top ?? 0,
    address,
    isUncomputed: (r, c) => uncomputed.size > 0 && uncomputed.has(address(r, c)),
  };
}
