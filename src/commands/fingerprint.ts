import { a1, type CellValue } from '../engine';
import type { Block } from '../host/port';
import type { SheetPlan } from './types';

/** Setting holding the fingerprint of the 排名结果 sheet as the add-in last wrote it. */
export const RESULTS_FINGERPRINT_KEY = 'perf.rank.fingerprint';

const WIDE = 16384;

/** A cell's value in a form every host reads back the same: numbers to 12 digits, dates as ISO, text as is. */
function canonical(v: CellValue): string | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function fingerprintOf(cells: Map<number, string>): string {
  // FNV-1a over "A1=value" lines in row-major order: small to store, and any edited cell changes it.
  let h = 0x811c9dc5;
  for (const key of [...cells.keys()].sort((a, b) => a - b)) {
    const line = `${a1(Math.floor(key / WIDE) + 1, (key % WIDE) + 1)}=${cells.get(key)!}\n`;
    for (let i = 0; i < line.length; i++) {
      h ^= line.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return `${cells.size}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

function put(cells: Map<number, string>, row: number, col: number, values: readonly (readonly CellValue[])[]): void {
  values.forEach((r, i) => r.forEach((v, j) => {
    const c = canonical(v);
    if (c !== undefined) cells.set((row + i - 1) * WIDE + (col + j - 1), c);
  }));
}

/** The fingerprint of the values a plan writes. */
export function planFingerprint(plan: SheetPlan): string {
  const cells = new Map<number, string>();
  for (const b of plan.blocks) put(cells, b.row, b.col, b.values);
  return fingerprintOf(cells);
}

/** The fingerprint of a sheet's values as read back (its used range). */
export function blockFingerprint(b: Block): string {
  const cells = new Map<number, string>();
  put(cells, b.origin.row, b.origin.col, b.values);
  return fingerprintOf(cells);
}
