import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { readNumber, readText } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { numberProblem } from './indicator-score';
import { checkAmount } from './light';
import type { FiscalScheme, Grade } from './scheme';
import { GRADES } from './constants';
import { schemeOr } from './preset';

/**
 * The grade of a self-evaluation score (FISCAL.md §3): on the score rounded half-up to the scheme
 * precision, half-open bands ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 (89.995 → 90.00 → 优).
 */
export function gradeOf(score: CellValue, scheme?: FiscalScheme): Result<Grade> {
  const sc = schemeOr(scheme);
  const loc = { field: '得分' };
  const r = readNumber(score);
  if (!r.ok) return fail([numberProblem(score, { ...loc, fieldEn: 'score' })]);
  const s = roundHalfUp(r.value, sc.precision);
  if (s < 0 || s > 100) return fail([makeIssue('fiscal.score-range', { value: r.value, fieldEn: 'score' }, loc)]);
  const g = sc.gradeMin;
  return ok(s >= g.优 ? '优' : s >= g.良 ? '良' : s >= g.中 ? '中' : '差');
}

/** 优/良/中/差 (also A/B/C/D and excellent/good/fair/poor) → the grade; undefined otherwise. */
export function parseGrade(v: CellValue | undefined): Grade | undefined {
  const t = readText(v ?? null)?.toLowerCase();
  if (t === undefined) return undefined;
  const en: Record<string, Grade> = { excellent: '优', good: '良', fair: '中', poor: '差', a: '优', b: '良', c: '中', d: '差' };
  return (GRADES as readonly string[]).includes(t) ? (t as Grade) : ownValue(en, t);
}

/**
 * Result application (FISCAL.md §4, 篇2 三.5): the grade's suggestion; with a per-grade adjustment
 * percentage set in the scheme, next year's requested amount × (1 + percentage / 100) as well.
 */
export function applyResult(grade: Grade, requested?: CellValue, scheme?: FiscalScheme): { suggestion: Text; amount?: number; issues: Issue[] } {
  const sc = schemeOr(scheme);
  const a = sc.application[grade];
  const suggestion: Text = { zh: a.zh, en: a.en };
  const issues: Issue[] = [];
  if (a.adjustPercent === undefined || requested === undefined) return { suggestion, issues };
  const loc = { field: '下年申请金额' };
  const r = readNumber(requested);
  if (!r.ok) {
    if (r.kind !== 'blank') issues.push(numberProblem(requested, { ...loc, fieldEn: 'requested amount' }));
    return { suggestion, issues };
  }
  if (!checkAmount(r.value, 'requested amount', loc, issues)) return { suggestion, issues };
  return { suggestion, amount: roundHalfUp(r.value * (1 + a.adjustPercent / 100), sc.precision), issues };
}
