import { s, type MessageDef } from './types';

/** Kinds of problem with one function argument (a value not read from a sheet cell). */
type ArgKind = 'arg-blank' | 'arg-not-number' | 'arg-excel-error' | 'arg-not-whole' | 'arg-out-of-range';

/**
 * Texts for a bad function argument, under `${area}.arg-*`: the field is named in both
 * languages (`field` Chinese, `fieldEn` English), since there is no cell to point at.
 */
export function argMessages<A extends string>(area: A): { [K in ArgKind as `${A}.${K}`]: MessageDef } {
  const defs: Record<ArgKind, MessageDef> = {
    'arg-blank': {
      severity: 'error',
      zh: (p) => `${s(p.field)}不能为空（空白不按 0 处理）`,
      en: (p) => `${s(p.fieldEn)} is required; a blank is not read as 0`,
    },
    'arg-not-number': {
      severity: 'error',
      zh: (p) => `${s(p.field)}应为数字，实际为“${s(p.value)}”`,
      en: (p) => `${s(p.fieldEn)} should be a number, found "${s(p.value)}"`,
    },
    'arg-excel-error': {
      severity: 'error',
      zh: (p) => `${s(p.field)}是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
      en: (p) => `${s(p.fieldEn)} holds the Excel error ${s(p.value)}; fix the formula or data first`,
    },
    'arg-not-whole': {
      severity: 'error',
      zh: (p) => `${s(p.field)}应为非负整数，实际为 ${s(p.value)}`,
      en: (p) => `${s(p.fieldEn)} should be a non-negative whole number, found ${s(p.value)}`,
    },
    'arg-out-of-range': {
      severity: 'error',
      zh: (p) => `${s(p.field)} ${s(p.value)} 超出允许范围 ${s(p.range)}`,
      en: (p) => `${s(p.fieldEn)} ${s(p.value)} is outside the allowed range ${s(p.range)}`,
    },
  };
  return Object.fromEntries(Object.entries(defs).map(([k, d]) => [`${area}.${k}`, d])) as {
    [K in ArgKind as `${A}.${K}`]: MessageDef;
  };
}

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
  'engineer.no-engineer-scores': {
    severity: 'error',
    zh: () => `经理评分至少需要一名预算工程师的评分`,
    en: () => `The manager score needs at least one engineer score`,
  },
} satisfies Record<string, MessageDef>;
