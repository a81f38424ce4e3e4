import { describe, expect, it } from 'vitest';
import { engineerSchemeSchema } from './scheme';
import { engineerPreset } from './preset';
import { costOverrun, scoreEngineer } from './score';
import { parseWeights } from './weights';

const example = { rejections: 2, overdue: 1, costActual: 103, costPlan: 100, papers: 1 };

function value(r: ReturnType<typeof scoreEngineer>): number {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.value;
}

const withItems = (patch: Record<string, object>, extra: object = {}) =>
  engineerSchemeSchema.parse({
    ...engineerPreset,
    ...extra,
    items: Object.fromEntries(Object.entries(engineerPreset.items).map(([k, v]) => [k, { ...v, ...(patch[k] ?? {}) }])),
  });

describe('scoreEngineer', () => {
  it('篇1 worked example: 2 rejections, 1 overdue, cost 103% of plan, 1 paper → 95.40 exactly', () => {
    const r = scoreEngineer(example);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.value).toBe(95.4);
    expect(r.value.rounded).toBe(95.4);
    expect(r.value.rounded.toFixed(2)).toBe('95.40');
  });

  it('篇1 四: explains one step per item with input, rule and weighted points', () => {
    const r = scoreEngineer(example);
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps.map((s) => [s.item, s.input, s.points])).toEqual([
      ['quality', 2, 36],
      ['efficiency', 1, 19.4],
      ['cost', 3, 19.4],
      ['ability', 1, 20.6],
    ]);
    expect(r.value.steps[0]!.rule).toEqual({ zh: '100 − 5×2 = 90；× 40% = 36', en: '100 − 5×2 = 90; × 40% = 36' });
    expect(r.value.steps[2]!.rule.zh).toContain('超支 3%');
    expect(r.value.steps[3]!.rule.en).toBe('100 + 3×1 = 103; × 20% = 20.6');
  });

  it('篇1 四 quality: −5 per rejected plan', () => {
    expect(value(scoreEngineer({ ...example, rejections: 0 })) - value(scoreEngineer({ ...example, rejections: 1 }))).toBeCloseTo(5 * 0.4, 10);
  });

  it('篇1 四 efficiency: −3 per overdue submission', () => {
    expect(value(scoreEngineer({ ...example, overdue: 0 })) - value(scoreEngineer({ ...example, overdue: 1 }))).toBeCloseTo(3 * 0.2, 10);
  });

  it('篇1 四 ability: +3 per paper', () => {
    expect(value(scoreEngineer({ ...example, papers: 3 })) - value(scoreEngineer({ ...example, papers: 1 }))).toBeCloseTo(6 * 0.2, 10);
  });

  it('篇1 四 cost: an underspend is not an overrun (counted only when > 0)', () => {
    expect(costOverrun(90, 100, 'linear')).toBe(0);
    expect(value(scoreEngineer({ ...example, costActual: 80 }))).toBeCloseTo(36 + 19.4 + 20 + 20.6, 10);
  });

  it('Decision cost step linear (default): a 2.5% overrun costs 2.5 points', () => {
    const r = scoreEngineer({ ...example, costActual: 102.5 });
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps[2]!.input).toBe(2.5);
    expect(r.value.steps[2]!.points).toBe(19.5);
  });

  it("Decision cost step 'whole': floors to whole percents, immune to binary noise", () => {
    const whole = withItems({}, { costStep: 'whole' });
    const r = scoreEngineer({ ...example, costActual: 102.5 }, whole);
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps[2]!.input).toBe(2);
    expect(r.value.steps[2]!.rule.zh).toBe('100 − 1×2 = 98（超支 2.5%，按 2 计）；× 20% = 19.6');
    expect(costOverrun(1.13, 1, 'whole')).toBe(13);
  });

  it('Decision: each item is floored at 0 (30 rejections do not go negative)', () => {
    const r = scoreEngineer({ ...example, rejections: 30 });
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps[0]).toMatchObject({ points: 0, cap: 0, capped: true });
    expect(r.value.steps[0]!.rule.zh).toContain('不低于 0');
  });

  it('Decision: no upper cap by default — ability may exceed 100', () => {
    const r = scoreEngineer({ ...example, papers: 10 });
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps[3]!.points).toBe(26);
    expect(r.value.steps[3]!.capped).toBeUndefined();
  });

  it('Decision: a per-item max is a scheme setting', () => {
    const capped = withItems({ ability: { max: 110 } });
    const r = scoreEngineer({ ...example, papers: 10 }, capped);
    if (!r.ok) throw new Error('failed');
    expect(r.value.steps[3]).toMatchObject({ points: 22, cap: 110, capped: true });
    expect(r.value.steps[3]!.rule.en).toContain('capped at 110');
  });

  it('uses given weights instead of the scheme’s', () => {
    const w = parseWeights([25, 25, 25, 25]);
    if (!w.ok) throw new Error('failed');
    const r = scoreEngineer(example, engineerPreset, w.value);
    expect(value(r)).toBe((90 + 97 + 97 + 103) / 4);
    if (r.ok) expect(r.value.steps[0]!.rule.zh).toContain('× 25%');
  });

  it('RULES engineer: a blank count is 0', () => {
    expect(value(scoreEngineer({ ...example, rejections: null, overdue: '', papers: null }))).toBe((100 * 40 + 100 * 20 + 97 * 20 + 100 * 20) / 100);
  });

  it('reads numbers typed as text (full width, trailing 元)', () => {
    expect(value(scoreEngineer({ ...example, rejections: '２', costActual: '103元' }))).toBe(95.4);
  });
});

