import type { CellValue } from '../core/cell';
import { readNumber, readText } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { hasErrors, makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { text, type Text } from '../core/text';
import { locator, numberProblem, scoreQualitative, scoreQuantitative, type IndicatorCells, type IndicatorScore, type Located } from './indicator-score';
import { LEVEL1, LEVEL1_EN, parseLevel1, type Level1 } from './levels';
import { checkAmount, readAmount } from './light';
import type { FiscalScheme } from './scheme';
import { schemeOr } from './preset';
import { parseTargetValue, type TargetValue } from './target-value';

/** One indicator of a self-evaluation (单位自评). */
export interface SelfEvalIndicator {
  readonly level1: CellValue;
  readonly name: string;
  /** The 指标值 as written (≥50个, 明显提升) or already parsed. */
  readonly target: CellValue | TargetValue;
  /** Quantitative: the actual value. */
  readonly actual?: CellValue;
  /** Qualitative: 达成 / 部分达成 / 未达成 and the evaluator's percentage of the points. */
  readonly verdict?: CellValue;
  readonly percent?: CellValue;
  /** The 得分比例 cell's number format when the host reports it as a percentage: a number there is a fraction (0.5 = 50%). */
  readonly percentFormat?: string | undefined;
  /** false → 不适用: dropped, the others rescaled. */
  readonly applicable?: boolean;
  /** The indicator's points as set in the evaluation table. */
  readonly points: CellValue;
  readonly at?: IndicatorCells;
}

export interface SelfEvalInput {
  readonly executed: CellValue;
  readonly budget: CellValue;
  readonly indicators: readonly SelfEvalIndicator[];
  /** Where the inputs sit; `project` (its name cell) carries the project-wide issues (split, all 不适用). */
  readonly at?: { readonly executed?: IssueLocation; readonly budget?: IssueLocation; readonly project?: IssueLocation };
}

const NOT_SCORED: TargetValue = { kind: 'qualitative', text: '不适用' };
const SPLIT_KEY: Readonly<Record<Level1, 'output' | 'effect' | 'satisfaction'>> = { 产出: 'output', 效益: 'effect', 满意度: 'satisfaction' };

/** Execution points = execution share × min(执行数 / 全年预算数, 1) (FISCAL.md §3). */
function executionStep(executed: CellValue, budget: CellValue, sc: FiscalScheme, at: SelfEvalInput['at'], issues: Issue[]): Step | undefined {
  const e = readAmount(executed, '执行数', 'executed', at?.executed, issues);
  const b = readAmount(budget, '全年预算数', 'annual budget', at?.budget, issues);
  if (e === undefined || b === undefined) return undefined;
  if (b === 0) {
    issues.push(makeIssue('fiscal.budget-zero-eval', {}, { ...at?.budget, field: at?.budget?.field ?? '全年预算数' }));
    return undefined;
  }
  const rate = e / b;
  const share = sc.split.execution;
  return {
    item: 'execution',
    label: text('预算执行率', 'budget execution'),
    input: rate,
    rule: text(`${share} × min(执行数/全年预算数, 1)`, `${share} × min(executed/budget, 1)`),
    points: share * Math.min(rate, 1),
    cap: share,
    capped: rate > 1,
  };
}

/**
 * The full self-evaluation score (FISCAL.md §3). Decision (scheme setting indicatorPoints): the points written
 * per indicator must add up, per 一级指标, to that level's share of the split (产出 50, 效益 30, 满意度 10) —
 * 不适用 ones included — else an error ('must-match', the preset), or are scaled to it ('scale-to-split'); then 不适用 indicators are dropped and every remaining indicator's points are scaled
 * by (all indicator points ÷ applicable points), so the indicator total stays 90.
 */
export function selfEvaluate(input: SelfEvalInput, scheme?: FiscalScheme): Result<Explained> {
  const sc = schemeOr(scheme);
  const issues: Issue[] = [];
  const exec = executionStep(input.executed, input.budget, sc, input.at, issues);
  const written = input.indicators.map((ind) => readIndicator(ind, issues));
  const sums: Record<Level1, number> = { 产出: 0, 效益: 0, 满意度: 0 };
  for (const r of written) if (r) sums[r.level1] += r.points;
  const scale = sc.indicatorPoints === 'scale-to-split';
  const missing = missingLevels(written, sc);
  if (written.every((r) => r !== undefined)) {
    for (const l of LEVEL1) {
      const share = sc.split[SPLIT_KEY[l]];
      if (missing.includes(l)) {
        issues.push(makeIssue('fiscal.level-missing', { level: l, levelEn: LEVEL1_EN[l], share }, { field: '一级指标', ...input.at?.project }));
        continue;
      }
      const sum = roundHalfUp(sums[l], sc.precision);
      // Scaling needs some points to scale; a level with none (or no indicator) is still an error.
      if (sum !== share && !(scale && sums[l] > 0)) issues.push(makeIssue('fiscal.points-split', { level: l, levelEn: LEVEL1_EN[l], sum, share }, { field: '分值', ...input.at?.project }));
    }
  }
  const read = scale ? written.map((r) => r && sums[r.level1] > 0 ? { ...r, points: (r.points * sc.split[SPLIT_KEY[r.level1]]) / sums[r.level1] } : r) : written;
  const total = read.reduce((a, r) => a + (r?.points ?? 0), 0);
  const applicable = read.reduce((a, r, i) => a + (r && input.indicators[i]!.applicable !== false ? r.points : 0), 0);
  if (total > 0 && applicable === 0) issues.push(makeIssue('fiscal.all-inapplicable', {}, { ...input.at?.project }));
  const extra = missing.reduce((a, l) => a + sc.split[SPLIT_KEY[l]], 0);
  const factors = rescaleFactors(read, input.indicators, sc.inapplicable ?? 'all', extra);
  const why = rescaleReason(input.indicators.some((ind) => ind.applicable === false), extra > 0);
  const steps: Step[] = exec ? [exec] : [];
  input.indicators.forEach((ind, i) => {
    const r = read[i];
    if (!r) return;
    const item = `indicator.${r.level1}/${ind.name}`;
    const label = text(ind.name, ind.name);
    if (ind.applicable === false) {
      steps.push({ item, label, input: null, rule: text('不适用：不计分，分值按比例分给其余指标', 'not applicable: dropped, its points rescaled onto the others'), points: 0 });
      return;
    }
    const factor = factors[i]!;
    const pts = r.points * factor;
    const s = scoreOne(ind, r.target, pts, sc, issues);
    if (!s) return;
    const w = written[i]!.points;
    const reason = factor !== 1 ? why : text('分值构成', 'the split');
    const rescaled = roundHalfUp(pts, 9) !== roundHalfUp(w, 9) ? text(`（分值 ${w} 按${reason.zh}调整为 ${roundHalfUp(pts, 6)}）`, ` (points ${w} rescaled to ${roundHalfUp(pts, 6)} for ${reason.en})`) : text('', '');
    steps.push({ item, label, input: s.input, rule: text(s.rule.zh + rescaled.zh, s.rule.en + rescaled.en), points: s.points, cap: pts });
  });
  if (hasErrors(issues)) return fail(issues);
  const value = steps.reduce((a, s) => a + s.points, 0);
  return ok({ value, rounded: roundHalfUp(value, sc.precision), steps }, issues);
}

/**
 * FISCAL.md §3 Decision (scheme setting missingLevel, absent → 'rescale'): the 一级指标 with no indicator at all (no
 * 满意度, which §1 allows with a warning) have their split share rescaled onto the other levels, as 不适用 ones are.
 * None when some indicator is unreadable (its level is unknown) or when there is no indicator at all (nothing to
 * rescale onto: every level's points-split error says so).
 */
function missingLevels(written: readonly ({ level1: Level1 } | undefined)[], sc: FiscalScheme): Level1[] {
  if ((sc.missingLevel ?? 'rescale') === 'error' || written.length === 0 || written.some((r) => r === undefined)) return [];
  return LEVEL1.filter((l) => !written.some((r) => r!.level1 === l));
}

/** Why an indicator's points were rescaled, for its step. */
function rescaleReason(inapplicable: boolean, missing: boolean): Text {
  if (inapplicable && missing) return text('不适用指标和缺少的一级指标', 'inapplicable indicators and missing levels');
  return missing ? text('缺少的一级指标', 'missing levels') : text('不适用指标', 'inapplicable indicators');
}

/**
 * Each applicable indicator's points multiplier once 不适用 ones are dropped (FISCAL.md §3). 'all' (as
 * written): every remaining indicator × (all points ÷ applicable points). 'level' (scheme setting): within
 * its 一级指标, so each level keeps its split share; a level left with no applicable indicator passes its
 * points on to all the others. `extra`: the split share of levels with no indicator at all, passed on the same way.
 */
function rescaleFactors(read: readonly ({ level1: Level1; points: number } | undefined)[], inds: readonly SelfEvalIndicator[], mode: 'all' | 'level', extra: number): number[] {
  const total: Record<Level1 | 'all', number> = { 产出: 0, 效益: 0, 满意度: 0, all: 0 };
  const applicable: Record<Level1 | 'all', number> = { 产出: 0, 效益: 0, 满意度: 0, all: 0 };
  read.forEach((r, i) => {
    if (!r) return;
    total[r.level1] += r.points;
    total.all += r.points;
    if (inds[i]!.applicable === false) return;
    applicable[r.level1] += r.points;
    applicable.all += r.points;
  });
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
  if (mode === 'all') return read.map(() => ratio(total.all + extra, applicable.all));
  const kept = LEVEL1.reduce((a, l) => a + (applicable[l] > 0 ? total[l] : 0), 0);
  const spill = ratio(total.all + extra, kept);
  return read.map((r) => (r ? ratio(total[r.level1], applicable[r.level1]) * spill : 0));
}

function readIndicator(ind: SelfEvalIndicator, issues: Issue[]): { level1: Level1; points: number; target: TargetValue } | undefined {
  const loc = locator(ind.at);
  const level1 = parseLevel1(ind.level1);
  if (!level1) {
    const raw = readText(ind.level1 ?? null);
    const at = loc('level1', '一级指标', 'level-1 indicator');
    issues.push(raw === null ? makeIssue('fiscal.missing', { fieldEn: at.fieldEn }, at) : makeIssue('fiscal.level1-invalid', { value: raw }, at));
  }
  const points = readAmount(ind.points, '分值', 'points', loc('points', '分值', 'points'), issues);
  // A 不适用 indicator is never scored, so its 指标值 need not be readable.
  const target = ind.applicable === false ? NOT_SCORED : readTarget(ind.target, loc('target', '指标值', 'target value'), issues);
  if (!level1 || points === undefined || !target) return undefined;
  return { level1, points, target };
}

function readTarget(v: CellValue | TargetValue, at: Located, issues: Issue[]): TargetValue | undefined {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return v;
  const t = parseTargetValue(v);
  // FISCAL.md §1, in the self-evaluation alike: a number without its operator (50个) is an error, never read as "=".
  if (t.ok && t.target.kind === 'quantitative' && t.target.assumedOp) {
    issues.push(makeIssue('fiscal.target-no-operator', { fieldEn: at.fieldEn, value: t.target.text }, at));
    return undefined;
  }
  if (t.ok) return t.target;
  const fieldEn = at.fieldEn;
  issues.push(t.reason === 'blank' ? makeIssue('fiscal.missing', { fieldEn }, at) : makeIssue(t.reason === 'excel-error' ? 'fiscal.excel-error' : 'fiscal.target-bad', { fieldEn, value: t.text }, at));
  return undefined;
}

function scoreOne(ind: SelfEvalIndicator, target: TargetValue, points: number, sc: FiscalScheme, issues: Issue[]): IndicatorScore | undefined {
  const loc = locator(ind.at);
  return target.kind === 'quantitative'
    ? scoreQuantitative(ind.name, target, ind.actual, points, sc, loc, issues)
    : scoreQualitative(ind.name, ind.verdict, ind.percent, ind.percentFormat, points, sc, loc, issues);
}

/**
 * PERF.SELFEVAL: execution points plus indicator points already computed in the sheet (FISCAL.md §3).
 * Blank cells of the range are skipped; text is an error; the indicator sum may not exceed 100 − execution share.
 */
export function selfEvalScore(executed: CellValue, budget: CellValue, indicatorPoints: readonly CellValue[], scheme?: FiscalScheme): Result<Explained> {
  const sc = schemeOr(scheme);
  const issues: Issue[] = [];
  const exec = executionStep(executed, budget, sc, undefined, issues);
  const steps: Step[] = exec ? [exec] : [];
  let sum = 0;
  indicatorPoints.forEach((v, i) => {
    const r = readNumber(v);
    const field = `指标得分[${i + 1}]`;
    const fieldEn = `indicator points[${i + 1}]`;
    if (!r.ok) {
      if (r.kind !== 'blank') issues.push(numberProblem(v, { field, fieldEn }));
      return;
    }
    if (!checkAmount(r.value, fieldEn, { field }, issues)) return;
    sum += r.value;
    steps.push({ item: `indicator.${i + 1}`, label: text(field, fieldEn), input: r.value, rule: text('已计算的指标得分', 'indicator points as computed'), points: r.value });
  });
  const max = 100 - sc.split.execution;
  if (roundHalfUp(sum, sc.precision) > max) issues.push(makeIssue('fiscal.points-over', { sum: roundHalfUp(sum, sc.precision), max }));
  if (hasErrors(issues)) return fail(issues);
  const value = steps.reduce((a, s) => a + s.points, 0);
  return ok({ value, rounded: roundHalfUp(value, sc.precision), steps }, issues);
}
