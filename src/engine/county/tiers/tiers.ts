import { makeIssue, type Issue } from '../../core/issue';
import { roundHalfUp } from '../../core/round';
import { COUNTY_GROUPS, type CountyGroup, type CountyResult, type Tier } from '../types';
import { quotaFor, rankSorted, selectTop, sortDescending, type TieNote } from '../../ranking';
import type { GroupRankingSettings, RankingSettings } from './settings';
import { buildResults, tiersOf } from './results';
import { summarise, type TierSummary } from './summary';
import { hasReason, tieBreakerValue, type RankableUnit } from './unit';
import { DESIGNATED, groupIndex, makeWork, VETOED, type Work } from './work';

export interface TierOutcome {
  /** One per unit, in the input order. */
  readonly results: CountyResult[];
  readonly warnings: Issue[];
  readonly summary: TierSummary;
}

/**
 * RULES.md county Tiers 1–7 (篇4 六(二), 七): rank each group by rounded composite, pick 先进 within the
 * group's places, then 不合格, 合格 and 抄送. Each group is sorted once; everything else is a linear pass.
 */
export function rankAndTierCounty(scored: readonly RankableUnit[], settings: RankingSettings): TierOutcome {
  const { w, warnings, limits } = rankGroups(scored, settings);
  const { results, counts } = buildResults(scored, settings, limits, w);
  return { results, warnings, summary: summarise(counts, settings, limits) };
}

/**
 * The same ranking, tiers only (PERF.TIERS spills nothing else): no result objects and no explanation texts, which
 * were most of the garbage of a 10,000-row recalculation.
 */
export function countyTiers(scored: readonly RankableUnit[], settings: RankingSettings): { readonly tiers: Tier[]; readonly warnings: Issue[] } {
  const { w, warnings } = rankGroups(scored, settings);
  return { tiers: tiersOf(w, settings.unqualifiedBelow), warnings };
}

/** Steps shared by both: every group ranked, its 先进 selected and 抄送 marked; each group's places. */
function rankGroups(scored: readonly RankableUnit[], settings: RankingSettings): { w: Work; warnings: Issue[]; limits: number[] } {
  const w = makeWork(scored.length);
  layOut(scored, settings.precision, w);
  const warnings: Issue[] = [];
  const limits = COUNTY_GROUPS.map((g, k) => tierGroup(scored, k, g, settings, w, warnings));
  return { w, warnings, limits };
}

/** Rounded composites and flags per unit, and `sorted` filled group after group, each in input order. */
function layOut(scored: readonly RankableUnit[], precision: number, w: Work): void {
  const n = scored.length;
  const groupOf = new Uint8Array(n);
  const { from, rounded, flags, sorted } = w;
  for (let i = 0; i < n; i++) {
    const u = scored[i]!;
    const g = groupIndex(u.group);
    if (g < 0) throw new RangeError(`rankAndTierCounty: unit "${u.unit}" has an unknown group "${String(u.group)}"`);
    const v = u.composite.value;
    if (!Number.isFinite(v)) throw new RangeError(`rankAndTierCounty: unit "${u.unit}" has a composite that is not a finite number (${v})`);
    rounded[i] = roundHalfUp(v, precision);
    flags[i] = (hasReason(u.veto) ? VETOED : 0) | (hasReason(u.unqualified) ? DESIGNATED : 0);
    groupOf[i] = g;
    from[g + 1] = from[g + 1]! + 1;
  }
  for (let g = 1; g < from.length; g++) from[g] = from[g]! + from[g - 1]!;
  // The sort keeps input order among equal scores, so each group starts in input order.
  const fill = from.slice(0, COUNTY_GROUPS.length);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    const at = fill[g]!;
    sorted[at] = i;
    fill[g] = at + 1;
  }
}

/** Rank, eligibility, 先进 selection and 抄送 for group k; returns its places. */
function tierGroup(
  units: readonly RankableUnit[],
  k: number,
  g: CountyGroup,
  settings: RankingSettings,
  w: Work,
  warnings: Issue[],
): number {
  const gs = settings.groups[g];
  const order = w.sorted.subarray(w.from[k], w.from[k + 1]);
  sortDescending(w.rounded, order, 10 ** settings.precision);
  rankSorted(w.rounded, order, settings.rankMode, w.rank);
  // Tier 2: the rounded composite against the floor as written; Tier 3: vetoed or designated units are never
  // eligible; and 不合格 wins over 先进 even if a scheme sets a floor below the 不合格 line.
  markEligible(order, Math.max(gs.advanced.floor, settings.unqualifiedBelow), w);
  const { rounded, eligible } = w;
  const adv = gs.advanced;
  const limit = adv.kind === 'quota' ? quotaFor(order.length, adv.fraction, adv.rounding) : adv.max;
  const sel = selectTop({
    tieValue: (i, key) => tieBreakerValue(units[i]!, key), order, rounded, eligible, limit,
    tieBreakers: settings.tieBreakers, precision: settings.precision, mark: w.mark,
  });
  if (adv.kind === 'range' && order.length > 0 && sel.eligible < adv.min) {
    warnings.push(
      makeIssue('ranking.too-few-advanced', { ...groupParams(gs), floor: adv.floor, count: sel.eligible, min: adv.min }, { group: g }),
    );
  }
  for (const note of sel.notes) warnings.push(tieWarning(note, g, gs, units, settings.precision, limit, sel.admitted));
  if (gs.report) markReport(order, settings, w);
  return limit;
}

/** 1 when the rounded composite is at or over `floor` and the unit is neither vetoed nor designated. */
function markEligible(order: Int32Array, floor: number, w: Work): void {
  const { rounded, flags, eligible } = w;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    eligible[i] = rounded[i]! >= floor && flags[i] === 0 ? 1 : 0;
  }
}

/** Tier 6: below the line and fewer than lastN units of the group strictly lower (ties at the bottom all count). */
function markReport(order: Int32Array, settings: RankingSettings, w: Work): void {
  const { below, lastN } = settings.report;
  let end = order.length;
  while (end > 0) {
    const v = w.rounded[order[end - 1]!]!;
    let start = end - 1;
    while (start > 0 && w.rounded[order[start - 1]!] === v) start--;
    if (order.length - end >= lastN) return;
    if (v < below) for (let k = start; k < end; k++) w.report[order[k]!] = 1;
    end = start;
  }
}

const groupParams = (gs: GroupRankingSettings): { group: string; groupEn: string } => ({ group: gs.label.zh, groupEn: gs.label.en });

function tieWarning(
  note: TieNote,
  g: CountyGroup,
  gs: GroupRankingSettings,
  units: readonly RankableUnit[],
  precision: number,
  limit: number,
  admitted: number,
): Issue {
  const names = note.units.map((i) => units[i]!.unit);
  const params = {
    ...groupParams(gs),
    units: names.join('、'),
    score: note.score.toFixed(precision),
    keys: note.keys.join('、'),
    key: note.keys[0],
    quota: limit,
    admitted,
  };
  return makeIssue(note.code, params, { group: g, units: names });
}
