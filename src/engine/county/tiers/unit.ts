import type { Explained } from '../../core/explain';
import type { Source } from '../../core/cell';
import type { CountyGroup } from '../types';

/** What ranking reads from a scored unit; every CountyScored is one. */
export interface RankableUnit {
  readonly unit: string;
  readonly group: CountyGroup;
  readonly composite: Explained;
  readonly indicator?: number | undefined;
  readonly leader?: number | undefined;
  readonly public?: number | null | undefined;
  /** Non-empty = the veto reason (取消评先资格). */
  readonly veto?: string | null | undefined;
  /** Non-empty = designated 不合格 with this reason. */
  readonly unqualified?: string | null | undefined;
  readonly extra?: Readonly<Record<string, number>> | undefined;
  readonly source?: Source | undefined;
}

/** A tie-breaker's value on a unit: the named part of its composite, or an extra field; undefined when absent. */
export function tieBreakerValue(u: RankableUnit, key: string): number | undefined {
  const v = key === 'indicator' ? u.indicator : key === 'leader' ? u.leader : key === 'public' ? u.public : u.extra?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A reason text is present (blank or whitespace means none). */
export const hasReason = (r: string | null | undefined): r is string => typeof r === 'string' && r.trim() !== '';
