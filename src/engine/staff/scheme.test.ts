import { describe, expect, it } from 'vitest';
import { checkStaffScheme } from './scheme';
import { staffPreset } from './preset';

describe('staff scheme', () => {
  it('篇3: the preset carries the seed’s amounts and calendar', () => {
    expect(checkStaffScheme(staffPreset)).toEqual([]);
    expect(staffPreset.floatPercentPerPoint).toBe(1);
    expect(staffPreset.base).toBe(100);
    expect(staffPreset.penalties).toMatchObject({ late: { perDay: 100 }, missing: { percent: 10 }, reviewError: { perCase: 200 }, baseless: { perCase: 200 }, harassment: { perCase: 500 } });
    expect(staffPreset.calendar).toEqual({ assessBy: 5, toHrBy: 10, settleBy: 25 });
  });

  it('Decision: the preset invents no peer/superior blend weights', () => {
    expect(staffPreset.monthEnd.blend).toBeUndefined();
  });

  it('blend weights must sum to 100%', () => {
    const issues = checkStaffScheme({ ...staffPreset, monthEnd: { min: 0, max: 100, blend: { peer: 30, superior: 60 } } });
    expect(issues.map((i) => [i.code, i.message.zh])).toEqual([['staff.blend-sum', '互评与上级评分权重合计 90%，应为 100%']]);
  });

  it('refuses a calendar out of order and a negative penalty', () => {
    const issues = checkStaffScheme({ ...staffPreset, calendar: { assessBy: 12, toHrBy: 10, settleBy: 25 }, penalties: { ...staffPreset.penalties, late: { perDay: -100 } } });
    expect(issues.map((i) => i.field).sort()).toEqual(['calendar', 'penalties.late.perDay']);
  });
});
