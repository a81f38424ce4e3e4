import { ownValue } from '../core/own';
import { isBlankValue } from '../args/read-arg';
import { isExcelError, type CellValue } from '../core/cell';
import { cleanText, halfWidth, readNumber, readText } from '../core/coerce';
import { hasErrors, makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { CountyGroup, RankMode } from '../county/types';
import { readGroupCell } from './group';
import { rankValues } from './rank';
import { defaultRankingSettings, type RankingSettings } from './settings';

// The names people use for the two modes (RULES.md county Tiers 1 names both: 美式 like RANK.EQ, 中国式).
const MODES: Readonly<Record<string, RankMode>> = {
  competition: 'competition',
  美式: 'competition',
  美式排名: 'competition',
  竞争: 'competition',
  竞争排名: 'competition',
  dense: 'dense',
  中国式: 'dense',
  中国式排名: 'dense',
  密集: 'dense',
  密集排名: 'dense',
};

/** A rank-mode cell → its mode, ignoring case, spaces and full width; undefined when blank or unknown. */
export function parseRankMode(v: CellValue): RankMode | undefined {
  if (typeof v !== 'string') return undefined;
  return ownValue(MODES, halfWidth(cleanText(v)).toLowerCase().replace(/[\s\u3000]/g, ''));
}

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

/** An issue about argument `a` (cell `row` of a range argument when given). */
function argIssue(code: Parameters<typeof makeIssue>[0], a: Arg, extra: Record<string, string | number> = {}, row?: number): Issue {
  return makeIssue(code, { field: ARGS[a].zh, fieldEn: ARGS[a].en, row, ...extra }, { field: a, row });
}

/** A number from argument `a`, or undefined with an issue naming it (blank is not 0). */
function numberOf(v: CellValue | undefined, a: Arg, issues: Issue[], row?: number): number | undefined {
  const r = readNumber(v);
  if (r.ok) return r.value;
  if (r.kind === 'blank') issues.push(argIssue('ranking.arg-blank', a, {}, row));
  else if (r.kind === 'excel-error') issues.push(argIssue('ranking.arg-excel-error', a, { value: r.text }, row));
  else issues.push(argIssue('ranking.arg-not-number', a, { value: r.text }, row));
  return undefined;
}

/** A group cell → its county group, or undefined with an issue naming the argument (and cell). */
function groupOf(v: CellValue | undefined, a: 'group' | 'groups', issues: Issue[], row?: number): CountyGroup | undefined {
  const g = readGroupCell(v ?? null);
  if (g !== undefined) return g;
  if (isBlankValue(v)) issues.push(argIssue('ranking.arg-blank', a, {}, row));
  else if (typeof v === 'string' && isExcelError(v)) issues.push(argIssue('ranking.arg-excel-error', a, { value: cleanText(v).toUpperCase() }, row));
  else issues.push(argIssue('ranking.unknown-group', a, { value: readText(v ?? null) ?? '' }, row));
  return undefined;
}

/** The group filter: which score cells take part (all when no group), or undefined after an issue. */
function groupFilter(scores: readonly CellValue[], opts: RankInOptions, issues: Issue[]): ((i: number) => boolean) | undefined {
  const { groups } = opts;
  const hasGroup = !isBlankValue(opts.group);
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
  const own = groups.map((g, i) => (isBlankValue(scores[i]) ? undefined : groupOf(g, 'groups', issues, i + 1)));
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
  if (!isBlankValue(opts.mode)) {
    const m = parseRankMode(opts.mode ?? null);
    if (m === undefined) issues.push(argIssue('ranking.bad-mode', 'mode', { value: readText(opts.mode ?? null) ?? '' }));
    else mode = m;
  }
  const value = numberOf(score, 'score', issues);
  const takes = groupFilter(scores, opts, issues);
  const peers: number[] = [];
  scores.forEach((v, i) => {
    if (isBlankValue(v)) return;
    const n = numberOf(v, 'scores', issues, i + 1);
    if (n !== undefined && takes?.(i) === true) peers.push(n);
  });
  if (hasErrors(issues) || value === undefined) return fail(issues);
  const target = roundHalfUp(value, settings.precision);
  const at = peers.findIndex((p) => roundHalfUp(p, settings.precision) === target);
  if (at < 0) {
    const g = readGroupCell(opts.group ?? null);
    const group = g === undefined ? {} : { group: readText(opts.group ?? null) ?? g, groupEn: g };
    return fail([...issues, makeIssue('ranking.score-absent', { value, ...group }, { field: 'score' })]);
  }
  return ok(rankValues(peers, mode, settings.precision)[at]!, issues);
}
