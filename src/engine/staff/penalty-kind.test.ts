import { describe, expect, it } from 'vitest';
import { penaltyAmount } from './penalty-kind';
import { staffPreset } from './preset';
import { staffSchemeSchema } from './scheme';

const amount = (...args: Parameters<typeof penaltyAmount>) => {
  const r = penaltyAmount(...args);
  return r.ok ? r.value.rounded : r.issues.map((i) => [i.code, i.field]);
};

describe('penaltyAmount (PERF.PENALTY, 篇3 五 / RULES.md staff department penalties)', () => {
  it.each([
    ['late', 3, undefined, 300],
    ['迟交汇总', 3, undefined, 300],
    ['missing', 1, 9000, 900],
    ['当月未考核', 1, 9000, 900],
    ['review-error', 3, undefined, 200],
    ['审核差错', 0, undefined, 0],
    ['baseless', 2, undefined, 400],
    ['无依据', 2, undefined, 400],
    ['harassment', 1, undefined, 500],
    ['以扣分刁难员工', 2, undefined, 1000],
    ['Review-Error', 1, undefined, 200],
  ] as const)('%s × %s (pay %s) → %s yuan', (kind, count, pay, expected) => {
    expect(amount(kind, count, pay)).toBe(expected);
  });

  it('RULES.md staff Decision: a blank count is 0; blankCounts error refuses it', () => {
    expect(amount('baseless', null)).toBe(0);
    const strict = staffSchemeSchema.parse({ ...staffPreset, penalties: { ...staffPreset.penalties, blankCounts: 'error' } });
    expect(amount('baseless', null, undefined, strict)).toEqual([['arg.blank', '无依据']]);
  });

  it('the amounts follow the scheme (review errors per case, another fine per day)', () => {
    const s = staffSchemeSchema.parse({ ...staffPreset, penalties: { ...staffPreset.penalties, reviewError: { perCase: 200, charge: 'per-case' }, late: { perDay: 33.333 } } });
    expect(amount('review-error', 3, undefined, s)).toBe(600);
    expect(amount('late', 1, undefined, s)).toBe(33.33);
  });

  it('bad input names the argument, never 0: kind, a fractional or negative count, text, pay where it has no use, missing pay', () => {
    expect(amount('罚款', 1)).toEqual([['staff.bad-penalty-kind', '处罚类型']]);
    expect(penaltyAmount('罚款', 1).issues[0]!.message.zh).toContain('late 迟交汇总');
    expect(amount(null, 1)).toEqual([['arg.blank', '处罚类型']]);
    expect(amount('baseless', 1.5)).toEqual([['arg.not-whole', '无依据']]);
    expect(amount('late', -1)).toEqual([['arg.not-whole', '迟交天数']]);
    expect(amount('harassment', '两单')).toEqual([['arg.not-number', '刁难']]);
    expect(amount('harassment', 1, 5000)).toEqual([['staff.pay-not-used', '负责人与文员绩效工资']]);
    expect(amount('missing', 1)).toEqual([['arg.blank', '负责人与文员绩效工资']]);
    expect(amount('missing', 0)).toBe(0);
    expect(amount('late', 1e306)).toEqual([['arg.too-large', '迟交天数']]);
  });

  it('explains its one step', () => {
    const r = penaltyAmount('missing', 1, 9000);
    expect(r.ok && r.value.steps.map((s) => [s.item, s.rule.zh, s.points])).toEqual([['missing', '1 个月 × 绩效工资 9000 × 10%', 900]]);
  });
});
