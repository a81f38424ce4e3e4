import { describe, expect, it } from 'vitest';
import { floatBasis, floatOf, floatPercentText, staffFinal, wageAmountOf, wageFloat } from './final';
import { staffSchemeSchema } from './scheme';
import { staffPreset } from './preset';

const blended = staffSchemeSchema.parse({ ...staffPreset, monthEnd: { min: 0, max: 100, blend: { peer: 40, superior: 60 } } });
const codes = (r: { issues: readonly { code: string; field?: string }[] }) => r.issues.map((i) => [i.code, i.field]);

describe('wageFloat', () => {
  it('篇3 二 3 seed: daily −5, month-end 95 → final 90 → −10% (exactly −0.1)', () => {
    const r = wageFloat(95, -5);
    expect(r.ok && r.value).toBe(-0.1);
    const f = staffFinal({ category: '后勤', monthEnd: 95, daily: -5 });
    expect(f.ok && f.value.value).toBe(90);
  });

  it('篇3 二 3 seed: daily +10, month-end 98 → final 108 → +8% (exactly 0.08)', () => {
    const r = wageFloat(98, 10);
    expect(r.ok && r.value).toBe(0.08);
    const f = staffFinal({ category: 'back-office', monthEnd: 98, daily: 10 });
    expect(f.ok && f.value.value).toBe(108);
  });

  it('篇3 二 3: 1% per point, without float noise (95.5 − 5.2 = 90.3 → −9.7%)', () => {
    const r = wageFloat(95.5, -5.2);
    expect(r.ok && r.value).toBe(-0.097);
  });

  it('issue 8 / RULES.md staff Decision: the float is floored at −100% by default (a final of −30 gives −100%, not −130%)', () => {
    const r = wageFloat(0, -30);
    expect(r.ok && r.value).toBe(-1);
    expect(floatOf(-30)).toEqual({ percent: -100, fraction: -1, limited: true });
  });

  it('setting floatMinPercent null: no floor (−130%)', () => {
    const none = staffSchemeSchema.parse({ ...staffPreset, floatMinPercent: null });
    const r = wageFloat(0, -30, none);
    expect(r.ok && r.value).toBe(-1.3);
  });

  it('RULES.md staff: floats show with at least one decimal (−10.0, −7.5, not −8)', () => {
    expect([floatPercentText(-10), floatPercentText(-7.5), floatPercentText(8.25), floatPercentText(0)]).toEqual(['-10.0', '-7.5', '8.25', '0.0']);
  });

  it('RULES general: the float is taken from the full-precision final score; floatFrom "rounded" takes the score as shown', () => {
    const final = staffFinal({ category: 'back-office', monthEnd: 90.004, daily: 0 });
    if (!final.ok) throw new Error('failed');
    expect(floatOf(floatBasis(final.value)).fraction).toBe(-0.09996);
    const rounded = staffSchemeSchema.parse({ ...staffPreset, floatFrom: 'rounded' });
    expect(floatOf(floatBasis(final.value, rounded), rounded).fraction).toBe(-0.1);
  });

  it('issue 8 / RULES.md Decision: PERF.WAGEFLOAT returns the float rounded half-up to the scheme precision, in percent', () => {
    const r = wageFloat(92.755, 0);
    expect(r.ok && r.value).toBe(-0.0725);
    const near = wageFloat(90.004, 0);
    expect(near.ok && near.value).toBe(-0.1);
  });

  it('篇3 三 1: performance pay is 100% of wage, so amount = wage × float', () => {
    expect(wageAmountOf(5000, floatOf(90).fraction)).toBe(-500);
    expect(wageAmountOf(4321, floatOf(108).fraction)).toBe(345.68);
  });

  it('bad input is an issue naming the field, never 0', () => {
    expect(codes(wageFloat('#N/A', 'abc'))).toEqual([
      ['arg.excel-error', '月底打分'],
      ['arg.not-number', '日考核得分'],
    ]);
    expect(codes(wageFloat(null, 3))).toEqual([['arg.blank', '月底打分']]);
    expect(codes(wageFloat(95, null))).toEqual([['arg.blank', '日考核得分']]);
  });

  it('篇3 二 3: the month-end score is 0–100', () => {
    expect(codes(wageFloat(101, 0))).toEqual([['arg.out-of-range', '月底打分']]);
    expect(codes(wageFloat(-1, 0))).toEqual([['arg.out-of-range', '月底打分']]);
  });
});

