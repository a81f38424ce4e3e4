import { describe, expect, it } from 'vitest';
import { fiscalPreset } from './preset';
import { selfEvalScore, selfEvaluate, type SelfEvalIndicator, type SelfEvalInput } from './self-eval';

const base: SelfEvalIndicator[] = [
  { level1: '产出', name: '维修里程', target: '≥50公里', actual: 45, points: 20 },
  { level1: '产出', name: '验收合格率', target: '=100%', actual: '100%', points: 15 },
  { level1: '产出', name: '单位成本', target: '≤90万元', actual: 100, points: 15 },
  { level1: '效益', name: '通行时间', target: '明显缩短', verdict: '达成', percent: 90, points: 30 },
  { level1: '满意度', name: '群众满意度', target: '≥90%', actual: '95%', points: 10 },
];
const input = (over: Partial<SelfEvalInput> = {}, indicators = base): SelfEvalInput => ({ executed: 90, budget: 100, indicators, ...over });
const swap = (i: number, ind: Partial<SelfEvalIndicator>): SelfEvalIndicator[] => base.map((b, j) => (j === i ? { ...b, ...ind } : b));
const score = (inp: SelfEvalInput) => {
  const r = selfEvaluate(inp);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r;
};
const stepPoints = (inp: SelfEvalInput, item: string) => score(inp).value.steps.find((s) => s.item === item)!.points;
const codes = (inp: SelfEvalInput) => selfEvaluate(inp).issues.map((i) => i.code);

