import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { halfWidth, readNumber, readText } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import { text, type Text } from '../core/text';
import type { FiscalScheme, Verdict } from './scheme';
import { higherIsBetter, isShort, nearlyEqual, readActual, type TargetValue } from './target-value';

/** Where an indicator's inputs sit, when they came from a sheet. */
export interface IndicatorCells {
  readonly row?: number;
  readonly sheet?: string | undefined;
  readonly cells?: Partial<Record<'level1' | 'name' | 'target' | 'actual' | 'verdict' | 'percent' | 'points' | 'applicable', string>>;
}

/** What an indicator earned, and the rule that gave it. */
export interface IndicatorScore {
  readonly points: number;
  readonly input: number | string | null;
  readonly rule: Text;
}

const VERDICT_SPELLINGS: Readonly<Record<string, Verdict>> = {
  达成: '达成', 已达成: '达成', 完成: '达成', achieved: '达成', met: '达成',
  部分达成: '部分达成', 基本达成: '部分达成', partly: '部分达成', 'partly achieved': '部分达成', 'partially achieved': '部分达成',
  未达成: '未达成', 未完成: '未达成', 'not achieved': '未达成', 'not met': '未达成',
};

export function parseVerdict(v: CellValue | undefined): Verdict | undefined {
  const t = readText(v ?? null);
  return t === null ? undefined : ownValue(VERDICT_SPELLINGS, halfWidth(t).toLowerCase().replace(/\s+/g, ' '));
}

/** A field named in both languages, at its cell when it came from a sheet. */
export type Located = { field: string; fieldEn: string; cell?: string | undefined; row?: number | undefined; sheet?: string | undefined };

type Loc = (key: keyof NonNullable<IndicatorCells['cells']>, field: string, fieldEn: string) => Located;

export function locator(at: IndicatorCells | undefined): Loc {
  return (key, field, fieldEn) => {
    const out: Located = { field, fieldEn };
    const cell = at?.cells?.[key];
    if (cell !== undefined) out.cell = cell;
    if (at?.row !== undefined) out.row = at.row;
    if (at?.sheet !== undefined) out.sheet = at.sheet;
    return out;
  };
}

/**
 * A quantitative indicator by its operator (FISCAL.md §3): ≥/> points × min(actual/target, 1);
 * ≤/< points × min(target/actual, 1), actual 0 → full; = full within the tolerance, else
 * points × max(0, 1 − |actual − target| / |target|). Overshoot beyond factor × target warns.
 */
export function scoreQuantitative(name: string, target: Extract<TargetValue, { kind: 'quantitative' }>, actualCell: CellValue | undefined, points: number, sc: FiscalScheme, at: Loc, issues: Issue[]): IndicatorScore | undefined {
  const loc = at('actual', '实际完成值', 'actual');
  const read = readActual(actualCell, target);
  if (read === undefined) {
    issues.push(numberProblem(actualCell, loc));
    return undefined;
  }
  const actual = read.value;
  if (read.percentAssumed) issues.push(makeIssue('fiscal.percent-assumed', { fieldEn: loc.fieldEn, value: readText(actualCell ?? null) ?? '', percent: `${roundHalfUp(actual * 100, 6)}%`, target: target.text }, loc));
  const t = target.value;
  let fraction: number;
  let rule: Text;
  if ((higherIsBetter(target.op) && t <= 0) || (!higherIsBetter(target.op) && target.op !== '=' && t < 0)) {
    // actual/target has no meaning for a zero or negative target (≥0, >0, ≤−5): met or not.
    fraction = isShort(actual, target, sc.equalTolerance) ? 0 : 1;
    rule = text(`${target.op}${t}：目标非正数，达到得满分，否则 0 分`, `${target.op}${t}: a target not above 0 earns full points when met, else 0`);
  } else if (higherIsBetter(target.op)) {
    fraction = clamp01(actual / t);
    rule = text(`${target.op}：分值 × min(实际/目标, 1)`, `${target.op}: points × min(actual/target, 1)`);
  } else if (target.op === '=') {
    fraction = nearlyEqual(actual, t, sc.equalTolerance) ? 1 : t === 0 ? 0 : Math.max(0, 1 - Math.abs(actual - t) / Math.abs(t));
    rule = text('=：相等得满分，否则 分值 × max(0, 1 − |实际−目标|/|目标|)', '=: full when equal, else points × max(0, 1 − |actual − target|/|target|)');
  } else {
    fraction = actual <= 0 ? 1 : clamp01(t / actual);
    rule = text(`${target.op}：分值 × min(目标/实际, 1)，实际为 0 得满分`, `${target.op}: points × min(target/actual, 1), full when actual is 0`);
  }
  let earned = points * fraction;
  if (higherIsBetter(target.op) && t > 0 && roundHalfUp(actual / t, 9) > sc.overshoot.factor) {
    issues.push(makeIssue('fiscal.overshoot', { indicator: name, actual: target.text.includes('%') ? `${roundHalfUp(actual * 100, 6)}%` : actual, target: target.text, factor: sc.overshoot.factor }, loc));
    const share = sc.overshoot.deductionShare;
    if (share !== undefined && share > 0) {
      earned = Math.max(0, earned - points * share);
      rule = text(`${rule.zh}；偏离度过大扣 ${share * 100}% 分值`, `${rule.en}; overshoot deducts ${share * 100}% of the points`);
    }
  }
  return { points: earned, input: actual, rule };
}

