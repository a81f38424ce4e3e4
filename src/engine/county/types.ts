import type { Source } from '../core/cell';
import type { Explained, Step } from '../core/explain';

/** The three groups of county units, each tiered separately (篇4 三). */
export type CountyGroup = 'township' | 'department' | 'ancient-city';
export const COUNTY_GROUPS: readonly CountyGroup[] = ['township', 'department', 'ancient-city'];

export type Tier = '先进' | '合格' | '不合格';


/**
 * One unit as the summary table gives it (or as the detailed workbook computes it):
 * the parts of its composite, its claimed bonus and deduction (raw sums, before caps),
 * a veto reason and an unqualified designation when present.
 */
export interface CountyUnitInput {
  readonly unit: string;
  readonly group: CountyGroup;
  readonly indicator: number;
  readonly leader: number;
  /** department only; null or absent for the others. */
  readonly public?: number | null | undefined;
  /** Raw claimed bonus sum (the cap is applied by the engine). */
  readonly bonus?: number | null | undefined;
  /** Raw claimed deduction sum, positive (the cap is applied by the engine). */
  readonly deduction?: number | null | undefined;
  /** Non-empty = the veto reason (取消评先资格). */
  readonly veto?: string | null | undefined;
  /** Non-empty = designated 不合格 (失职渎职) with this reason. */
  readonly unqualified?: string | null | undefined;
  /** Extra numeric fields a scheme may name as tie-breakers (e.g. indicator). */
  readonly extra?: Readonly<Record<string, number>> | undefined;
  readonly source?: Source | undefined;
  /** How the detailed workbook computed the parts (leaves, periods, quarters, claims); absent for summary input. */
  readonly detail?: readonly Step[] | undefined;
}

/** A unit with its composite computed and explained. */
export interface CountyScored extends CountyUnitInput {
  readonly composite: Explained;
}

/** A unit's place in its group after ranking and tiering. */
export interface CountyResult {
  readonly unit: string;
  readonly group: CountyGroup;
  /** Full precision. */
  readonly composite: number;
  /** At the scheme precision: what ranking, tiers and output use. */
  readonly rounded: number;
  readonly rank: number;
  readonly tier: Tier;
  /** 抄送: composite < 60 and among the group's last three. */
  readonly report: boolean;
  /** Eligible for 先进 (not vetoed, not designated, at or over the floor). */
  readonly eligible: boolean;
  readonly vetoed: boolean;
  readonly designated: boolean;
  /** One line saying why this tier, in both languages. */
  readonly explanation: { readonly zh: string; readonly en: string };
  readonly steps: Explained['steps'];
  readonly source?: Source | undefined;
}
