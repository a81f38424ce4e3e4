import type { Text } from '../core/text';
import type { Tier } from '../county/types';
import { Mark } from './advanced';

/** Everything the one-line reason for a unit's tier needs. */
export interface TierFacts {
  readonly rounded: number;
  readonly precision: number;
  readonly rank: number;
  readonly tier: Tier;
  readonly mark: number;
  readonly veto: string | undefined;
  readonly designated: string | undefined;
  readonly floor: number;
  readonly limit: number;
  readonly unqualifiedBelow: number;
  readonly tieBreakers: readonly string[];
  readonly report: { readonly below: number; readonly lastN: number } | undefined;
}

/** Why this tier, in one line each language (e.g. "综合得分 92.50，组内第 2 名，在先进名额 2 名内且不低于 90 分"). */
export function explainTier(f: TierFacts): Text {
  const zh = [`综合得分 ${f.rounded.toFixed(f.precision)}`, `组内第 ${f.rank} 名`];
  const en = [`Composite ${f.rounded.toFixed(f.precision)}`, `rank ${f.rank} in group`];
  if (f.veto !== undefined) {
    zh.push(`取消评先资格：${f.veto}`);
    en.push(`barred from advanced: ${f.veto}`);
  }
  const keys = f.tieBreakers.join('、');
  if (f.designated !== undefined) {
    zh.push(`认定为不合格：${f.designated}`);
    en.push(`designated unqualified: ${f.designated}`);
  } else if (f.tier === '不合格') {
    zh.push(`低于 ${f.unqualifiedBelow} 分，为不合格`);
    en.push(`below ${f.unqualifiedBelow}, unqualified`);
  } else if (f.tier === '先进') {
    if (f.mark === Mark.tiedIn) {
      zh.push(`在先进名额边界同分，一并评为先进（名额 ${f.limit} 名）`);
      en.push(`tied at the advanced boundary, admitted with the others tied (${f.limit} places)`);
    } else if (f.mark === Mark.brokeIn) {
      zh.push(`在先进名额边界同分，按 ${keys} 决出，评为先进`);
      en.push(`tied at the advanced boundary, admitted on ${keys}`);
    } else {
      zh.push(`在先进名额 ${f.limit} 名内且不低于 ${f.floor} 分`);
      en.push(`within the ${f.limit} advanced places and at least ${f.floor}`);
    }
  } else if (f.veto !== undefined) {
    zh.push('为合格');
    en.push('qualified');
  } else if (f.rounded < f.floor) {
    zh.push(`低于先进分数线 ${f.floor} 分，为合格`);
    en.push(`below the advanced line of ${f.floor}, qualified`);
  } else if (f.mark === Mark.brokeOut) {
    zh.push(`在先进名额边界同分，按 ${keys} 未入选，为合格`);
    en.push(`tied at the advanced boundary, left out on ${keys}, qualified`);
  } else {
    zh.push(`不在先进名额 ${f.limit} 名内，为合格`);
    en.push(`outside the ${f.limit} advanced places, qualified`);
  }
  if (f.report !== undefined) {
    zh.push(`低于 ${f.report.below} 分且位列组内后 ${f.report.lastN} 名，抄送有关部门`);
    en.push(`below ${f.report.below} and among the group's last ${f.report.lastN}, reported (抄送)`);
  }
  return { zh: zh.join('，'), en: en.join(', ') };
}
