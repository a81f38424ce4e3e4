import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/issue';
import { HOSTILE_NUMBERS, namingSummary } from '../../../test/engine/fixtures/hostile-values';
import { STAFF_FIELDS, staffFinal, wageFloat } from './final';
import { lateFee } from './late';
import { PENALTY_FIELDS, departmentPenalties, type PenaltyInput } from './penalties';

const HOSTILE = HOSTILE_NUMBERS;

/** One error naming the field in Chinese (field and zh text) and English (en text). */
function expectNamed(issues: readonly Issue[], code: string, label: { zh: string; en: string }): void {
  expect(namingSummary(issues, label)).toEqual([[code, label.zh, 'error', true, true]]);
}

describe('staffFinal and wageFloat hostile input', () => {
  for (const [what, v, kind] of HOSTILE) {
    it(`${what} as a month-end score, daily, bonus or deduction is an issue naming it, never 0`, () => {
      expectNamed(wageFloat(v, 0).issues, kind, STAFF_FIELDS.monthEnd);
      expectNamed(wageFloat(95, v).issues, kind, STAFF_FIELDS.daily);
      expectNamed(staffFinal({ category: '生产', bonus: v, deduction: 0 }).issues, kind, STAFF_FIELDS.bonus);
      expectNamed(staffFinal({ category: '生产', bonus: 0, deduction: v }).issues, kind, STAFF_FIELDS.deduction);
    });
  }

  it('reads full-width digits and text numbers (９５, "－５")', () => {
    const r = wageFloat('９５', '－５');
    expect(r.ok && r.value).toBe(-0.1);
  });

  it('a category that is a boolean, a number or an invalid Date is an issue naming 类别/category', () => {
    for (const c of [true, 1, new Date(Number.NaN)]) expectNamed(staffFinal({ category: c, monthEnd: 90, daily: 0 }).issues, 'staff.bad-category', { zh: '类别', en: 'category' });
  });

  it('huge daily points are computed, not thrown (the float is finite)', () => {
    const r = wageFloat(100, 1e300);
    expect(r.ok && Number.isFinite(r.value)).toBe(true);
  });
});

describe('lateFee hostile input', () => {
  const PERIOD = { zh: '考核月份', en: 'assessed month' };
  const SUBMITTED = { zh: '提交日期', en: 'submission date' };
  const PER_DAY = { zh: '每日罚款', en: 'fine per day' };

  it('text, booleans, #N/A, "85%" and an invalid Date as the month are issues naming it', () => {
    for (const v of ['三月', true, '#N/A', '85%', new Date(Number.NaN), 1e10]) expectNamed(lateFee(v, '2026-04-12').issues, 'staff.bad-period', PERIOD);
  });

  it('text, booleans and an invalid Date as the submission date are issues naming it', () => {
    for (const v of ['昨天', false, new Date(Number.NaN), '2026-02-30']) expectNamed(lateFee('2026-03', v).issues, 'staff.bad-date', SUBMITTED);
  });

  it('a bad or huge rate per day is an issue naming it', () => {
    expectNamed(lateFee('2026-03', '2026-04-12', '85%').issues, 'arg.percent', PER_DAY);
    expectNamed(lateFee('2026-03', '2026-04-12', '一百').issues, 'arg.not-number', PER_DAY);
    expectNamed(lateFee('2026-03', '2027-04-12', 1e308).issues, 'arg.too-large', PER_DAY);
  });
});

describe('departmentPenalties hostile input', () => {
  const ok: PenaltyInput = { period: '2026-03', submitted: '2026-04-08', assessed: '是', reviewErrors: 0, baseless: 0, harassment: 0, headPay: 5000, clerkPay: 3000 };
  const counts = ['reviewErrors', 'baseless', 'harassment'] as const;

  for (const [what, v, kind] of HOSTILE) {
    it(`${what} as an incident count or a pay is an issue naming it`, () => {
      for (const f of counts) {
        // "85%" reads as 0.85: refused as a percent before it could be "not whole".
        expectNamed(departmentPenalties({ ...ok, [f]: v }).issues, kind, PENALTY_FIELDS[f]);
      }
      expectNamed(departmentPenalties({ ...ok, assessed: '否', headPay: v }).issues, kind, PENALTY_FIELDS.headPay);
    });
  }

  it('negative and fractional counts are not whole; a negative pay is out of range', () => {
    expectNamed(departmentPenalties({ ...ok, baseless: -1 }).issues, 'arg.not-whole', PENALTY_FIELDS.baseless);
    expectNamed(departmentPenalties({ ...ok, harassment: 1.5 }).issues, 'arg.not-whole', PENALTY_FIELDS.harassment);
    expectNamed(departmentPenalties({ ...ok, assessed: '否', clerkPay: -1 }).issues, 'arg.out-of-range', PENALTY_FIELDS.clerkPay);
  });

  it('a count so large its fine overflows is too large, not Infinity', () => {
    expectNamed(departmentPenalties({ ...ok, harassment: 1e307 }).issues, 'arg.too-large', PENALTY_FIELDS.harassment);
  });

  it('a fine finite only until it is rounded to the fen, or amounts whose sum overflows, are too large, never a null total (found by fuzzing)', () => {
    expectNamed(departmentPenalties({ ...ok, baseless: 8.988465674311575e303 }).issues, 'arg.too-large', PENALTY_FIELDS.baseless);
    const sum = departmentPenalties({ ...ok, baseless: 5e303, harassment: 3e303 });
    expect(sum.ok).toBe(false);
    expectNamed(sum.issues, 'arg.too-large', PENALTY_FIELDS.harassment);
  });

  it('是否考核 as a number, a Date or text is read or named', () => {
    expect(departmentPenalties({ ...ok, assessed: 1 }).ok).toBe(true);
    expectNamed(departmentPenalties({ ...ok, assessed: new Date(Date.UTC(2026, 3, 1)) }).issues, 'staff.bad-yes-no', PENALTY_FIELDS.assessed);
    expectNamed(departmentPenalties({ ...ok, assessed: '也许' }).issues, 'staff.bad-yes-no', PENALTY_FIELDS.assessed);
  });
});
