import { describe, expect, it } from 'vitest';
import { dateToSerial } from '../core/coerce';
import { lateFee, staffCalendar } from './late';
import { readPeriod } from './period';
import { staffSchemeSchema } from './scheme';
import { staffPreset } from './preset';

const fee = (r: ReturnType<typeof lateFee>) => (r.ok ? [r.value.days, r.value.amount] : r.issues.map((i) => [i.code, i.field]));

describe('lateFee', () => {
  it('篇3 五 1: submitted on or before the 10th of the following month costs nothing', () => {
    expect(fee(lateFee('2026-03', '2026-04-10'))).toEqual([0, 0]);
    expect(fee(lateFee('2026-03', '2026-04-02'))).toEqual([0, 0]);
    expect(fee(lateFee('2026-03', '2026-03-31'))).toEqual([0, 0]);
  });

  it('篇3 五 1: 100 yuan per calendar day after the 10th', () => {
    expect(fee(lateFee('2026-03', '2026-04-11'))).toEqual([1, 100]);
    expect(fee(lateFee('2026-03', '2026-04-15'))).toEqual([5, 500]);
  });

  it('counts across a month end (January summary due 10 February, submitted 3 March)', () => {
    expect(fee(lateFee('2026-01', '2026-03-03'))).toEqual([21, 2100]);
  });

  it('December’s summary is due 10 January of the next year', () => {
    const r = lateFee('2026年12月', '2027-01-13');
    expect(r.ok && r.value.due).toEqual({ y: 2027, m: 1, d: 10 });
    expect(fee(r)).toEqual([3, 300]);
    expect(fee(lateFee('2026-12-20', '2027-01-10'))).toEqual([0, 0]);
  });

  it('reads the period as any date in the month: Date, Excel serial, text', () => {
    const serial = dateToSerial(new Date(Date.UTC(2026, 2, 15)));
    for (const p of [new Date(Date.UTC(2026, 2, 31)), serial, '2026-03-15', '2026年3月', '2026/3', '202603', '２０２６－０３']) {
      expect(fee(lateFee(p, '2026-04-12'))).toEqual([2, 200]);
    }
  });

  it('篇3 四 2: the due day is the scheme calendar’s toHrBy (data), so toHrBy 12 makes the 12th on time', () => {
    const s = staffSchemeSchema.parse({ ...staffPreset, calendar: { assessBy: 5, toHrBy: 12, settleBy: 25 } });
    expect(fee(lateFee('2026-03', '2026-04-12', undefined, s))).toEqual([0, 0]);
    expect(fee(lateFee('2026-03', '2026-04-13', undefined, s))).toEqual([1, 100]);
  });

  it('takes another rate per day; a blank rate is the scheme’s 100', () => {
    expect(fee(lateFee('2026-03', '2026-04-12', 50))).toEqual([2, 100]);
    expect(fee(lateFee('2026-03', '2026-04-12', null))).toEqual([2, 200]);
  });

  it('refuses a negative rate per day', () => {
    expect(fee(lateFee('2026-03', '2026-04-12', -1))).toEqual([['arg.out-of-range', '每日罚款']]);
  });

  it('bad dates are issues naming the field', () => {
    expect(fee(lateFee('三月', '2026-04-12'))).toEqual([['staff.bad-period', '考核月份']]);
    expect(fee(lateFee('2026-13', '2026-04-12'))).toEqual([['staff.bad-period', '考核月份']]);
    expect(fee(lateFee('2026-03', '#N/A'))).toEqual([['staff.bad-date', '提交日期']]);
    expect(fee(lateFee(null, null))).toEqual([
      ['arg.blank', '考核月份'],
      ['arg.blank', '提交日期'],
    ]);
  });

  it('a submission before the assessed month is an error', () => {
    expect(fee(lateFee('2026-03', '2026-02-28'))).toEqual([['staff.submitted-before-period', '提交日期']]);
  });
});

describe('staffCalendar', () => {
  it('篇3 四 2: assess by the 5th, to HR by the 10th, settle by the 25th of the following month', () => {
    expect(staffCalendar({ y: 2026, m: 12 }, staffPreset)).toEqual({
      assessBy: { y: 2027, m: 1, d: 5 },
      toHrBy: { y: 2027, m: 1, d: 10 },
      settleBy: { y: 2027, m: 1, d: 25 },
    });
  });

  it('readPeriod refuses text that is not a month', () => {
    expect(readPeriod('下个月')).toBeUndefined();
    expect(readPeriod(null)).toBeUndefined();
  });
});
