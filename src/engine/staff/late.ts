import type { CellValue } from '../core/cell';
import { daysBetween, type YMD } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { argIssue, readArgOrNull } from '../args/read-arg';
import { dayOfNextMonth, monthText, readDateArg, readPeriodArg, ymdText, type YearMonth } from './period';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

export { staffCalendar } from './calendar';

/** A late fee once its dates are read: each calendar day after the due day costs perDay (篇3 五 1). */
export interface LateFee {
  readonly days: number;
  readonly amount: number;
  readonly due: YMD;
}

/** Days late and the fee, from dates already read; an issue when the submission predates the assessed month. */
export function lateFeeOf(
  period: YearMonth,
  submitted: YMD,
  perDay: number,
  scheme: StaffScheme,
): { readonly ok: true; readonly fee: LateFee } | { readonly ok: false; readonly submitted: string; readonly period: string } {
  if (submitted.y * 12 + submitted.m < period.y * 12 + period.m) return { ok: false, submitted: ymdText(submitted), period: monthText(period) };
  const due = dayOfNextMonth(period, scheme.calendar.toHrBy);
  const days = Math.max(0, daysBetween(due, submitted));
  // Yuan to the fen (amountPrecision): a per-day rate of 33.333 is not charged in fractions of a fen.
  return { ok: true, fee: { days, amount: roundHalfUp(days * perDay, scheme.amountPrecision), due } };
}

const PERIOD = { zh: '考核月份', en: 'assessed month' };
const SUBMITTED = { zh: '提交日期', en: 'submission date' };
const PER_DAY = { label: { zh: '每日罚款', en: 'fine per day' }, min: 0 };

/**
 * PERF.LATEFEE (篇3 五 1): the department summary is due to HR by the 10th of the month after the
 * assessed one; each calendar day after that costs perDay (default the scheme's 100 yuan).
 * `period` is any date in the assessed month or the month alone (2026-03, 2026年3月).
 * An omitted or blank perDay takes the scheme's amount.
 */
export function lateFee(period: CellValue, submitted: CellValue, perDay?: CellValue, scheme: StaffScheme = staffPreset): Result<LateFee> {
  const issues: Issue[] = [];
  const p = readPeriodArg(period, PERIOD, { field: PERIOD.zh }, issues);
  const s = readDateArg(submitted, SUBMITTED, { field: SUBMITTED.zh }, issues);
  if (s === null) issues.push(argIssue(SUBMITTED, { kind: 'blank' }));
  const rate = readArgOrNull(perDay, PER_DAY, issues) ?? scheme.penalties.late.perDay;
  if (!p || !s || issues.length > 0) return fail(issues);
  const r = lateFeeOf(p, s, rate, scheme);
  if (!r.ok) return fail([makeIssue('staff.submitted-before-period', { submitted: r.submitted, period: r.period }, { field: SUBMITTED.zh })]);
  // A rate of 1e308 a day overflows.
  if (!Number.isFinite(r.fee.amount)) return fail([argIssue(PER_DAY.label, { kind: 'too-large', value: rate })]);
  return ok(r.fee);
}
