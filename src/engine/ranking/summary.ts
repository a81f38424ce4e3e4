import type { Text } from '../core/text';
import { COUNTY_GROUPS, type CountyGroup, type CountyResult, type Tier } from '../county/types';
import type { RankingSettings } from './settings';

/** One group's counts after tiering. */
export interface GroupSummary {
  readonly label: Text;
  readonly size: number;
  /** 先进 places: the quota, or the range's max. */
  readonly quota: number;
  /** Range groups only: the fewest 先进 expected. */
  readonly min?: number;
  readonly eligible: number;
  readonly tiers: Readonly<Record<Tier, number>>;
  /** Units reported (抄送). */
  readonly report: number;
}

export type TierSummary = Readonly<Record<CountyGroup, GroupSummary>>;

/** Count tiers, eligible and reported units per group. */
export function summarise(
  results: readonly CountyResult[],
  settings: RankingSettings,
  quotas: Readonly<Record<CountyGroup, number>>,
): TierSummary {
  const counts = {} as Record<CountyGroup, { size: number; eligible: number; report: number; tiers: Record<Tier, number> }>;
  for (const g of COUNTY_GROUPS) counts[g] = { size: 0, eligible: 0, report: 0, tiers: { 先进: 0, 合格: 0, 不合格: 0 } };
  for (const r of results) {
    const c = counts[r.group];
    c.size++;
    c.tiers[r.tier]++;
    if (r.eligible) c.eligible++;
    if (r.report) c.report++;
  }
  const out = {} as Record<CountyGroup, GroupSummary>;
  for (const g of COUNTY_GROUPS) {
    const adv = settings.groups[g].advanced;
    const base = { label: settings.groups[g].label, quota: quotas[g], ...counts[g] };
    out[g] = adv.kind === 'range' ? { ...base, min: adv.min } : base;
  }
  return out;
}