describe('staffFinal', () => {
  it('篇3 二 2: production = 100 + bonus − deduction', () => {
    const r = staffFinal({ category: '生产', bonus: 3, deduction: 5 });
    expect(r.ok && r.value.value).toBe(98);
    expect(r.ok && r.value.steps.map((s) => [s.item, s.points])).toEqual([['base', 100], ['bonus', 3], ['deduction', -5]]);
  });

  it('篇3 二 3: daily points may be negative', () => {
    const r = staffFinal({ category: '后勤', monthEnd: 80, daily: -12.5 });
    expect(r.ok && r.value.value).toBe(67.5);
  });

  it('Decision: a split month-end score without blend weights is an error (no default weight)', () => {
    expect(codes(staffFinal({ category: '后勤', peer: 90, superior: 80, daily: 0 }))).toEqual([['staff.blend-missing', '互评']]);
  });

  it('Decision: with scheme blend weights the month-end score is the weighted blend', () => {
    const r = staffFinal({ category: '后勤', peer: 90, superior: 80, daily: 1 }, blended);
    expect(r.ok && r.value.value).toBe(85);
    expect(r.ok && r.value.steps[0]!.rule.zh).toBe('互评 90×40% + 上级 80×60% = 84');
  });

  it('a blend needs both ratings, and not a month-end score beside them', () => {
    expect(codes(staffFinal({ category: '后勤', peer: 90, daily: 1 }, blended))).toEqual([['arg.blank', '上级评分']]);
    expect(codes(staffFinal({ category: '后勤', monthEnd: 90, peer: 90, superior: 80, daily: 1 }, blended))).toEqual([['staff.monthend-conflict', '月底打分']]);
  });

  it('issue 8 / RULES.md staff Decision: a blank 加分 or 扣分 on a 生产 row is 0; text or an error value is still an error', () => {
    const r = staffFinal({ category: '生产', bonus: null, deduction: 2 });
    expect(r.ok && r.value.value).toBe(98);
    const both = staffFinal({ category: '生产', bonus: '', deduction: null });
    expect(both.ok && both.value.value).toBe(100);
    expect(codes(staffFinal({ category: '生产', bonus: '两分', deduction: '#N/A' }))).toEqual([['arg.not-number', '加分'], ['arg.excel-error', '扣分']]);
    const strict = staffSchemeSchema.parse({ ...staffPreset, blankBonusDeduction: 'error' });
    expect(codes(staffFinal({ category: '生产', bonus: null, deduction: 2 }, strict))).toEqual([['arg.blank', '加分']]);
  });

  it("RULES general (blank ≠ 0): a blank daily score is an error; setting blankPoints 'zero' reads it as 0", () => {
    expect(codes(staffFinal({ category: '后勤', monthEnd: 90, daily: null }))).toEqual([['arg.blank', '日考核得分']]);
    const lenient = staffSchemeSchema.parse({ ...staffPreset, blankPoints: 'zero' });
    const r = staffFinal({ category: '后勤', monthEnd: 90, daily: null }, lenient);
    expect(r.ok && r.value.value).toBe(90);
  });

  it('fields of the other category are refused, not ignored', () => {
    expect(codes(staffFinal({ category: '生产', monthEnd: 90, bonus: 0, deduction: 0 }))).toEqual([['staff.not-for-category', '月底打分']]);
    expect(codes(staffFinal({ category: '后勤', monthEnd: 90, daily: 0, bonus: 2 }))).toEqual([['staff.not-for-category', '加分']]);
  });

  it('deduction is a positive magnitude; a negative one is refused', () => {
    expect(codes(staffFinal({ category: '生产', bonus: 0, deduction: -3 }))).toEqual([['arg.out-of-range', '扣分']]);
  });

  it('an unknown or blank category is an issue', () => {
    expect(codes(staffFinal({ category: '销售', monthEnd: 90, daily: 0 }))).toEqual([['staff.bad-category', '类别']]);
    expect(codes(staffFinal({ category: null, monthEnd: 90, daily: 0 }))).toEqual([['arg.blank', '类别']]);
  });
});
