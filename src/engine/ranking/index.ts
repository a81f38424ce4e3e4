export { quotaFor } from './quota';
export { rankValues } from './rank';
export { readGroupCell } from './group';
export {
  defaultRankingSettings,
  type AdvancedRule,
  type GroupRankingSettings,
  type QuotaRounding,
  type RankingSettings,
} from './settings';
export { rankAndTierCounty, type TierOutcome } from './tiers';
export { tiersFor } from './tiers-for';
export type { GroupSummary, TierSummary } from './summary';
export type { RankableUnit } from './unit';
export { parseRankMode, rankIn, type RankInOptions } from './rank-in';
