/**
 * Ranking a sheet of people or projects — engineers (篇1), staff (篇3), fiscal self-evaluated projects (篇2) —
 * as one entry point switching on the scheme's kind; the county ranks and tiers its units (county/run.ts).
 * Rank mode and precision come from the scheme. Results are told apart by `kind`, each with its own fields.
 */
import type { Issue } from './core/issue';
import type { TableInput, TableSpec } from './core/table';
import type { CountyResult } from './county/types';
import type { TierSummary } from './county/tiers/summary';
import { rankEngineerSheet, type EngineerRanking } from './engineer/rank';
import { engineerSheetSpec } from './engineer/sheet';
import type { EngineerScheme } from './engineer/scheme';
import { rankSelfEvalSheet, type FiscalRanking } from './fiscal/rank';
import { selfEvalSheetSpec } from './fiscal/self-eval-sheet';
import type { FiscalScheme } from './fiscal/scheme';
import { rankStaffSheet, type PenaltyRanking, type StaffRanking } from './staff/rank';
import { staffSheetSpec } from './staff/sheet';
import type { StaffScheme } from './staff/scheme';

/** The county's units, ranked and tiered per group (篇4 六(二), 七). */
export interface CountyRanking {
  readonly kind: 'county';
  readonly results: readonly CountyResult[];
  readonly summary: TierSummary;
}

/** Schemes whose sheets are ranked row by row. */
export type RowScheme = EngineerScheme | StaffScheme | FiscalScheme;
export type RowKind = RowScheme['kind'];
export type RowRanking = EngineerRanking | StaffRanking | FiscalRanking;

/** What a ranking run produced, by what was read: the county's units, people or projects, HR's department penalties. */
export type Ranking = CountyRanking | RowRanking | PenaltyRanking;

/** The table each row scheme ranks, for finding it on a sheet. */
export const RANKED_TABLES: Readonly<Record<RowKind, TableSpec>> = {
  engineer: engineerSheetSpec,
  staff: staffSheetSpec,
  fiscal: selfEvalSheetSpec,
};

export const ROW_KINDS: readonly RowKind[] = ['engineer', 'staff', 'fiscal'];

/** Score and rank every row of the scheme's table; rows with errors are left out and `issues` say why. */
export function rankRows(scheme: RowScheme, table: TableInput): { readonly ranking: RowRanking; readonly issues: readonly Issue[] } {
  switch (scheme.kind) {
    case 'engineer':
      return rankEngineerSheet(table, scheme);
    case 'staff':
      return rankStaffSheet(table, scheme);
    case 'fiscal':
      return rankSelfEvalSheet(table, scheme);
  }
}
