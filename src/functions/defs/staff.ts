import { lateFee, penaltyAmount, wageFloat } from '../../engine/scoring';
import { unwrap } from '../args';
import { defineFunction, param } from '../define';

/** PERF.WAGEFLOAT (篇3): the performance-pay float as a fraction, so users format the cell as %. */
export const WAGEFLOAT = defineFunction({
  id: 'WAGEFLOAT',
  zhName: '工资浮动',
  description: {
    zh: '员工绩效工资浮动比例（篇3）：总分每高于 100 分 1 分上浮 1%，每低 1 分下浮 1%；返回小数，请把单元格设为百分比格式',
    en: 'Performance-pay float (篇3): +1% per point above 100, −1% per point below; returns a fraction, so format the cell as %',
  },
  result: { zh: '浮动比例，如 -0.1 即下浮 10%，按百分数保留 2 位小数', en: 'The float as a fraction, e.g. -0.1 = −10%, rounded to 2 decimals of a percent' },
  params: [
    param('month_end', '月底得分', '月底打分（同事互评与上级评分，0–100）', 'The month-end score (peer and superior review, 0–100)'),
    param('daily_points', '日考核得分', '本月日考核加减分合计（可为负）', "The month's sum of daily points (may be negative)"),
  ],
  run: (a) => unwrap(wageFloat(a.value('month_end'), a.value('daily_points'))),
});

/** PERF.LATEFEE (篇3 处罚办法): the fee for a department summary reaching HR after the 10th. */
export const LATEFEE = defineFunction({
  id: 'LATEFEE',
  zhName: '迟交罚款',
  description: {
    zh: '部门考核汇总迟交罚款（篇3 处罚办法）：汇总表应在次月 10 日前报送人力资源部，10 日后每个自然日罚款（默认 100 元）',
    en: "Late-summary fee (篇3): a department's summary is due at HR by the 10th of the following month; each calendar day after costs a fee (100 yuan by default)",
  },
  result: { zh: '罚款金额（元，保留到分）', en: 'The fee in yuan, to the fen' },
  params: [
    param('period', '考核月份', '所考核月份中的任一日期', 'Any date in the assessed month'),
    param('submitted', '报送日期', '汇总表实际报送人力资源部的日期', 'The date the summary reached HR'),
    param('per_day', '每日罚款', '可选：10 日后每个自然日的罚款，默认 100 元', 'Optional: the fee per calendar day after the 10th; 100 yuan by default', { optional: true }),
  ],
  run: (a) => unwrap(lateFee(a.value('period'), a.value('submitted'), a.optional('per_day'))).amount,
});

/** PERF.PENALTY (篇3 五 处罚办法): one kind of department penalty for a month, in yuan. */
export const PENALTY = defineFunction({
  id: 'PENALTY',
  zhName: '处罚金额',
  description: {
    zh: '部门考核处罚金额（篇3 处罚办法）：迟交汇总每天 100 元；当月未考核罚负责人和文员绩效工资的 10%；审核后仍有错误 200 元；考核无依据每单 200 元，刁难每单 500 元',
    en: "A department penalty in yuan (篇3): late summary 100 a day; no assessment 10% of the head's and clerk's pay; error after sign-off 200; baseless 200 and harassment 500 a case",
  },
  result: { zh: '处罚金额（元，保留到分）', en: 'The amount in yuan, to the fen' },
  params: [
    param('kind', '处罚类型', '处罚类型：代码或中文名称（late 迟交汇总、missing 当月未考核、review-error 审核差错、baseless 无依据、harassment 刁难）',
      'The penalty: late, missing, review-error, baseless or harassment, or its Chinese name (迟交汇总, 当月未考核, 审核差错, 无依据, 刁难)'),
    param('count', '次数', '迟交天数、未考核月数、审核差错处数或无依据、刁难单数；非负整数，空白按 0', 'Days late, months not assessed, errors found, or cases; a whole number ≥ 0, a blank is 0'),
    param('pay', '绩效工资', '可选，仅用于当月未考核：负责人与文员的绩效工资合计', "Optional, for missing only: the head's plus the clerk's performance pay", { optional: true }),
  ],
  // RULES.md staff Decision: a blank count is 0, so the count is read as optional.
  run: (a) => unwrap(penaltyAmount(a.value('kind'), a.optional('count') ?? null, a.optional('pay'))).rounded,
});