/**
 * A qualitative indicator (FISCAL.md §3): the verdict's band must hold the evaluator's percentage. A percentage on a
 * boundary shared by two bands (60, 80) fits either verdict when both bands include it (the preset's closed bands).
 */
export function scoreQualitative(name: string, verdictCell: CellValue | undefined, percentCell: CellValue | undefined, percentFormat: string | undefined, points: number, sc: FiscalScheme, at: Loc, issues: Issue[]): IndicatorScore | undefined {
  const vLoc = at('verdict', '评价结论', 'verdict');
  const pLoc = at('percent', '得分比例', 'score percentage');
  const raw = readText(verdictCell ?? null);
  const verdict = parseVerdict(verdictCell);
  if (raw === null) issues.push(makeIssue('fiscal.missing', { fieldEn: vLoc.fieldEn }, vLoc));
  else if (!verdict) issues.push(makeIssue('fiscal.verdict-invalid', { indicator: name, value: raw }, vLoc));
  const pct = readPercent(percentCell, percentFormat, pLoc, issues);
  if (!verdict || pct === undefined) return undefined;
  const b = sc.verdictBands[verdict];
  const inBand = pct >= b.min && (pct < b.max || (b.includeMax && pct <= b.max));
  if (!inBand) {
    issues.push(makeIssue('fiscal.percent-band', { indicator: name, verdict, value: pct, band: `[${b.min}, ${b.max}${b.includeMax ? ']' : ')'}` }, pLoc));
    return undefined;
  }
  return { points: (points * pct) / 100, input: `${verdict} ${pct}%`, rule: text(`${verdict}：分值 × 评价比例（${b.min}–${b.max}%）`, `${verdict}: points × the evaluator's percentage (${b.min}–${b.max}%)`) };
}

/** x × 100 without binary noise (0.57 → 57, not 56.99999999999999). */
const hundredfold = (x: number): number => Number((x * 100).toPrecision(12));

/**
 * The evaluator's percentage, in percent, read as typed (FISCAL.md §3 Decision): 50 and "50%" are 50; a number in a
 * percent-formatted cell (`percentFormat`, from the host) is a fraction, 0.5 → 50; a bare number in a cell that is not
 * percent-formatted is that many percent, so 0.5 → 0.5, with a warning when it is at most 1 (was a fraction meant?).
 * A blank is an error.
 */
function readPercent(cell: CellValue | undefined, percentFormat: string | undefined, loc: Located, issues: Issue[]): number | undefined {
  const v = cell ?? null;
  const r = readNumber(v);
  if (!r.ok) {
    issues.push(numberProblem(v, loc));
    return undefined;
  }
  if (typeof v === 'string' && halfWidth(v).trim().endsWith('%')) return hundredfold(r.value);
  if (typeof v === 'number' && percentFormat !== undefined) return hundredfold(r.value);
  if (r.value > 0 && r.value <= 1) issues.push(makeIssue('fiscal.percent-fraction', { fieldEn: loc.fieldEn, value: r.value, percent: hundredfold(r.value) }, loc));
  return r.value;
}

/** Why a cell is not a number: blank, an Excel error, or text — never read as 0. */
export function numberProblem(cell: CellValue | undefined, loc: Located): Issue {
  const v = cell ?? null;
  const r = readNumber(v);
  const fieldEn = loc.fieldEn;
  if (!r.ok && r.kind === 'blank') return makeIssue('fiscal.missing', { fieldEn }, loc);
  if (!r.ok && r.kind === 'excel-error') return makeIssue('fiscal.excel-error', { fieldEn, value: r.text }, loc);
  return makeIssue('fiscal.bad-number', { fieldEn, value: readText(v ?? null) ?? '' }, loc);
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
