import { isExcelError, type CellValue } from './cell';

/** The result of reading a number as people really type it. */
export type NumberRead =
  | { readonly ok: true; readonly value: number; readonly coerced: boolean }
  | { readonly ok: false; readonly kind: 'blank' | 'excel-error' | 'text'; readonly text: string };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const SPACES = /[\s\u00A0\u3000\u2000-\u200B\uFEFF]/g;

/** Full-width ASCII (９０，．％) → half-width; the Unicode minus and the Chinese 、。 kept apart. */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u2212\u2013\u2014]/g, '-');
}

/** Trim every kind of space, including the ideographic one and zero-width ones. */
export function cleanText(v: string): string {
  return v.replace(/^[\s\u00A0\u3000\u200B\uFEFF]+|[\s\u00A0\u3000\u200B\uFEFF]+$/g, '');
}

/** A string cleanText returns unchanged and non-empty: no surrounding space of any kind. The common case, checked cheaply. */
export function isCleanText(v: string): boolean {
  if (v.length === 0) return false;
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(v.length - 1);
  return a > 0x20 && b > 0x20 && a !== 0xa0 && b !== 0xa0 && a !== 0x3000 && b !== 0x3000 && a !== 0x200b && b !== 0x200b && a !== 0xfeff && b !== 0xfeff;
}

/**
 * Blank as a clerk sees it: nothing, or only spaces (the ideographic and zero-width ones included).
 * The one blank test of every layer: 0, FALSE and "0" are values, never blank.
 */
export const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && !isCleanText(v) && cleanText(v) === '');

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Read a cell as a number. Accepts numbers, numbers stored as text, full-width digits (９０),
 * a trailing % (85% → 0.85), thousands separators (1,234.5), stray spaces and a trailing 分 or 元.
 * Blank, Excel error values and other text are not numbers — never 0.
 */
export function readNumber(v: CellValue | undefined): NumberRead {
  if (v === null || v === undefined) return { ok: false, kind: 'blank', text: '' };
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { ok: true, value: v, coerced: false } : { ok: false, kind: 'text', text: String(v) };
  }
  if (typeof v === 'boolean') return { ok: false, kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  // An invalid Date is a date cell Excel shows as #VALUE!: the same error as the text "#VALUE!".
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { ok: false, kind: 'excel-error', text: '#VALUE!' } : { ok: false, kind: 'text', text: dateText(v) };
  const original = v;
  if (cleanText(v) === '') return { ok: false, kind: 'blank', text: original };
  if (isExcelError(v)) return { ok: false, kind: 'excel-error', text: cleanText(v).toUpperCase() };
  let t = halfWidth(v).replace(SPACES, '');
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1);
  } else if (t.endsWith('分') || t.endsWith('元')) {
    t = t.slice(0, -1);
  }
  if (THOUSANDS.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return { ok: false, kind: 'text', text: original };
  const n = Number(t) * scale;
  if (!Number.isFinite(n)) return { ok: false, kind: 'text', text: original };
  // Undo binary noise from the percent scaling (85% → 0.85, not 0.8500000000000001).
  const value = scale === 1 ? n : Number(n.toPrecision(15));
  return { ok: true, value, coerced: true };
}

/** Read a cell as text: null for blank, trimmed otherwise. Numbers become their plain text. */
export function readText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = cleanText(v);
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return dateText(v);
}

/** A Date as 2026-03-12 (UTC day); an invalid Date as the text Excel would show for it. */
function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '#VALUE!' : d.toISOString().slice(0, 10);
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel date serial (1900 system) → a UTC date. */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.round(serial * DAY_MS));
}

/** A date → its Excel serial (whole days, UTC). */
export function dateToSerial(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** A calendar day as year, month (1–12), day. */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Read a cell as a calendar day: a Date, an Excel serial number, or text such as
 * 2026-03-12, 2026/3/12, 2026.3.12 or 2026年3月12日. undefined when it is none of these.
 */
export function readDate(v: CellValue | undefined): YMD | undefined {
  if (v === null || v === undefined || typeof v === 'boolean') return undefined;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return undefined;
    return readDate(serialToDate(v));
  }
  const m = DATE_TEXT.exec(halfWidth(cleanText(v)));
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return { y, m: mo, d };
}

/** Days from a to b (b − a), whole calendar days. */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}
