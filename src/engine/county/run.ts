import type { Issue } from '../core/issue';
import { rankAndTierCounty } from './tiers/tiers';
import type { TierSummary } from './tiers/summary';
import type { CountyScheme } from './scheme';
import { countyPreset } from './preset';
import { scoreCountyUnits } from './score';
import type { CountyResult, CountyUnitInput } from './types';

/**
 * Score, rank and tier every unit (篇4 六): composites with caps, then ranking per group, 先进/合格/不合格,
 * 抄送. Units whose parts are unusable are not ranked; `issues` says why.
 */
export function runCounty(
  units: readonly CountyUnitInput[],
  scheme: CountyScheme = countyPreset,
): { results: CountyResult[]; warnings: Issue[]; issues: Issue[]; summary: TierSummary } {
  const { scored, issues } = scoreCountyUnits(units, scheme);
  const { results, warnings, summary } = rankAndTierCounty(scored, scheme);
  return { results, warnings, issues, summary };
}
