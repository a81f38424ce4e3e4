/** Generic ranking: rank values (competition or dense, at a precision), quotas, the top places with their ties. */
export { quotaFor, type QuotaRounding } from './quota';
export { rankSorted, rankValues, rankWithinGroups, sortDescending } from './rank';
export { parseRankMode, RANK_MODES, type RankMode } from './mode';
export { Mark, selectTop, type SelectInput, type TieNote } from './select';
export { rankScored, type RankedRow, type RowRankSettings } from './rows';
