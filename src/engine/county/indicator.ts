import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { readNumber, readText } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { normalizeHeader } from '../core/table';
import type { Text } from '../core/text';
import { isPercentText } from './raw';

export type Direction = 'higher' | 'lower';

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  '≥': 'higher', '>=': 'higher', higher: 'higher', '越高越好': 'higher', '正向': 'higher', '高': 'higher', '↑': 'higher',
  '≤': 'lower', '<=': 'lower', lower: 'lower', '越低越好': 'lower', '逆向': 'lower', '低': 'lower', '↓': 'lower',
};

/** A direction cell: blank = higher-is-better (the seed's only kind); undefined when unrecognised. */
export function parseDirection(v: CellValue | undefined): Direction | undefined {
  const t = readText(v ?? null);
  return t === null ? 'higher' : ownValue(DIRECTIONS, normalizeHeader(t));
}

/** Points one indicator earns, with the rule that gave them. Inputs already checked. */
export function indicatorRule(actual: number, target: number, points: number, dir: Direction): { points: number; rule: Text } {
  if (dir === 'higher') {
    // 篇4 五(一)1: 达到及超过标准值的计满分，低于标准值的按实际完成比例折算计分.
    if (actual >= target) return { points, rule: { zh: `完成值 ${actual} ≥ 标准值 ${target}，计满分 ${points}`, en: `actual ${actual} ≥ target ${target}: full ${points}` } };
    const p = Math.max(0, (points * actual) / target);
    return { points: p, rule: { zh: `完成值 ${actual} < 标准值 ${target}，按比例 ${points} × ${actual}/${target}`, en: `actual ${actual} < target ${target}: ${points} × ${actual}/${target}` } };
  }
  // Decision (RULES.md): lower-is-better — at or under the target is full, else points × target / actual; target 0 needs actual 0.
  if (actual <= target) return { points, rule: { zh: `完成值 ${actual} ≤ 标准值 ${target}（越低越好），计满分 ${points}`, en: `actual ${actual} ≤ target ${target} (lower is better): full ${points}` } };
  if (target === 0) return { points: 0, rule: { zh: `标准值为 0（越低越好），完成值 ${actual} > 0，计 0 分`, en: `target 0 (lower is better), actual ${actual} > 0: 0 points` } };
  return { points: (points * target) / actual, rule: { zh: `完成值 ${actual} > 标准值 ${target}（越低越好），按 ${points} × ${target}/${actual}`, en: `actual ${actual} > target ${target} (lower is better): ${points} × ${target}/${actual}` } };
}

type At = (part: 'actual' | 'target' | 'points') => IssueLocation & { at: string };

/** A negative actual is an error (篇4 五: 按实际完成比例折算 needs a real completion). */
export function checkActual(actual: number, at: At): Issue[] {
  return actual < 0 ? [makeIssue('county.negative-value', { at: at('actual').at, part: '完成值', partEn: 'the actual', value: actual }, at('actual'))] : [];
}

/** Points must not be negative; a higher-is-better target must be > 0, a lower-is-better one ≥ 0. */
export function checkLeaf(nums: { target: number; points: number }, dir: Direction, at: At): Issue[] {
  const issues: Issue[] = [];
  if (nums.points < 0) issues.push(makeIssue('county.negative-value', { at: at('points').at, part: '分值', partEn: 'the points', value: nums.points }, at('points')));
  if (dir === 'higher' && nums.target <= 0) issues.push(makeIssue('county.target-not-positive', { at: at('target').at, value: nums.target }, at('target')));
  if (dir === 'lower' && nums.target < 0) issues.push(makeIssue('county.negative-value', { at: at('target').at, part: '标准值', partEn: 'the target', value: nums.target }, at('target')));
  return issues;
}

const PARTS = { actual: ['完成值', 'the actual'], target: ['标准值', 'the target'], points: ['分值', 'the points'] } as const;

/** Read an argument as a number, or push an issue naming it. */
function readArg(v: CellValue, name: keyof typeof PARTS, issues: Issue[]): number | undefined {
  const r = readNumber(v);
  const [part, partEn] = PARTS[name];
  // Actuals and targets may be rates ("85%" of "90%"); points may not.
  if (r.ok && name === 'points' && isPercentText(v)) {
    issues.push(makeIssue('county.part-percent', { at: name, part, partEn, value: String(v) }, { field: name }));
    return undefined;
  }
  if (r.ok) return r.value;
  if (r.kind === 'blank') issues.push(makeIssue('county.part-missing', { at: name, group: '指标', groupEn: 'the indicator', part, partEn }, { field: name }));
  else issues.push(makeIssue('county.part-not-number', { at: name, part, partEn, value: r.text }, { field: name }));
  return undefined;
}

/**
 * One indicator's points (篇4 五 指标评估): higher-is-better by default; direction '≤'/'lower' makes it
 * lower-is-better (Decision). `rounded` at 2 decimals.
 */
export function indicatorPoints(actual: CellValue, target: CellValue, points: CellValue, direction?: CellValue): Result<Explained> {
  const issues: Issue[] = [];
  const a = readArg(actual, 'actual', issues);
  const t = readArg(target, 'target', issues);
  const p = readArg(points, 'points', issues);
  const dir = parseDirection(direction ?? null);
  if (dir === undefined) issues.push(makeIssue('county.bad-direction', { at: 'direction', value: readText(direction ?? null) ?? '' }, { field: 'direction' }));
  if (a === undefined || t === undefined || p === undefined || dir === undefined) return fail(issues);
  const at: At = (part) => ({ at: part, field: part });
  issues.push(...checkActual(a, at), ...checkLeaf({ target: t, points: p }, dir, at));
  if (issues.length > 0) return fail(issues);
  const r = indicatorRule(a, t, p, dir);
  const step: Step = { item: 'indicator', label: { zh: '指标评估', en: 'indicator' }, input: a, rule: r.rule, points: r.points };
  return ok({ value: r.points, rounded: roundHalfUp(r.points, 2), steps: [step] });
}