describe('selfEvaluate', () => {
  it('FISCAL.md §3: scores execution and every indicator by its rule, with steps', () => {
    const r = score(input());
    // 9 + 18 + 15 + 13.5 + 27 + 10
    expect(r.value.value).toBeCloseTo(92.5, 12);
    expect(r.value.rounded).toBe(92.5);
    expect(r.value.steps.map((s) => [s.item, s.points])).toEqual([
      ['execution', 9], ['indicator.产出/维修里程', 18], ['indicator.产出/验收合格率', 15], ['indicator.产出/单位成本', 13.5], ['indicator.效益/通行时间', 27], ['indicator.满意度/群众满意度', 10],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('FISCAL.md §3: execution points = 10 × min(rate, 1), capped when over-spent', () => {
    const step = score(input({ executed: 120 })).value.steps[0]!;
    expect(step).toMatchObject({ item: 'execution', points: 10, cap: 10, capped: true });
  });

  it('FISCAL.md §3: budget 0 cannot give an execution rate (error)', () => {
    expect(codes(input({ budget: 0 }))).toEqual(['fiscal.budget-zero-eval']);
  });

  it('FISCAL.md §3: ≥ with actual 0 earns 0; > behaves like ≥', () => {
    expect(stepPoints(input({}, swap(0, { actual: 0 })), 'indicator.产出/维修里程')).toBe(0);
    expect(stepPoints(input({}, swap(0, { target: '>50公里', actual: 25 })), 'indicator.产出/维修里程')).toBe(10);
  });

  it('FISCAL.md §3: ≤ with actual 0 earns full points; < uses target/actual', () => {
    expect(stepPoints(input({}, swap(2, { actual: 0 })), 'indicator.产出/单位成本')).toBe(15);
    expect(stepPoints(input({}, swap(2, { target: '<90万元', actual: 120 })), 'indicator.产出/单位成本')).toBe(11.25);
    expect(stepPoints(input({}, swap(2, { actual: 80 })), 'indicator.产出/单位成本')).toBe(15);
  });

  it('FISCAL.md §3: = earns full within the 1e-9 relative tolerance, else by relative gap', () => {
    const eq = swap(1, { target: '=100个', actual: 100 + 5e-8 });
    expect(stepPoints(input({}, eq), 'indicator.产出/验收合格率')).toBe(15);
    expect(stepPoints(input({}, swap(1, { target: '=100个', actual: 90 })), 'indicator.产出/验收合格率')).toBeCloseTo(13.5, 12);
    expect(stepPoints(input({}, swap(1, { target: '=100个', actual: 250 })), 'indicator.产出/验收合格率')).toBe(0);
    // relative gap 5e-9 is beyond the 1e-9 tolerance: not full
    expect(stepPoints(input({}, swap(1, { target: '=100个', actual: 100 + 5e-7 })), 'indicator.产出/验收合格率')).toBeLessThan(15);
  });

  it('FISCAL.md §3: a qualitative verdict takes the evaluator percentage within its band', () => {
    expect(stepPoints(input({}, swap(3, { verdict: '部分达成', percent: '70%' })), 'indicator.效益/通行时间')).toBeCloseTo(21, 12);
    expect(stepPoints(input({}, swap(3, { verdict: '达成', percent: 100 })), 'indicator.效益/通行时间')).toBe(30);
    expect(stepPoints(input({}, swap(3, { verdict: '未达成', percent: 0 })), 'indicator.效益/通行时间')).toBe(0);
  });

  it('FISCAL.md §3: a percentage outside the verdict band is an error', () => {
    for (const [verdict, percent] of [['达成', 75], ['部分达成', 81], ['部分达成', 59], ['未达成', 61], ['达成', 101]] as const) {
      const r = selfEvaluate(input({}, swap(3, { verdict, percent })));
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.code)).toEqual(['fiscal.percent-band']);
    }
    const msg = selfEvaluate(input({}, swap(3, { verdict: '达成', percent: 75 }))).issues[0]!.message.zh;
    expect(msg).toBe('指标“通行时间”评价为达成，得分比例 75% 不在 [80, 100] 内');
  });

  it('issue 8 / FISCAL.md §3 Decision: a percentage on a shared boundary (60, 80) is accepted for either verdict', () => {
    const pts = (verdict: string, percent: number) => stepPoints(input({}, swap(3, { verdict, percent })), 'indicator.效益/通行时间');
    expect(pts('部分达成', 80)).toBe(24);
    expect(pts('达成', 80)).toBe(24);
    expect(pts('未达成', 60)).toBe(18);
    expect(pts('部分达成', 60)).toBe(18);
  });

  it('FISCAL.md §3: a missing verdict or percentage is an error; an unknown verdict too', () => {
    expect(codes(input({}, swap(3, { verdict: null })))).toEqual(['fiscal.missing']);
    expect(codes(input({}, swap(3, { percent: null })))).toEqual(['fiscal.missing']);
    expect(codes(input({}, swap(3, { verdict: '还行' })))).toEqual(['fiscal.verdict-invalid']);
  });

  it('FISCAL.md §3: actual above 1.5 × target on ≥ warns 偏离度, with no deduction by default', () => {
    const r = score(input({}, swap(0, { actual: 80 })));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['fiscal.overshoot', 'warning']]);
    expect(r.issues[0]!.message.zh).toContain('目标可能设置偏低（偏离度）');
    expect(r.value.steps[1]!.points).toBe(20);
    expect(score(input({}, swap(0, { actual: 75 }))).issues).toEqual([]);
    // only higher-is-better indicators: a ≤ or = indicator far above its target does not warn
    expect(score(input({}, swap(2, { actual: 300 }))).issues).toEqual([]);
    expect(score(input({}, swap(1, { target: '=10个', actual: 30 }))).issues).toEqual([]);
  });

  it('FISCAL.md §3: the scheme may set an overshoot deduction', () => {
    const sc = { ...fiscalPreset, overshoot: { factor: 1.5, deductionShare: 0.2 } };
    const r = selfEvaluate(input({}, swap(0, { actual: 80 })), sc);
    expect(r.ok && r.value.steps[1]!.points).toBe(16);
  });

  it('FISCAL.md §3: 不适用 drops the indicator and rescales the rest to keep their total', () => {
    const r = score(input({}, swap(2, { applicable: false })));
    // factor 90/75 = 1.2: 里程 24 × 0.9, 合格率 18, 效益 36 × 0.9, 满意度 12, plus execution 9
    expect(r.value.value).toBeCloseTo(9 + 21.6 + 18 + 32.4 + 12, 10);
    const dropped = r.value.steps.find((s) => s.item === 'indicator.产出/单位成本')!;
    expect(dropped.points).toBe(0);
    expect(dropped.rule.zh).toContain('不适用');
    expect(r.value.steps.filter((s) => s.item.startsWith('indicator.')).reduce((a, s) => a + (s.cap ?? 0), 0)).toBeCloseTo(90, 10);
    // as written, across levels: 满意度 grows past its split share of 10
    expect(r.value.steps.find((s) => s.item === 'indicator.满意度/群众满意度')!.cap).toBeCloseTo(12, 10);
  });

  it('FISCAL.md §3 scheme setting inapplicable: level rescales within the 一级指标, keeping each split share', () => {
    const sc = { ...fiscalPreset, inapplicable: 'level' as const };
    const r = selfEvaluate(input({}, swap(2, { applicable: false })), sc);
    // 产出 50 / 35 applicable: 里程 20 → 28.57 × 0.9, 合格率 15 → 21.43; 效益 27 and 满意度 10 unchanged; + 9
    expect(r.ok && r.value.value).toBeCloseTo(9 + (20 * 50) / 35 * 0.9 + (15 * 50) / 35 + 27 + 10, 10);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.满意度/群众满意度')!.cap).toBe(10);
  });

  it('FISCAL.md §3 scheme setting inapplicable: level passes a wholly 不适用 level on to the others', () => {
    const sc = { ...fiscalPreset, inapplicable: 'level' as const };
    const r = selfEvaluate(input({}, swap(4, { applicable: false })), sc);
    expect(r.ok && r.value.steps.filter((s) => s.item.startsWith('indicator.')).reduce((a, s) => a + (s.cap ?? 0), 0)).toBeCloseTo(90, 10);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.效益/通行时间')!.cap).toBeCloseTo(30 * 90 / 80, 10);
  });

  it('FISCAL.md §3: a 不适用 indicator needs no readable 指标值 or actual', () => {
    const r = selfEvaluate(input({}, swap(2, { applicable: false, target: null, actual: null })));
    expect(r.ok && r.value.rounded).toBe(93);
  });

  it('FISCAL.md §3 Decision: points per 一级指标 must equal its share of the split', () => {
    const r = selfEvaluate(input({}, swap(2, { points: 10 })));
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message.zh)).toEqual(['产出指标分值合计 45，应为 50']);
  });

  it('FISCAL.md §3 Decision as a scheme setting: scale-to-split scales each level\'s points to its share', () => {
    const sc = { ...fiscalPreset, indicatorPoints: 'scale-to-split' as const };
    // 产出 written 20/15/10 = 45 → × 50/45; the other levels already match
    const r = selfEvaluate(input({}, swap(2, { points: 10 })), sc);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.产出/单位成本')!.cap).toBeCloseTo(500 / 45, 10);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.产出/单位成本')!.rule.zh).toContain('按分值构成调整为');
    // a level whose indicators have no points cannot be scaled: still an error
    const none = selfEvaluate(input({}, swap(4, { points: 0 })), sc);
    expect(none.issues.map((i) => i.message.zh)).toEqual(['满意度指标分值合计 0，应为 10']);
  });

  it('issue 8 / FISCAL.md §3 Decision: a level with no indicator (no 满意度) rescales its points onto the others, with a warning', () => {
    const noSatisfaction = base.filter((b) => b.level1 !== '满意度');
    const r = selfEvaluate(input({ at: { project: { field: '项目名称', cell: 'A2' } } }, noSatisfaction));
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['fiscal.level-missing', 'warning', 'A2']]);
    expect(r.issues[0]!.message.zh).toBe('A2：没有满意度指标，其 10 分按比例分给其余指标');
    // the 80 indicator points become 90: each × 90/80; the indicator total is kept
    expect(r.ok && r.value.steps.slice(1).reduce((a, s) => a + (s.cap ?? 0), 0)).toBeCloseTo(90, 9);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.效益/通行时间')!.cap).toBeCloseTo(33.75, 9);
    expect(r.ok && r.value.steps.find((s) => s.item === 'indicator.效益/通行时间')!.rule.zh).toContain('按缺少的一级指标调整为 33.75');
  });

  it('FISCAL.md §3 Decision: a level with no indicator spills within inapplicable level mode too, and with missingLevel error refuses', () => {
    const noSatisfaction = base.filter((b) => b.level1 !== '满意度');
    const lv = selfEvaluate(input({}, noSatisfaction), { ...fiscalPreset, inapplicable: 'level' });
    expect(lv.ok && lv.value.steps.slice(1).reduce((a, s) => a + (s.cap ?? 0), 0)).toBeCloseTo(90, 9);
    const strict = selfEvaluate(input({}, noSatisfaction), { ...fiscalPreset, missingLevel: 'error' });
    expect(strict.issues.map((i) => i.message.zh)).toEqual(['满意度指标分值合计 0，应为 10']);
  });

  it('FISCAL.md §3: a changed split changes the required shares', () => {
    const sc = { ...fiscalPreset, split: { execution: 10, output: 40, effect: 40, satisfaction: 10 } };
    expect(selfEvaluate(input(), sc).issues.map((i) => i.code)).toEqual(['fiscal.points-split', 'fiscal.points-split']);
  });

  it('every indicator 不适用 is an error', () => {
    expect(codes(input({}, base.map((b) => ({ ...b, applicable: false }))))).toEqual(['fiscal.all-inapplicable']);
  });

  it('a bad 一级指标, blank actual or text points are errors, never read as 0', () => {
    expect(codes(input({}, swap(0, { level1: '投入' })))).toEqual(['fiscal.level1-invalid']);
    expect(codes(input({}, swap(0, { actual: null })))).toEqual(['fiscal.missing']);
    expect(codes(input({}, swap(0, { points: '二十' })))).toEqual(['fiscal.bad-number']);
  });

  it('accepts an already-parsed target and names the cells given', () => {
    const r = selfEvaluate(input({}, swap(0, { target: { kind: 'quantitative', op: '≥', value: 50, unit: '公里', text: '≥50公里', assumedOp: false }, actual: '很多', at: { row: 7, sheet: '自评', cells: { actual: 'L7' } } })));
    expect(r.issues[0]).toMatchObject({ code: 'fiscal.bad-number', cell: 'L7', row: 7, sheet: '自评' });
    expect(r.issues[0]!.message.zh).toBe('L7（实际完成值）应为数字，实际为“很多”');
  });
});

describe('selfEvalScore (PERF.SELFEVAL)', () => {
  it('FISCAL.md §3: execution points plus computed indicator points; blanks skipped', () => {
    const r = selfEvalScore(90, 100, [40, null, '', 30, 12.5]);
    expect(r.ok && r.value.value).toBe(91.5);
    expect(r.ok && r.value.steps.length).toBe(4);
  });

  it('FISCAL.md §3: text in the range is an error', () => {
    const r = selfEvalScore(90, 100, [40, 'abc']);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.message.zh).toBe('指标得分[2]应为数字，实际为“abc”');
  });

  it('FISCAL.md §3: indicator points above 100 − execution share (90) are an error', () => {
    expect(selfEvalScore(90, 100, [50, 40]).ok).toBe(true);
    expect(selfEvalScore(90, 100, [50, 40.01]).issues.map((i) => i.code)).toEqual(['fiscal.points-over']);
  });

  it('FISCAL.md §3: budget 0 and negative points are errors', () => {
    expect(selfEvalScore(0, 0, [50]).issues.map((i) => i.code)).toEqual(['fiscal.budget-zero-eval']);
    expect(selfEvalScore(10, 100, [-5]).issues.map((i) => i.code)).toEqual(['fiscal.negative']);
  });
});
