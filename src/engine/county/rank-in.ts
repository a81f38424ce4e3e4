import { argIssue, notANumber, type ArgProblem } from '../args/read-arg';
import { isExcelError, type CellValue } from '../core/cell';
import { cleanText, isBlank, readNumber, readText } from '../core/coerce';
import { hasErrors, makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { parseRankMode, rankValues } from '../ranking';
import { parseGroup } from './group';
import { defaultRankingSettings, type RankingSettings } from './tiers/settings';
import type { CountyGroup } from './types';

/** Each argument of rankIn (PERF.RANK's parameters) in both languages, for the issues. */
const ARGS = {
  score: { zh: '得分', en: 'score' },
  scores: { zh: '得分区域', en: 'scores' },
  groups: { zh: '类别区域', en: 'groups' },
  group: { zh: '类别', en: 'group' },
  mode: { zh: '排名方式', en: 'mode' },
} as const;
type Arg = keyof typeof ARGS;

export interface RankInOptions {
  /** The group of each score, one for one. */
  readonly groups?: readonly CellValue[] | undefined;
  /** Rank only among the scores of this group (required with groups). */
  readonly group?: CellValue | undefined;
  /** competition (default from settings) or dense, by any name parseRankMode reads; blank = default. */
  readonly mode?: CellValue | undefined;
}

/** An issue about argument `a` (value `row` of a range argument when given), located at its English name. */
const problemOf = (a: Arg, problem: ArgProblem, row?: number): Issue => argIssue({ ...ARGS[a], index: row }, problem, { field: a, row });

/** A number from argument `a`, or undefined with an issue naming it (blank is not 0). */
function numberOf(v: CellValue | undefined, a: Arg, issues: Issue[], row?: number): number | undefined {
  const r = readNumber(v);
  if (r.ok) return r.value;
  issues.push(problemOf(a, notANumber(r), row));
  return undefined;
}

/** A group cell → its county group, or undefined with an issue naming the argument (and cell). */
function groupOf(v: CellValue | undefined, a: 'group' | 'groups', issues: Issue[], row?: number): CountyGroup | undefined {
  const g = parseGroup(v ?? null);
  if (g !== undefined) return g;
  if (isBlank(v)) issues.push(problemOf(a, { kind: 'blank' }, row));
  else if (typeof v === 'string' && isExcelError(v)) issues.push(problemOf(a, { kind: 'excel-error', value: cleanText(v).toUpperCase() }, row));
  else issues.push(makeIssue('ranking.unknown-group', { field: ARGS[a].zh, fieldEn: ARGS[a].en, index: row, value: readText(v ?? null) ?? '' }, { field: a, row }));
  return undefined;
}

/** The group filter: which score cells take part (all when no group), or undefined after an issue. */
function groupFilter(scores: readonly CellValue[], opts: RankInOptions, issues: Issue[]): ((i: number) => boolean) | undefined {
  const { groups } = opts;
  const hasGroup = !isBlank(opts.group);
  if (groups === undefined) {
    if (hasGroup) issues.push(makeIssue('ranking.groups-required', {}, { field: 'groups' }));
    return hasGroup ? undefined : () => true;
  }
  if (!hasGroup) {
    issues.push(makeIssue('ranking.group-required', {}, { field: 'group' }));
    return undefined;
  }
  const wanted = groupOf(opts.group, 'group', issues);
  if (groups.length !== scores.length) {
    issues.push(makeIssue('ranking.length-mismatch', { field: ARGS.groups.zh, fieldEn: ARGS.groups.en, count: groups.length, expected: scores.length }, { field: 'groups' }));
    return undefined;
  }
  // Every row that has a score must have a known group, even outside the wanted one: a typo would hide a rival.
  const own = groups.map((g, i) => (isBlank(scores[i]) ? undefined : groupOf(g, 'groups', issues, i + 1)));
  return wanted === undefined ? undefined : (i) => own[i] === wanted;
}

/**
 * PERF.RANK: the rank of `score` among `scores` (highest first; competition 1, 2, 2, 4 by default, or dense
 * 1, 2, 2, 3), within `group` when `groups` is given; groups match through readGroupCell (乡镇 = township).
 * Scores compare rounded half-up at settings.precision (RULES.md general). Blank cells in `scores` are
 * skipped (a range drawn past the table). Decision, like Excel's RANK.EQ (#N/A): a score that is not
 * among the group's scores, at that precision, has no rank and is an error issue ('ranking.score-absent').
 */
export function rankIn(score: CellValue, scores: readonly CellValue[], opts: RankInOptions = {}, settings: RankingSettings = defaultRankingSettings): Result<number> {
  const issues: Issue[] = [];
  let mode = settings.rankMode;
  if (!isBlank(opts.mode)) {
    const m = parseRankMode(opts.mode ?? null);
    if (m === undefined) issues.push(makeIssue('ranking.bad-mode', { value: readText(opts.mode ?? null) ?? '' }, { field: 'mode' }));
    else mode = m;
  }
  const value = numberOf(score, 'score', issues);
  const takes = groupFilter(scores, opts, issues);
  const peers: number[] = [];
  scores.forEach((v, i) => {
    if (isBlank(v)) return;
    const n = numberOf(v, 'scores', issues, i + 1);
    if (n !== undefined && takes?.(i) === true) peers.push(n);
  });
  if (hasErrors(issues) || value === undefined) return fail(issues);
  const target = roundHalfUp(value, settings.precision);
  const at = peers.findIndex((p) => roundHalfUp(p, settings.precision) === target);
  if (at < 0) {
    const g = parseGroup(opts.group ?? null);
    const group = g === undefined ? {} : { group: readText(opts.group ?? null) ?? g, groupEn: g };
    return fail([...issues, makeIssue('ranking.score-absent', { value, ...group }, { field: 'score' })]);
  }
  return ok(rankValues(peers, mode, settings.precision)[at]!, issues);
}
