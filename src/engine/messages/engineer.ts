import { argMessages } from './args';
import { s, type MessageDef } from './types';

export { argMessages } from './args';

/** Messages of the `engineer` scheme. */
export const engineerMessages = {
  ...argMessages('engineer'),
  'engineer.weights-sum': {
    severity: 'error',
    zh: (p) => `权重合计 ${s(p.sum)}%，应为 100%`,
    en: (p) => `weights sum to ${s(p.sum)}%, expected 100%`,
  },
  'engineer.weights-count': {
    severity: 'error',
    zh: (p) => `权重应为 4 个（工作质量、工作效率、工作成本、工作能力），实际为 ${s(p.count)} 个`,
    en: (p) => `Expected 4 weights (quality, efficiency, cost, ability), found ${s(p.count)}`,
  },
  'engineer.weights-mixed': {
    severity: 'error',
    zh: (p) => `${s(p.field)}权重 ${s(p.value)} 像是小数，而其他权重是百分数；请统一写成 0.4 或 40`,
    en: (p) => `The ${s(p.fieldEn)} weight ${s(p.value)} looks like a fraction among percents; write all as 0.4 or all as 40`,
  },
  'engineer.plan-not-positive': {
    severity: 'error',
    zh: (p) => `${p.cell === undefined ? '' : `${s(p.cell)}：`}计划费用应大于 0，实际为 ${s(p.value)}`,
    en: (p) => `${p.cell === undefined ? '' : `${s(p.cell)}: `}the planned cost must be greater than 0, found ${s(p.value)}`,
  },
  'engineer.overrun-too-large': {
    severity: 'error',
    zh: (p) => `${p.cell === undefined ? '' : `${s(p.cell)}：`}实际费用 ${s(p.actual)} 相对计划费用 ${s(p.plan)} 的超支比例过大，无法计算`,
    en: (p) => `${p.cell === undefined ? '' : `${s(p.cell)}: `}the actual cost ${s(p.actual)} against the planned cost ${s(p.plan)} gives an overrun too large to compute`,
  },
  'engineer.no-engineer-scores': {
    severity: 'error',
    zh: () => `经理评分至少需要一名预算工程师的评分`,
    en: () => `The manager score needs at least one engineer score`,
  },
} satisfies Record<string, MessageDef>;
