import type { Issue } from '../core/issue';
import { rankScored, type RankedRow } from '../ranking';
import type { TableInput } from '../core/table';
import type { EngineerScheme } from './scheme';
import { scoreEngineerSheet } from './sheet';

/** An engineer on the ranked sheet (篇1): score, rank and the four items' steps. */
export type EngineerRanked = RankedRow;

export interface EngineerRanking {
  readonly kind: 'engineer';
  readonly results: readonly EngineerRanked[];
}

/** Score every engineer on the sheet and rank them (the scheme's mode and precision); rows with errors are left out, their issues say why. */
export function rankEngineerSheet(table: TableInput, scheme: EngineerScheme): { readonly ranking: EngineerRanking; readonly issues: readonly Issue[] } {
  const r = scoreEngineerSheet(table.values, table.origin, scheme);
  return { ranking: { kind: 'engineer', results: rankScored(r.results, scheme) }, issues: r.issues };
}
