import { makeIssue, type Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import { COUNTY_GROUPS, type CountyGroup, type CountyResult } from '../county/types';
import { selectAdvanced, type TieNote } from './advanced';
import { quotaFor } from './quota';
import { roundAt } from './round-fast';
import { rankOrder } from './rank';
import type { GroupRankingSettings, RankingSettings } from './settings';
import { buildResults } from './results';
import { summarise, type TierSummary } from './summary';
import { hasReason, type RankableUnit } from './unit';
import { makeWork, type Work } from './work';

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
  const n = scored.length;
  const p = settings.precision;
  const scale = 10 ** p;
  const w = makeWork(n);
  const members: Record<CountyGroup, number[]> = { township: [], department: [], 'ancient-city': [] };
  for (let i = 0; i < n; i++) {
    const u = scored[i]!;
    const list = members[u.group] as number[] | undefined;
    if (list === undefined) throw new RangeError(`rankAndTierCounty: unit "${u.unit}" has an unknown group "${String(u.group)}"`);
    w.rounded[i] = roundAt(u.composite.value, p, scale);
    list.push(i);
  }
  const warnings: Issue[] = [];
  const limits = {} as Record<CountyGroup, number>;
  for (const g of COUNTY_GROUPS) {
    limits[g] = tierGroup(scored, members[g], g, settings, w, warnings);
  }
  const results = buildResults(scored, settings, limits, w);
  return { results, warnings, summary: summarise(results, settings, limits) };
}

/** Rank, eligibility, 先进 selection and 抄送 for one group; returns its places. */
function tierGroup(
  units: readonly RankableUnit[],
  idx: readonly number[],
  g: CountyGroup,
  settings: RankingSettings,
  w: Work,
  warnings: Issue[],
): number {
  const gs = settings.groups[g];
  const { order, ranks } = rankOrder(w.rounded, idx, settings.rankMode, 10 ** settings.precision);
  const floor = roundHalfUp(gs.advanced.floor, settings.precision);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const u = units[i]!;
    w.rank[i] = ranks[k]!;
    const r = w.rounded[i]!;
    // Tier 3: vetoed or designated units are never eligible; 不合格 wins over 先进 even if a scheme sets a low floor.
    w.eligible[i] = r >= floor && r >= settings.unqualifiedBelow && !hasReason(u.veto) && !hasReason(u.unqualified) ? 1 : 0;
  }
  const adv = gs.advanced;
  const limit = adv.kind === 'quota' ? quotaFor(idx.length, adv.fraction, adv.rounding) : adv.max;
  const sel = selectAdvanced({
    units, order, rounded: w.rounded, eligible: w.eligible, limit,
    tieBreakers: settings.tieBreakers, precision: settings.precision, mark: w.mark,
  });
  if (adv.kind === 'range' && idx.length > 0 && sel.eligible < adv.min) {
    warnings.push(
      makeIssue('ranking.too-few-advanced', { ...groupParams(gs), floor: adv.floor, count: sel.eligible, min: adv.min }, { group: g }),
    );
  }
  for (const note of sel.notes) warnings.push(tieWarning(note, g, gs, units, settings.precision, limit, sel.admitted));
  if (gs.report) markReport(order, settings, w);
  return limit;
}

/** Tier 6: below the line and fewer than lastN units of the group strictly lower (ties at the bottom all count). */
function markReport(order: readonly number[], settings: RankingSettings, w: Work): void {
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
