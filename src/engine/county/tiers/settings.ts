import type { Text } from '../../core/text';
import { countyPreset } from '../preset';
import type { QuotaRounding, RankMode } from '../../ranking';
import type { CountyGroup } from '../types';

/** How a group's 先进 places are set (篇4 六(二)1): a share of the group, or a fixed range. */
export type AdvancedRule =
  | { readonly kind: 'quota'; readonly fraction: number; readonly rounding: QuotaRounding; readonly floor: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly floor: number };

export interface GroupRankingSettings {
  readonly label: Text;
  /** Whether the group's bottom units are reported (抄送, 篇4 七 2). */
  readonly report: boolean;
  readonly advanced: AdvancedRule;
}

/**
 * What the county's tiers need from a scheme: the county scheme is one (defaultRankingSettings), and
 * PERF.TIERS / PERF.RANK take any value of this shape.
 */
export interface RankingSettings {
  readonly precision: number;
  readonly rankMode: RankMode;
  /** 不合格 below this rounded composite (篇4 六(二)3). */
  readonly unqualifiedBelow: number;
  /** 抄送: rounded composite below `below` and fewer than `lastN` units of the group strictly lower. */
  readonly report: { readonly below: number; readonly lastN: number };
  /** Keys applied in order to break a tie across the 先进 boundary: 'indicator' | 'leader' | 'public' | an extra key. */
  readonly tieBreakers: readonly string[];
  readonly groups: Readonly<Record<CountyGroup, GroupRankingSettings>>;
}

/** RULES.md scheme `county`, Tiers 1–7, with every Decision at its preset value: the county preset itself (one source of truth). */
export const defaultRankingSettings: RankingSettings = countyPreset;
