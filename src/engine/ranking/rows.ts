import type { Source } from '../core/cell';
import { stepsText, type Step } from '../core/explain';
import type { Text } from '../core/text';
import type { RankMode } from './mode';
import { rankValues } from './rank';

/** One ranked row of a sheet (a person, a project): its score in full and as ranked, its rank, and why. */
export interface RankedRow {
  readonly name: string;
  /** Full precision. */
  readonly score: number;
  /** At the scheme precision: what the ranking compared and what is shown. */
  readonly rounded: number;
  /** Across the whole sheet, by the scheme's rank mode. */
  readonly rank: number;
  readonly steps: readonly Step[];
  /** The steps as one line in each language, every number at the scheme precision. */
  readonly explanation: Text;
  readonly source: Source;
}

/** How a scheme ranks its rows: the mode (competition or dense) and the precision scores are compared at. */
export interface RowRankSettings {
  readonly rankMode?: RankMode | undefined;
  readonly precision: number;
}

/**
 * Scored rows, ranked by score (highest first) with the scheme's mode and precision, each with its explanation.
 * Rows keep their order; the mode defaults to competition (美式, like RANK.EQ) where a scheme sets none.
 */
export function rankScored<T extends { readonly score: number; readonly steps: readonly Step[] }>(rows: readonly T[], scheme: RowRankSettings): (T & { readonly rank: number; readonly explanation: Text })[] {
  const ranks = rankValues(rows.map((r) => r.score), scheme.rankMode ?? 'competition', scheme.precision);
  return rows.map((r, i) => ({ ...r, rank: ranks[i]!, explanation: stepsText(r.steps, scheme.precision) }));
}
