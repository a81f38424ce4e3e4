import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { selfEvaluate, type SelfEvalIndicator } from './self-eval';

/** One 产出 indicator worth 50 with the rest fixed and full, so the 产出 step shows the rule alone. */
const run = (target: CellValue, actual: CellValue, extra: Partial<SelfEvalIndicator> = {}) =>
  selfEvaluate({
    executed: 100,
    budget: 100,
    indicators: [
      { level1: '产出', name: '测试', target, actual, points: 50, ...extra },
      { level1: '效益', name: '效益', target: '明显提升', verdict: '达成', percent: 100, points: 30 },
      { level1: '满意度', name: '满意度', target: '≥90%', actual: '95%', points: 10 },
    ],
  });
const points = (target: CellValue, actual: CellValue, extra: Partial<SelfEvalIndicator> = {}) => {
  const r = run(target, actual, extra);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value.steps.find((s) => s.item === 'indicator.产出/测试')!.points;
};
const codes = (target: CellValue, actual: CellValue, extra: Partial<SelfEvalIndicator> = {}) => run(target, actual, extra).issues.map((i) => i.code);

describe('scoreQuantitative: zero and negative targets', () => {
  it('FISCAL.md §3 ≥/>: a target of 0 cannot be divided by; met earns full, missed earns 0', () => {
    expect(points('≥0', 0)).toBe(50);
    expect(points('≥0', 3)).toBe(50);
    expect(points('>0', 0)).toBe(0); // 0 is not above 0
    expect(points('>0', 1)).toBe(50);
    expect(points('≥-5%', '-3%')).toBe(50);
    expect(points('≥-5%', '-6%')).toBe(0);
  });

  it('FISCAL.md §3 ≤/<: actual 0 earns full; target 0 with actual above it earns 0', () => {
    expect(points('≤0起', 0)).toBe(50);
    expect(points('≤0起', 2)).toBe(0);
    expect(points('<5次', 0)).toBe(50);
    expect(points('≤-2', -3)).toBe(50);
    expect(points('≤-2', -1)).toBe(0);
  });

  it('FISCAL.md §3 =: a target of 0 earns full only when the actual is 0', () => {
    expect(points('=0', 0)).toBe(50);
    expect(points('=0', 0.5)).toBe(0);
  });

  it('FISCAL.md §3: a negative actual against a positive ≥ target earns 0, not negative points', () => {
    expect(points('≥50', -10)).toBe(0);
  });

  it('huge actuals stay finite', () => {
    expect(points('≥50', 1e300)).toBe(50);
    expect(points('≤50', 1e300)).toBeCloseTo(0, 12);
    expect(points('=50', 1e300)).toBe(0);
  });
});

describe('scoreQuantitative: percent targets', () => {
  it('a percent-formatted actual (0.98, 1.02) compares with a percent target directly', () => {
    expect(points('≥95%', 0.98)).toBe(50);
    expect(points('≥100%', 1.02)).toBe(50);
    expect(codes('≥100%', 1.02)).toEqual([]);
  });

  it('a bare 98 against ≥95% is read as 98% with a warning naming the cell, not as 9800%', () => {
    const r = run('≥95%', 98, { at: { row: 3, cells: { actual: 'I3' } } });
    expect(r.ok && r.value.steps[1]!.points).toBe(50);
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['fiscal.percent-assumed', 'I3', 'warning']]);
    expect(r.issues[0]!.message.zh).toBe('I3（实际完成值）“98”没有 %，指标值 ≥95% 是百分比，按 98% 读取');
    expect(points('≤5%', 3)).toBe(50); // 3 → 3%, not 300%
    expect(points('≥95%', 76)).toBeCloseTo(40, 12); // 76% of 95%
  });

});

describe('readPercent: the evaluator percentage, read as typed (FISCAL.md §3 Decision)', () => {
  /** Execution 10, 产出 50 and 满意度 10 full; 效益 (30 points) 未达成 at `percent`, in a cell formatted `format`. */
  const qualitative = (percent: CellValue, format?: string, verdict = '未达成') =>
    selfEvaluate({
      executed: 100,
      budget: 100,
      indicators: [
        { level1: '产出', name: '产出', target: '≥1', actual: 1, points: 50 },
        { level1: '效益', name: '效益', target: '明显提升', verdict, percent, percentFormat: format, points: 30, at: { row: 3, cells: { percent: 'K3' } } },
        { level1: '满意度', name: '满意度', target: '≥90%', actual: '95%', points: 10 },
      ],
    });
  const score = (r: ReturnType<typeof qualitative>) => (r.ok ? r.value.rounded : r.issues.map((i) => i.code));

  it('issue 8: a typed 0.5 with 未达成 is 0.5%, scoring 70.15 (not 50% and 85), with a warning asking whether a fraction was meant', () => {
    const r = qualitative(0.5);
    expect(score(r)).toBe(70.15);
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['fiscal.percent-fraction', 'warning', 'K3']]);
    expect(r.issues[0]!.message.zh).toBe('K3（得分比例）0.5 按 0.5% 读取；如果指的是 50%，请填 50 或 50%，或把单元格设为百分比格式');
  });

  it('issue 8: a typed 1 with 未达成 is 1% (was refused as 100% outside [0, 60)), with the warning', () => {
    const r = qualitative(1);
    expect(score(r)).toBe(70.3);
    expect(r.issues.map((i) => i.code)).toEqual(['fiscal.percent-fraction']);
  });

  it('a percent-formatted 0.5 is 50%, without a warning', () => {
    const r = qualitative(0.5, '0%');
    expect(score(r)).toBe(85);
    expect(r.issues).toEqual([]);
  });

  it.each([[50], ['50'], ['50%'], ['５０％']])('%j is 50%, without a warning', (percent) => {
    const r = qualitative(percent);
    expect(score(r)).toBe(85);
    expect(r.issues).toEqual([]);
  });

  it('text "0.5" in a percent-formatted cell is text as typed: 0.5%, with the warning', () => {
    expect(score(qualitative('0.5', '0%'))).toBe(70.15);
  });

  it('0 needs no warning: 未达成 at 0%', () => {
    const r = qualitative(0);
    expect(score(r)).toBe(70);
    expect(r.issues).toEqual([]);
  });
});

describe('scoreQuantitative: bad actuals', () => {
  it('an Excel error, text, NaN or a blank actual is an error, never 0', () => {
    expect(codes('≥50', '#N/A')).toEqual(['fiscal.excel-error']);
    expect(codes('≥50', '很多')).toEqual(['fiscal.bad-number']);
    expect(codes('≥50', Number.NaN)).toEqual(['fiscal.bad-number']);
    expect(codes('≥50', null)).toEqual(['fiscal.missing']);
    expect(codes('#REF!', 10)).toEqual(['fiscal.excel-error']);
  });
});
