import type { Text } from '../core/text';
import type { CountyGroup, RankMode } from '../county/types';

export type QuotaRounding = 'half-up' | 'up' | 'down';

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
 * What ranking and tiering need from a scheme. Structural on purpose: the county scheme
 * satisfies it without this folder importing the scheme.
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

/** RULES.md scheme `county`, Tiers 1–7, with every Decision at its preset value. */
export const defaultRankingSettings: RankingSettings = {
  precision: 2,
  rankMode: 'competition',
  unqualifiedBelow: 60,
  report: { below: 60, lastN: 3 },
  tieBreakers: [],
  groups: {
    township: {
      label: { zh: '乡镇（日常工作）', en: 'Townships (routine work)' },
      report: true,
      advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 },
    },
    department: {
      label: { zh: '县直部门和单位（日常工作）', en: 'County departments and units (routine work)' },
      report: true,
      advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 },
    },
    'ancient-city': {
      label: { zh: '古城风貌恢复工作', en: 'Ancient-city restoration' },
      report: false,
      advanced: { kind: 'range', min: 3, max: 5, floor: 95 },
    },
  },
};
