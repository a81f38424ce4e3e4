import type { CellValue } from '../engine';
import type { Block } from '../host/port';
import type { SheetPlan } from './types';

/** Setting holding the fingerprint of the 排名结果 sheet as the add-in last wrote it. */
export const RESULTS_FINGERPRINT_KEY = 'perf.rank.fingerprint';
/** The same for 部门考核扣款 (HR's department penalties). */
export const PENALTY_FINGERPRINT_KEY = 'perf.penalties.fingerprint';
/** The same for 通报. */
export const NOTICE_FINGERPRINT_KEY = 'perf.notice.fingerprint';

/** A cell's value in a form every host reads back the same: numbers to 12 digits, dates as ISO, text as is. */
function canonical(v: CellValue): string | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'number') return String(Number(v.toPrecision(12)));
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** FNV-1a of one short line, as a number (the engine's hashOf goes through JSON: too slow per cell at 50k rows). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Fingerprint of the non-empty cells of some blocks: their count, and the sum and xor of each "row:col=value"
 * hash — independent of how the cells were split into blocks, and changed by any edited, added or cleared cell.
 */
function fingerprintOf(blocks: readonly { row: number; col: number; values: readonly (readonly CellValue[])[] }[]): string {
  let count = 0;
  let sum = 0;
  let xor = 0;
  for (const b of blocks) {
    b.values.forEach((r, i) => r.forEach((v, j) => {
      const c = canonical(v);
      if (c === undefined) return;
      const h = fnv1a(`${b.row + i}:${b.col + j}=${c}`);
      count += 1;
      sum = (sum + h) >>> 0;
      xor = (xor ^ h) >>> 0;
    }));
  }
  return `${count}:${sum.toString(16)}:${xor.toString(16)}`;
}

/** The fingerprint of the values a plan writes (its blocks never overlap). */
export const planFingerprint = (plan: SheetPlan): string => fingerprintOf(plan.blocks);

/** The fingerprint of a sheet's values as read back (its used range). */
export const blockFingerprint = (b: Block): string => fingerprintOf([{ row: b.origin.row, col: b.origin.col, values: b.values }]);
