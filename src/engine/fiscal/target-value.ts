import { isExcelError, type CellValue } from '../core/cell';
import { cleanText, halfWidth, readNumber, readText } from '../core/coerce';

/** Comparison of a quantitative 指标值: higher is better (≥ >), lower is better (≤ <), or equal (=). */
export type TargetOp = '≥' | '>' | '=' | '<' | '≤';

/**
 * A parsed 指标值. Percent targets keep the number as a fraction (≥95% → 0.95) so that
 * actuals typed as 98% or held in percent-formatted cells (0.98) compare directly.
 */
export type TargetValue =
  | { readonly kind: 'quantitative'; readonly op: TargetOp; readonly value: number; readonly unit: string; readonly text: string; readonly assumedOp: boolean }
  | { readonly kind: 'qualitative'; readonly text: string };

export type TargetParse =
  | { readonly ok: true; readonly target: TargetValue }
  | { readonly ok: false; readonly reason: 'blank' | 'no-number' | 'excel-error'; readonly text: string };

const OPS: ReadonlyArray<[string, TargetOp]> = [
  ['>=', '≥'], ['<=', '≤'], ['≥', '≥'], ['≤', '≤'], ['≧', '≥'], ['≦', '≤'], ['⩾', '≥'], ['⩽', '≤'], ['>', '>'], ['<', '<'], ['=', '='],
];
/** Operators written in words, before the number (不低于95%) or after it (95%以上); 以上/以下 include the number. */
const WORD_OPS: ReadonlyArray<[string, TargetOp]> = [
  ['大于等于', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['小于等于', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不多于', '≤'], ['不大于', '≤'],
  ['大于', '>'], ['高于', '>'], ['多于', '>'], ['超过', '>'], ['小于', '<'], ['低于', '<'], ['少于', '<'], ['等于', '='],
];
const WORD_SUFFIXES: ReadonlyArray<[string, TargetOp]> = [['及以上', '≥'], ['以上', '≥'], ['及以下', '≤'], ['以下', '≤'], ['以内', '≤']];

/** Longest trailing unit a bare number may carry and still be read as quantitative. */
const MAX_UNIT = 4;
const NUMBER_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*(.*)$/;

const shortUnit = (unit: string): boolean => unit.length <= MAX_UNIT && !/\d/.test(unit);

/** Read "number + unit" ("50个", "90万元", "95%"); undefined when no number leads. */
function numberAndUnit(t: string): { value: number; unit: string } | undefined {
  const m = NUMBER_UNIT.exec(t);
  if (!m || m[1] === undefined || !/\d/.test(m[1])) return undefined;
  const unit = cleanText(m[2] ?? '');
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  // ≥95% → 0.95 (see TargetValue), without binary noise.
  const value = unit.startsWith('%') ? Number((n / 100).toPrecision(15)) : n;
  return { value, unit };
}

/**
 * Parse a 指标值 (FISCAL.md §1): an operator (≥ > = < ≤, ASCII >= <=, full width too), a number
 * and a unit — or qualitative text such as 达成预期指标. A bare number (100, "100%") reads as "="
 * with `assumedOp`, so the caller can say so.
 */
export function parseTargetValue(cell: CellValue | undefined): TargetParse {
  const v = cell ?? null;
  const raw = readText(v);
  if (raw === null) return { ok: false, reason: 'blank', text: '' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { ok: false, reason: 'no-number', text: raw };
  if (typeof v === 'number') return { ok: true, target: { kind: 'quantitative', op: '=', value: v, unit: '', text: raw, assumedOp: true } };
  // #N/A is not qualitative text; it must be fixed.
  if (isExcelError(raw)) return { ok: false, reason: 'excel-error', text: raw.toUpperCase() };
  let hit = parsed.get(raw);
  if (!hit) {
    if (parsed.size >= 5000) parsed.clear();
    hit = parseText(raw);
    parsed.set(raw, hit);
  }
  return hit;
}

/** 指标值 texts repeat from project to project: each is parsed once (bounded). */
const parsed = new Map<string, TargetParse>();

function parseText(raw: string): TargetParse {
  const t = halfWidth(raw).trim();
  const op = OPS.find(([sym]) => t.startsWith(sym));
  if (op) {
    const nu = numberAndUnit(t.slice(op[0].length).trim());
    if (!nu) return { ok: false, reason: 'no-number', text: raw };
    return { ok: true, target: { kind: 'quantitative', op: op[1], ...nu, text: raw, assumedOp: false } };
  }
  const word = WORD_OPS.find(([w]) => t.startsWith(w));
  const suffix = word ? undefined : WORD_SUFFIXES.find(([w]) => t.endsWith(w));
  const rest = word ? t.slice(word[0].length) : suffix ? t.slice(0, -suffix[0].length) : undefined;
  const worded = rest === undefined ? undefined : numberAndUnit(rest.trim());
  // Words without a number after them (高于去年水平) stay qualitative.
  if (worded && shortUnit(worded.unit)) return { ok: true, target: { kind: 'quantitative', op: (word ?? suffix)![1], ...worded, text: raw, assumedOp: false } };
  // A bare number with at most a short unit ("100%", "50个") is a target without its operator;
  // longer trailing text ("3个月内完成") stays qualitative.
  const nu = numberAndUnit(t);
  if (nu && (readNumber(raw).ok || shortUnit(nu.unit))) {
    return { ok: true, target: { kind: 'quantitative', op: '=', ...nu, text: raw, assumedOp: true } };
  }
  return { ok: true, target: { kind: 'qualitative', text: raw } };
}

/** Higher is better for ≥ and >. */
export const higherIsBetter = (op: TargetOp): boolean => op === '≥' || op === '>';

/** Is `actual` short of the target per its operator (FISCAL.md §2)? `tolerance` is relative, for "=". */
export function isShort(actual: number, t: { op: TargetOp; value: number }, tolerance: number): boolean {
  switch (t.op) {
    case '≥': return actual < t.value;
    case '>': return actual <= t.value;
    case '≤': return actual > t.value;
    case '<': return actual >= t.value;
    case '=': return !nearlyEqual(actual, t.value, tolerance);
  }
}

/** Equal within a relative tolerance (FISCAL.md §3, "=" indicators). */
export function nearlyEqual(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Read an actual or forecast value: a number, "98%" (→ 0.98, like a percent target) or "48个". */
export function readMeasure(cell: CellValue | undefined): number | undefined {
  const v = cell ?? null;
  const n = readNumber(v);
  if (n.ok) return n.value;
  if (n.kind !== 'text' || typeof v !== 'string') return undefined;
  const t = parseTargetValue(v);
  return t.ok && t.target.kind === 'quantitative' && t.target.assumedOp ? t.target.value : undefined;
}

/** An actual or forecast read against its target; `percentAssumed` when a bare number was read as a percent. */
export interface ActualRead {
  readonly value: number;
  readonly percentAssumed: boolean;
}

/**
 * Read an actual or forecast against its target. Percent targets hold fractions (≥95% → 0.95), and so do
 * percent-formatted cells (98% → 0.98); a bare number of 1 or more and above 10 × such a target (98
 * against 95%) can only mean a percent typed without its sign, so it is read as 98% and the caller says so.
 */
export function readActual(v: CellValue | undefined, target: { readonly value: number; readonly unit: string }): ActualRead | undefined {
  const n = readMeasure(v);
  if (n === undefined) return undefined;
  const typedPercent = typeof v === 'string' && halfWidth(v).includes('%');
  if (!target.unit.startsWith('%') || typedPercent || n <= 0 || target.value < 0) return { value: n, percentAssumed: false };
  // 1.02 is a percent-formatted 102%; only numbers from 1 up that dwarf the target are read as typed percents.
  const bare = n >= 1 && n > 10 * target.value;
  return bare ? { value: Number((n / 100).toPrecision(15)), percentAssumed: true } : { value: n, percentAssumed: false };
}
