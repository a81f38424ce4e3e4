import type { CellValue } from '../core/cell';
import { daysBetween, readDate, readText, type YMD } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { readArg } from '../engineer/read-arg';
import { dayOfNextMonth, monthText, readPeriod, ymdText, type YearMonth } from './period';
import { staffPreset, type StaffScheme } from './scheme';

/** The month's calendar (篇3 四 2): assessment by the 5th, summary to HR by the 10th, settled by the 25th of the following month. */
export function staffCalendar(period: YearMonth, scheme: StaffScheme = staffPreset): { assessBy: YMD; toHrBy: YMD; settleBy: YMD } {
  const c = scheme.calendar;
  return { assessBy: dayOfNextMonth(period, c.assessBy), toHrBy: dayOfNextMonth(period, c.toHrBy), settleBy: dayOfNextMonth(period, c.settleBy) };
}

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
  return { ok: true, fee: { days, amount: days * perDay, due } };
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
  const p = readPeriod(period);
  if (!p) {
    if (readText(period) === null) issues.push(makeIssue('staff.arg-blank', { fieldEn: PERIOD.en }, { field: PERIOD.zh }));
    else issues.push(makeIssue('staff.bad-period', { value: readText(period) ?? '' }, { field: PERIOD.zh }));
  }
  const s = readDate(submitted);
  if (!s) {
    if (readText(submitted) === null) issues.push(makeIssue('staff.arg-blank', { fieldEn: SUBMITTED.en }, { field: SUBMITTED.zh }));
    else issues.push(makeIssue('staff.bad-date', { value: readText(submitted) ?? '', fieldEn: SUBMITTED.en }, { field: SUBMITTED.zh }));
  }
  const rate = perDay === undefined || readText(perDay) === null ? scheme.penalties.late.perDay : readArg(perDay, PER_DAY, 'staff', issues);
  if (!p || !s || rate === undefined || issues.length > 0) return fail(issues);
  const r = lateFeeOf(p, s, rate, scheme);
  if (!r.ok) return fail([makeIssue('staff.submitted-before-period', { submitted: r.submitted, period: r.period }, { field: SUBMITTED.zh })]);
  return ok(r.fee);
}
