import { describe, expect, it } from 'vitest';
import { calendarIssues, staffCalendar } from './calendar';
import { departmentPenalties } from './penalties';
import { staffSchemeSchema } from './scheme';
import { staffPreset } from './preset';

const labels = { assessedOn: { zh: '考核完成日期', en: 'assessment date' }, settledOn: { zh: '金额认定日期', en: 'settlement date' } };
const at = (f: 'assessedOn' | 'settledOn') => ({ field: labels[f].zh });
const march = { y: 2026, m: 3 };
const codes = (issues: readonly { code: string; severity: string; field?: string }[]) => issues.map((i) => [i.code, i.severity, i.field]);

describe('calendarIssues', () => {
  it('篇3 四 2: assessment by the 5th and settlement by the 25th of the following month pass', () => {
    expect(calendarIssues(march, { assessedOn: { y: 2026, m: 4, d: 5 }, settledOn: { y: 2026, m: 4, d: 25 } }, labels, at)).toEqual([]);
    expect(calendarIssues(march, { assessedOn: { y: 2026, m: 3, d: 31 } }, labels, at)).toEqual([]);
  });

  it('篇3 四 2: an assessment after the 5th is a warning naming the date and the rule', () => {
    const issues = calendarIssues(march, { assessedOn: { y: 2026, m: 4, d: 6 } }, labels, at);
    expect(codes(issues)).toEqual([['staff.calendar-late', 'warning', '考核完成日期']]);
    expect(issues[0]!.message.zh).toBe('考核完成日期 2026-04-06 晚于 2026-04-05（月度绩效计划：次月5号前完成对员工的绩效考核）');
    expect(issues[0]!.message.en).toBe('assessment date 2026-04-06 is after 2026-04-05 (monthly plan: assessment done by the 5th of the following month)');
  });

  it('篇3 四 2: amounts settled after the 25th is a warning', () => {
    expect(codes(calendarIssues(march, { settledOn: { y: 2026, m: 4, d: 26 } }, labels, at))).toEqual([['staff.calendar-late', 'warning', '金额认定日期']]);
  });

  it('a date before the assessed month is an error', () => {
    expect(codes(calendarIssues(march, { assessedOn: { y: 2026, m: 2, d: 28 } }, labels, at))).toEqual([['staff.date-before-period', 'error', '考核完成日期']]);
  });

  it('December is checked against January of the next year', () => {
    expect(calendarIssues({ y: 2026, m: 12 }, { assessedOn: { y: 2027, m: 1, d: 5 } }, labels, at)).toEqual([]);
    expect(codes(calendarIssues({ y: 2026, m: 12 }, { assessedOn: { y: 2027, m: 1, d: 6 } }, labels, at))).toEqual([['staff.calendar-late', 'warning', '考核完成日期']]);
  });

  it('the days are scheme data: assessBy 7 lets the 7th pass', () => {
    const s = staffSchemeSchema.parse({ ...staffPreset, calendar: { assessBy: 7, toHrBy: 10, settleBy: 25 } });
    expect(calendarIssues(march, { assessedOn: { y: 2026, m: 4, d: 7 } }, labels, at, s)).toEqual([]);
    expect(staffCalendar(march, s).assessBy).toEqual({ y: 2026, m: 4, d: 7 });
  });
});

describe('departmentPenalties with calendar dates', () => {
  const base = { period: '2026-03', submitted: '2026-04-08', assessed: '是', reviewErrors: 0, baseless: 0, harassment: 0 };

  it('篇3 四 2: a late assessment or settlement is a warning beside the amounts, not a fine', () => {
    const r = departmentPenalties({ ...base, assessedOn: '2026-04-07', settledOn: '2026-04-28' });
    expect(r.ok && r.value.value).toBe(0);
    expect(codes(r.issues)).toEqual([
      ['staff.calendar-late', 'warning', '考核完成日期'],
      ['staff.calendar-late', 'warning', '金额认定日期'],
    ]);
  });

  it('a calendar date that is not a date is an error naming it', () => {
    expect(codes(departmentPenalties({ ...base, settledOn: '月底' }).issues)).toEqual([['staff.bad-date', 'error', '金额认定日期']]);
  });
});