describe('scoreEngineer bad input', () => {
  const codes = (r: ReturnType<typeof scoreEngineer>) => r.issues.map((i) => [i.code, i.field]);

  it('text is an issue naming the field, never 0', () => {
    const r = scoreEngineer({ ...example, rejections: '两次' });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([['arg.not-number', '驳回次数']]);
    expect(r.issues[0]!.message.en).toContain('rejections');
  });

  it('#N/A is an issue naming the field', () => {
    expect(codes(scoreEngineer({ ...example, costActual: '#N/A' }))).toEqual([['arg.excel-error', '实际费用']]);
  });

  it('RULES engineer: a blank plan (or actual) is an error, not 0', () => {
    expect(codes(scoreEngineer({ ...example, costPlan: null, costActual: '' }))).toEqual([
      ['arg.blank', '实际费用'],
      ['arg.blank', '计划费用'],
    ]);
  });

  it('RULES engineer: plan must be > 0', () => {
    expect(codes(scoreEngineer({ ...example, costPlan: 0 }))).toEqual([['engineer.plan-not-positive', '计划费用']]);
    expect(codes(scoreEngineer({ ...example, costPlan: -5 }))).toEqual([['engineer.plan-not-positive', '计划费用']]);
  });

  it('RULES engineer: a negative count is refused', () => {
    expect(codes(scoreEngineer({ ...example, overdue: -1 }))).toEqual([['arg.not-whole', '逾期次数']]);
  });

  it('RULES engineer: 1.5 rejections is refused (counts are whole)', () => {
    const r = scoreEngineer({ ...example, rejections: 1.5 });
    expect(codes(r)).toEqual([['arg.not-whole', '驳回次数']]);
    expect(r.issues[0]!.message.zh).toBe('驳回次数应为非负整数，实际为 1.5');
  });

  it('reports every bad argument in one pass', () => {
    expect(scoreEngineer({ rejections: 'x', overdue: -2, costActual: '#VALUE!', costPlan: null, papers: 0.5 }).issues).toHaveLength(5);
  });

  it('篇1 六: weights given with efficiency 25% are refused, saying “weights sum to 105%, expected 100%”', () => {
    const r = scoreEngineer(example, engineerPreset, { quality: 40, efficiency: 25, cost: 20, ability: 20 });
    expect(codes(r)).toEqual([['engineer.weights-sum', '权重']]);
    expect(r.issues[0]!.message).toEqual({ zh: '权重合计 105%，应为 100%', en: 'weights sum to 105%, expected 100%' });
  });
});

describe('scoreEngineer step reuse', () => {
  it('gives each month its own figures when steps are reused across calls', () => {
    const first = scoreEngineer(example);
    scoreEngineer({ ...example, rejections: 3, papers: 0 });
    const again = scoreEngineer(example);
    expect(again).toEqual(first);
    const other = scoreEngineer({ ...example, rejections: 3 });
    expect(other.ok && other.value.steps[0]!.rule.zh).toBe('100 − 5×3 = 85；× 40% = 34');
  });

  it('keeps reused steps frozen so one caller cannot change another’s explanation', () => {
    const r = scoreEngineer(example);
    if (!r.ok) throw new Error('failed');
    expect(Object.isFrozen(r.value.steps[0])).toBe(true);
    expect(Object.isFrozen(r.value.steps[0]!.rule)).toBe(true);
  });

  it('builds the same text for fractional overruns (3.7% of plan)', () => {
    const r = scoreEngineer({ ...example, costActual: 103.7 });
    expect(r.ok && r.value.steps[2]!.rule.zh).toBe('100 − 1×3.7 = 96.3（超支 3.7%）；× 20% = 19.26');
  });
});
