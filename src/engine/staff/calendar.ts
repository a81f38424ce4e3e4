import { daysBetween, type YMD } from '../core/coerce';
import { makeIssue, type FieldLocation, type Issue } from '../core/issue';
import type { Text } from '../core/text';
import { dayOfNextMonth, monthText, ymdText, type YearMonth } from './period';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

/** The month's calendar (篇3 四 2): assessment by the 5th, summary to HR by the 10th, settled by the 25th of the following month. */
export function staffCalendar(period: YearMonth, scheme: StaffScheme = staffPreset): { assessBy: YMD; toHrBy: YMD; settleBy: YMD } {
  const c = scheme.calendar;
  return { assessBy: dayOfNextMonth(period, c.assessBy), toHrBy: dayOfNextMonth(period, c.toHrBy), settleBy: dayOfNextMonth(period, c.settleBy) };
}

/** The calendar's dates other than the summary's (whose lateness is a fee, 篇3 五 1). */
export type CalendarDate = 'assessedOn' | 'settledOn';

/** 5 → "5th", 21 → "21st". */
const nth = (d: number): string => {
  const teen = d % 100 >= 11 && d % 100 <= 13;
  return `${d}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th')}`;
};

/** What each date is held to, in the calendar's words. */
const DEADLINE: Readonly<Record<CalendarDate, { key: 'assessBy' | 'settleBy'; rule: (day: number) => Text }>> = {
  assessedOn: { key: 'assessBy', rule: (d) => ({ zh: `次月${d}号前完成对员工的绩效考核`, en: `assessment done by the ${nth(d)} of the following month` }) },
  settledOn: { key: 'settleBy', rule: (d) => ({ zh: `次月${d}日前完成绩效考核金额的审核认定`, en: `amounts settled by the ${nth(d)} of the following month` }) },
};

/**
 * Check a department's dates against 篇3 四 2 月度绩效计划: a date before the assessed month is an error;
 * one after its deadline is a warning (the calendar sets no fine for it). Blank dates are not checked.
 */
export function calendarIssues(
  period: YearMonth,
  dates: Readonly<Partial<Record<CalendarDate, YMD | null>>>,
  labels: Readonly<Record<CalendarDate, Text>>,
  at: (f: CalendarDate) => FieldLocation,
  scheme: StaffScheme = staffPreset,
): Issue[] {
  const issues: Issue[] = [];
  const cal = staffCalendar(period, scheme);
  for (const f of ['assessedOn', 'settledOn'] as const) {
    const d = dates[f];
    if (d === null || d === undefined) continue;
    const label = { fieldEn: labels[f].en, date: ymdText(d) };
    if (d.y * 12 + d.m < period.y * 12 + period.m) {
      issues.push(makeIssue('staff.date-before-period', { ...label, period: monthText(period) }, at(f)));
      continue;
    }
    const { key, rule } = DEADLINE[f];
    const due = cal[key];
    if (daysBetween(due, d) > 0) {
      const r = rule(scheme.calendar[key]);
      issues.push(makeIssue('staff.calendar-late', { ...label, due: ymdText(due), rule: r.zh, ruleEn: r.en }, at(f)));
    }
  }
  return issues;
}
