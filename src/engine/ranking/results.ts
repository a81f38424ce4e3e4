import { COUNTY_GROUPS, type CountyGroup, type CountyResult, type Tier } from '../county/types';
import { Mark } from './advanced';
import { explainer, type Explain } from './explain';
import type { RankingSettings } from './settings';
import { hasReason, type RankableUnit } from './unit';
import type { Work } from './work';

// Read once: a module namespace lookup per unit showed in the bench profile.
const { within, tiedIn, brokeIn } = Mark;

/** Tiers 2, 5: 先进 when admitted; 不合格 below the line or designated; 合格 otherwise. */
function tierOf(i: number, designated: boolean, unqualifiedBelow: number, w: Work): Tier {
  const m = w.mark[i];
  if (m === within || m === tiedIn || m === brokeIn) return '先进';
  return designated || w.rounded[i]! < unqualifiedBelow ? '不合格' : '合格';
}

/** One CountyResult per unit, in the input order, with its tier and one-line explanation. */
export function buildResults(
  scored: readonly RankableUnit[],
  settings: RankingSettings,
  limits: Readonly<Record<CountyGroup, number>>,
  w: Work,
): CountyResult[] {
  const explain = {} as Record<CountyGroup, Explain>;
  for (const g of COUNTY_GROUPS) {
    const { floor } = settings.groups[g].advanced;
    explain[g] = explainer({
      precision: settings.precision, floor, limit: limits[g], unqualifiedBelow: settings.unqualifiedBelow,
      tieBreakers: settings.tieBreakers, report: settings.report,
    });
  }
  const below = settings.unqualifiedBelow;
  const results: CountyResult[] = new Array<CountyResult>(scored.length);
  for (let i = 0; i < scored.length; i++) {
    const u = scored[i]!;
    const vetoed = hasReason(u.veto);
    const designated = hasReason(u.unqualified);
    const tier = tierOf(i, designated, below, w);
    const report = w.report[i] === 1;
    const rounded = w.rounded[i]!;
    const rank = w.rank[i]!;
    const veto = vetoed ? u.veto!.trim() : undefined;
    const reason = designated ? u.unqualified!.trim() : undefined;
    const out: CountyResult = {
      unit: u.unit,
      group: u.group,
      composite: u.composite.value,
      rounded,
      rank,
      tier,
      report,
      eligible: w.eligible[i] === 1,
      vetoed,
      designated,
      explanation: explain[u.group](rounded, rank, tier, w.mark[i]!, veto, reason, report),
      steps: u.composite.steps,
    };
    results[i] = u.source === undefined ? out : { ...out, source: u.source };
  }
  return results;
}
