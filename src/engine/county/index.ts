/** The `county` scheme (篇4): settings, part scores, composites, the summary and detailed layouts, the monthly report. */
export { countyPreset } from './preset';
export { countySchemeSchema, type CountyScheme, type CountyGroupSettings, type CountyItem, type IndicatorNode, type PublicBand } from './scheme';
export { checkCountyScheme } from './scheme-check';
export { indicatorPoints, parseDirection, type Direction } from './indicator';
export { bonusPoints, deductionPoints } from './adjustments';
export { countyComposite } from './composite';
export { parseGroup } from './group';
export { countySummarySpec, readCountySummary } from './summary';
export { countyDetailSheets, type DetailSheet, type DetailSheetKey } from './detail-specs';
export { readCountyDetail, type DetailInputSheet } from './detail';
export { scoreCountyUnits } from './score';
export { runCounty } from './run';
export { countyReportSpec, validateCountyReport } from './report';
export { parseMonth, type Month } from './month';
export {
  defaultRankingSettings,
  type AdvancedRule,
  type GroupRankingSettings,
  type RankingSettings,
} from './tiers/settings';
export { rankAndTierCounty, type TierOutcome } from './tiers/tiers';
export { tiersFor } from './tiers/tiers-for';
export type { GroupSummary, TierSummary } from './tiers/summary';
export type { RankableUnit } from './tiers/unit';
export { rankIn, type RankInOptions } from './rank-in';
export * from './types';
