import type { Text } from '../../core/text';
import { COUNTY_GROUPS, type CountyGroup, type Tier } from '../types';
import type { GroupCounts } from './results';
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

/** Each group's summary from its counts (results.ts) and places, in COUNTY_GROUPS order. */
export function summarise(counts: readonly GroupCounts[], settings: RankingSettings, limits: readonly number[]): TierSummary {
  const out = {} as Record<CountyGroup, GroupSummary>;
  COUNTY_GROUPS.forEach((g, k) => {
    const adv = settings.groups[g].advanced;
    const base = { label: settings.groups[g].label, quota: limits[k]!, ...counts[k]! };
    out[g] = adv.kind === 'range' ? { ...base, min: adv.min } : base;
  });
  return out;
}
