import { cellPrefix as pre } from './parts';
import { msg, type ParamValue } from './types';


/** Messages of the `engineer` scheme. */
export const engineerMessages = {
  'engineer.weights-sum': msg<{ sum: ParamValue }>(
    'error',
    (p) => `权重合计 ${p.sum}%，应为 100%`,
    (p) => `weights sum to ${p.sum}%, expected 100%`,
  ),
  'engineer.weights-count': msg<{ count: number }>(
    'error',
    (p) => `权重应为 4 个（工作质量、工作效率、工作成本、工作能力），实际为 ${p.count} 个`,
    (p) => `Expected 4 weights (quality, efficiency, cost, ability), found ${p.count}`,
  ),
  'engineer.weights-mixed': msg<{ field: string; fieldEn: string; value: number }>(
    'error',
    (p) => `${p.field}权重 ${p.value} 像是小数，而其他权重是百分数；请统一写成 0.4 或 40`,
    (p) => `The ${p.fieldEn} weight ${p.value} looks like a fraction among percents; write all as 0.4 or all as 40`,
  ),
  'engineer.plan-not-positive': msg<{ cell?: string | undefined; value: number }>(
    'error',
    (p) => `${pre(p, '：')}计划费用应大于 0，实际为 ${p.value}`,
    (p) => `${pre(p, ': ')}the planned cost must be greater than 0, found ${p.value}`,
  ),
  'engineer.overrun-too-large': msg<{ cell?: string | undefined; actual: number; plan: number }>(
    'error',
    (p) => `${pre(p, '：')}实际费用 ${p.actual} 相对计划费用 ${p.plan} 的超支比例过大，无法计算`,
    (p) => `${pre(p, ': ')}the actual cost ${p.actual} against the planned cost ${p.plan} gives an overrun too large to compute`,
  ),
  'engineer.no-engineer-scores': msg(
    'error',
    () => `经理评分至少需要一名预算工程师的评分`,
    () => `The manager score needs at least one engineer score`,
  ),
};
