import { daysBetween, readDate } from '../core/coerce';
import { lateFeeOf } from '../staff/late';
import { dayOfNextMonth, type YearMonth } from '../staff/period';
import type { StaffScheme } from '../staff/scheme';
import { staffPreset } from '../staff/preset';
import { periodParts, ymdKey, type SubmissionKind } from './record';
import type { ConsolidationSettings } from './settings';

/** How late a submission came: the due day, calendar days after it, and the fee (staff only; null for county reports). */
export interface Lateness {
  readonly due: string;
  readonly days: number;
  readonly fee: number | null;
}

export type LatenessRead =
  | { readonly ok: true; readonly late: Lateness }
  /** No due day applies (county without reportDueDay), or the date or period could not be read. */
  | { readonly ok: false; readonly reason: 'no-due-day' | 'no-date' | 'before-period' };

/**
 * Lateness of a unit's submission for `period` ("2026-06") sent on `submitted` ("2026-07-12").
 * Staff (篇3 五 1): the engine's LATEFEE rule — due the scheme calendar's toHrBy of the following month, perDay
 * yuan each calendar day after. County: days after the settings' reportDueDay, no fee (RULES.md has none).
 */
export function latenessOf(
  kind: SubmissionKind,
  period: string,
  submitted: string | null,
  settings: ConsolidationSettings,
  staff: StaffScheme = staffPreset,
): LatenessRead {
  const p = periodParts(period);
  const d = submitted === null ? undefined : readDate(submitted);
  const dueDay = settings.reportDueDay;
  if (kind !== 'staff' && dueDay === null) return { ok: false, reason: 'no-due-day' };
  if (!p || !d) return { ok: false, reason: 'no-date' };
  const ym: YearMonth = { y: p.y, m: p.m };
  if (kind === 'staff') {
    const r = lateFeeOf(ym, d, staff.penalties.late.perDay, staff);
    return r.ok ? { ok: true, late: { due: ymdKey(r.fee.due), days: r.fee.days, fee: r.fee.amount } } : { ok: false, reason: 'before-period' };
  }
  if (dueDay === null) return { ok: false, reason: 'no-due-day' };
  if (d.y * 12 + d.m < p.y * 12 + p.m) return { ok: false, reason: 'before-period' };
  const due = dayOfNextMonth(ym, dueDay);
  return { ok: true, late: { due: ymdKey(due), days: Math.max(0, daysBetween(due, d)), fee: null } };
}
