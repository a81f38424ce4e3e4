import type { CellValue } from '../core/cell';
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
  | { readonly ok: false; readonly reason: 'blank' | 'no-number'; readonly text: string };

const OPS: ReadonlyArray<[string, TargetOp]> = [
  ['>=', '≥'], ['<=', '≤'], ['≥', '≥'], ['≤', '≤'], ['≧', '≥'], ['≦', '≤'], ['⩾', '≥'], ['⩽', '≤'], ['>', '>'], ['<', '<'], ['=', '='],
];
/** Longest trailing unit a bare number may carry and still be read as quantitative. */
const MAX_UNIT = 4;
const NUMBER_UNIT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*(.*)$/;

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
export function parseTargetValue(v: CellValue | undefined): TargetParse {
  const raw = readText(v ?? null);
  if (raw === null) return { ok: false, reason: 'blank', text: '' };
  if (typeof v === 'number') return { ok: true, target: { kind: 'quantitative', op: '=', value: v, unit: '', text: raw, assumedOp: true } };
  const t = halfWidth(raw).trim();
  const op = OPS.find(([sym]) => t.startsWith(sym));
  if (op) {
    const nu = numberAndUnit(t.slice(op[0].length).trim());
    if (!nu) return { ok: false, reason: 'no-number', text: raw };
    return { ok: true, target: { kind: 'quantitative', op: op[1], ...nu, text: raw, assumedOp: false } };
  }
  // A bare number with at most a short unit ("100%", "50个") is a target without its operator;
  // longer trailing text ("3个月内完成") stays qualitative.
  const nu = numberAndUnit(t);
  if (nu && (readNumber(raw).ok || (nu.unit.length <= MAX_UNIT && !/\d/.test(nu.unit)))) {
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
export function readMeasure(v: CellValue | undefined): number | undefined {
  const n = readNumber(v);
  if (n.ok) return n.value;
  if (n.kind !== 'text') return undefined;
  const t = parseTargetValue(v);
  return t.ok && t.target.kind === 'quantitative' && t.target.assumedOp ? t.target.value : undefined;
}
