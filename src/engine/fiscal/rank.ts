import type { Issue } from '../core/issue';
import type { TableInput } from '../core/table';
import type { Text } from '../core/text';
import { rankScored, type RankedRow } from '../ranking';
import type { FiscalScheme, Grade } from './scheme';
import { schemeOr } from './preset';
import { scoreSelfEvalSheet } from './self-eval-sheet';

/** A project of the self-evaluation table, ranked by its score (FISCAL.md §3), with its grade and result application (§4). */
export interface FiscalRanked extends RankedRow {
  readonly grade: Grade;
  readonly suggestion: Text;
}

export interface FiscalRanking {
  readonly kind: 'fiscal';
  readonly results: readonly FiscalRanked[];
}

/**
 * Score and grade every project of a 项目支出绩效自评表, and rank the scored ones. A project with an error has no
 * score and is not ranked (its issues say why, and they stop a command from writing).
 */
export function rankSelfEvalSheet(table: TableInput, scheme?: FiscalScheme): { readonly ranking: FiscalRanking; readonly issues: readonly Issue[] } {
  const sc = schemeOr(scheme);
  const r = scoreSelfEvalSheet(table.values, table.origin, sc);
  const scored = r.results.flatMap((p) =>
    p.score === null || p.rounded === null || p.grade === null || p.suggestion === null
      ? []
      : [{ name: p.name, score: p.score, rounded: p.rounded, grade: p.grade, suggestion: p.suggestion, steps: p.steps, source: { sheet: table.origin.sheet, row: p.row, cells: { project: p.cell } } }],
  );
  return { ranking: { kind: 'fiscal', results: rankScored(scored, sc) }, issues: r.issues };
}
