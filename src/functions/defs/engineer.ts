import { parseWeights, scoreEngineer, scoreManager } from '../../engine/scoring';
import { unwrap } from '../args';
import { defineFunction, param } from '../define';

/** PERF.ENGINEER (篇1): one engineer's monthly score. */
export const ENGINEER = defineFunction({
  id: 'ENGINEER',
  zhName: '工程师得分',
  description: {
    zh: '预算工程师月度考核得分（篇1）：工作质量、效率、成本、能力四项各以 100 分为基数增减，再按权重（默认 40/20/20/20）合计',
    en: "A budget engineer's monthly score (篇1): quality, efficiency, cost and ability each start at 100, then are weighted (40/20/20/20 by default)",
  },
  result: { zh: '得分，保留 2 位小数', en: 'The score, rounded to 2 decimals' },
  params: [
    param('rejections', '驳回次数', '本月预算方案被驳回的次数，每次扣工作质量 5 分；空白按 0', 'Budget plans rejected this month; −5 quality points each; a blank is 0'),
    param('overdue', '逾期次数', '逾期报送的次数，每次扣工作效率 3 分；空白按 0', 'Late submissions this month; −3 efficiency points each; a blank is 0'),
    param('cost_actual', '实际费用', '实际预算费用', 'The actual budget cost'),
    param('cost_plan', '计划费用', '计划预算费用（大于 0）；实际每超计划 1% 扣工作成本 1 分', 'The planned budget cost (> 0); −1 cost point per 1% over plan'),
    param('papers', '论文篇数', '在国家级权威期刊发表的论文篇数，每篇加工作能力 3 分；空白按 0', 'Papers in national authoritative journals; +3 ability points each; a blank is 0'),
    param(
      'weights',
      '权重',
      '可选：4 个单元格，依次为质量、效率、成本、能力的权重，写作小数（0.4）或百分数（40 或 40%），合计须为 100%',
      'Optional: 4 cells, weights of quality, efficiency, cost and ability, as fractions (0.4) or percents (40, 40%), summing to 100%',
      { optional: true, range: true },
    ),
  ],
  run: (a) => {
    const weights = a.optionalColumn('weights');
    const parsed = weights === undefined ? undefined : unwrap(parseWeights(weights));
    // RULES.md engineer: a blank count is 0 (the engine reads it so); the costs stay required.
    const input = {
      rejections: a.optional('rejections') ?? null,
      overdue: a.optional('overdue') ?? null,
      costActual: a.value('cost_actual'),
      costPlan: a.value('cost_plan'),
      papers: a.optional('papers') ?? null,
    };
    return unwrap(scoreEngineer(input, undefined, parsed)).rounded;
  },
});

/** PERF.MANAGER (篇1 六 2): the budget manager's score. */
export const MANAGER = defineFunction({
  id: 'MANAGER',
  zhName: '经理得分',
  description: {
    zh: '预算部经理得分（篇1）：下属预算工程师得分的平均值 + 印象分 + 关键员工流动控制得分',
    en: "The budget manager's score (篇1): the mean of the engineers' scores + impression points + key-staff turnover points",
  },
  result: { zh: '得分，保留 2 位小数', en: 'The score, rounded to 2 decimals' },
  params: [
    param('engineer_scores', '工程师得分', '下属预算工程师的得分（一个区域）：空白单元格跳过（同 AVERAGE），文字或错误值报错', "The engineers' scores (a range): blank cells are skipped, as AVERAGE does; text or an error value is an error", { range: true }),
    param('impression', '印象分', '总经理、副总经理给出的印象分（可为负）', 'Impression points from the general manager and deputies (may be negative)'),
    param('turnover', '流动控制分', '关键员工流动控制得分（可为负）', 'Key-staff turnover control points (may be negative)'),
  ],
  run: (a) => unwrap(scoreManager(a.column('engineer_scores'), a.value('impression'), a.value('turnover'))).rounded,
});
