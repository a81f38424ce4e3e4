import type { CellValue } from '../core/cell';
import { cleanText, halfWidth, isBlank, readDate, readText, type YMD } from '../core/coerce';
import { makeIssue, type FieldLocation, type Issue } from '../core/issue';
import type { Text } from '../core/text';
import { argIssue } from '../args/read-arg';

/** A calendar month. */
export interface YearMonth {
  readonly y: number;
  readonly m: number;
}

const MONTH_TEXT = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$/;

/**
 * The assessed month from any date in it (Date, Excel serial, 2026-03-15, 2026年3月15日)
 * or from a month alone: 2026-03, 2026/3, 2026.3, 2026年3月, 202603 (as text). undefined otherwise.
 */
export function readPeriod(v: CellValue | undefined): YearMonth | undefined {
  const d = readDate(v);
  if (d) return { y: d.y, m: d.m };
  if (typeof v !== 'string') return undefined;
  const m = MONTH_TEXT.exec(halfWidth(cleanText(v)));
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[3]);
  return mo >= 1 && mo <= 12 ? { y, m: mo } : undefined;
}

/** Day `day` of the month after `p` (December → January of the next year). */
export function dayOfNextMonth(p: YearMonth, day: number): YMD {
  return p.m === 12 ? { y: p.y + 1, m: 1, d: day } : { y: p.y, m: p.m + 1, d: day };
}

export const ymdText = (d: YMD): string => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
export const monthText = (p: YearMonth): string => `${p.y}-${String(p.m).padStart(2, '0')}`;

/** The assessed month from an argument or cell; an issue naming the field when blank or not a month. */
export function readPeriodArg(v: CellValue | undefined, label: Text, at: FieldLocation, issues: Issue[]): YearMonth | undefined {
  const p = readPeriod(v);
  if (p) return p;
  const t = readText(v);
  issues.push(t === null ? argIssue(label, { kind: 'blank' }, at) : makeIssue('staff.bad-period', { value: t }, at));
  return undefined;
}

/** A date argument: null when blank, undefined with an issue naming the field when it is not a date. */
export function readDateArg(v: CellValue | undefined, label: Text, at: FieldLocation, issues: Issue[]): YMD | null | undefined {
  if (isBlank(v)) return null;
  const d = readDate(v);
  if (d) return d;
  issues.push(makeIssue('staff.bad-date', { value: readText(v) ?? '', fieldEn: label.en }, at));
  return undefined;
}
