import { describe, expect, it } from 'vitest';
import { departmentPenalties, readYesNo } from './penalties';
import { staffSchemeSchema } from './scheme';
import { staffPreset } from './preset';

const base = { period: '2026-03', submitted: '2026-04-08', assessed: '是', reviewErrors: 0, baseless: 0, harassment: 0 };
const amounts = (r: ReturnType<typeof departmentPenalties>) => (r.ok ? { ...r.value.amounts, total: r.value.value } : r.issues.map((i) => [i.code, i.field]));

describe('departmentPenalties', () => {
  it('a department on time with no findings owes nothing', () => {
    expect(amounts(departmentPenalties(base))).toEqual({ late: 0, missing: 0, 'review-error': 0, baseless: 0, harassment: 0, total: 0 });
  });

  it('篇3 五 1 late: 100 yuan per day after the 10th of the following month', () => {
    const r = departmentPenalties({ ...base, submitted: '2026-04-13' });
    expect(amounts(r)).toMatchObject({ late: 300, total: 300 });
    expect(r.ok && r.value.lateDays).toBe(3);
    expect(r.ok && r.value.steps[0]!.rule.zh).toBe('2026-04-10 后 3 天 × 100 元');
  });

  it('篇3 五 2 missing: 10% of the head’s and the clerk’s performance pay', () => {
    const r = departmentPenalties({ ...base, submitted: null, assessed: '否', headPay: 6000, clerkPay: 2500 });
    expect(amounts(r)).toMatchObject({ missing: 850, late: 0, total: 850 });
  });

  it('篇3 五 2: the pay cells are required when the department did no assessment', () => {
    const r = departmentPenalties({ ...base, assessed: '否' });
    expect(amounts(r)).toEqual([
      ['arg.blank', '负责人绩效工资'],
      ['arg.blank', '文员绩效工资'],
    ]);
  });

  it('篇3 五 3 review-error: 200 yuan once when errors are found after sign-off, as written (not per error)', () => {
    const r = departmentPenalties({ ...base, reviewErrors: 2 });
    expect(amounts(r)).toMatchObject({ 'review-error': 200, total: 200 });
    expect(r.ok && r.value.steps.find((s) => s.item === 'review-error')!.rule.zh).toBe('发现 2 处，罚审核领导 200 元');
    expect(amounts(departmentPenalties({ ...base, reviewErrors: 0 }))).toMatchObject({ 'review-error': 0 });
  });

  it("setting reviewError.charge 'per-case' charges 200 yuan per error", () => {
    const s = staffSchemeSchema.parse({ ...staffPreset, penalties: { ...staffPreset.penalties, reviewError: { perCase: 200, charge: 'per-case' } } });
    expect(amounts(departmentPenalties({ ...base, reviewErrors: 2 }, s))).toMatchObject({ 'review-error': 400, total: 400 });
  });

  it('篇3 五 4 baseless: 200 yuan per case; harassment: 500 yuan per case', () => {
    expect(amounts(departmentPenalties({ ...base, baseless: 3, harassment: 1 }))).toMatchObject({ baseless: 600, harassment: 500, total: 1100 });
  });

  it('adds every penalty of the month', () => {
    const r = departmentPenalties({ period: '2026-12', submitted: '2027-01-12', assessed: '否', headPay: 5000, clerkPay: 3000, reviewErrors: 1, baseless: 1, harassment: 1 });
    expect(amounts(r)).toEqual({ late: 200, missing: 800, 'review-error': 200, baseless: 200, harassment: 500, total: 1900 });
  });

  it('amounts follow the scheme’s penalty table', () => {
    const s = staffSchemeSchema.parse({ ...staffPreset, penalties: { ...staffPreset.penalties, harassment: { perCase: 800 }, late: { perDay: 50 } } });
    expect(amounts(departmentPenalties({ ...base, submitted: '2026-04-12', harassment: 1 }, s))).toMatchObject({ late: 100, harassment: 800 });
  });

  it('RULES.md staff Decision: a blank incident count is 0 (none that month)', () => {
    expect(amounts(departmentPenalties({ period: '2026-03', submitted: '2026-04-08', assessed: '是' }))).toMatchObject({ total: 0 });
  });

  it("setting blankCounts 'error' refuses a blank incident count, naming it", () => {
    const strict = staffSchemeSchema.parse({ ...staffPreset, penalties: { ...staffPreset.penalties, blankCounts: 'error' } });
    expect(amounts(departmentPenalties({ period: '2026-03', submitted: '2026-04-08', assessed: '是' }, strict))).toEqual([
      ['arg.blank', '审核差错'],
      ['arg.blank', '无依据'],
      ['arg.blank', '刁难'],
    ]);
  });

  it('an assessed department must give its submission date', () => {
    expect(amounts(departmentPenalties({ ...base, submitted: null }))).toEqual([['arg.blank', '提交日期']]);
  });

  it('bad input is an issue naming the field, never 0', () => {
    expect(amounts(departmentPenalties({ period: '2026-03', submitted: '昨天', assessed: '也许', reviewErrors: 1.5, baseless: '#N/A', harassment: -1 }))).toEqual([
      ['staff.bad-date', '提交日期'],
      ['staff.bad-yes-no', '是否考核'],
      ['arg.not-whole', '审核差错'],
      ['arg.excel-error', '无依据'],
      ['arg.not-whole', '刁难'],
    ]);
  });

  it('readYesNo reads 是/否, yes/no and TRUE/FALSE', () => {
    expect([readYesNo('是'), readYesNo('否'), readYesNo(true), readYesNo('No'), readYesNo('maybe'), readYesNo(null)]).toEqual([true, false, true, false, undefined, undefined]);
  });
});
