import { execLight, gradeOf, selfEvalScore } from '../../engine/scoring';
import { unwrap } from '../args';
import { defineFunction, param } from '../define';

/** PERF.GRADE (篇2, FISCAL.md 3): the grade of a self-evaluation score. */
export const GRADE = defineFunction({
  id: 'GRADE',
  zhName: '评价等级',
  description: {
    zh: '绩效评价等级（篇2）：按保留 2 位小数的得分，≥ 90 优，≥ 80 良，≥ 60 中，< 60 差',
    en: 'The evaluation grade (篇2), on the score rounded to 2 decimals: ≥ 90 优, ≥ 80 良, ≥ 60 中, < 60 差',
  },
  result: { zh: '优、良、中或差', en: '优, 良, 中 or 差' },
  params: [param('score', '得分', '评价得分（0–100）', 'The evaluation score (0–100)')],
  run: (a) => unwrap(gradeOf(a.value('score'))),
});

/** PERF.SELFEVAL (篇2, FISCAL.md 3): a unit's self-evaluation score. */
export const SELFEVAL = defineFunction({
  id: 'SELFEVAL',
  zhName: '自评得分',
  description: {
    zh: '单位自评得分（篇2）：预算执行率得分（10 分 × 执行率，最多 10 分）+ 各绩效指标已得分值',
    en: 'The self-evaluation score (篇2): execution points (10 × execution rate, at most 10) + the points of each indicator',
  },
  result: { zh: '自评得分，保留 2 位小数', en: 'The score, rounded to 2 decimals' },
  params: [
    param('executed', '执行数', '全年预算执行数', 'The budget executed'),
    param('budget', '全年预算数', '全年预算数', 'The full-year budget'),
    param('indicator_points', '指标得分', '产出、效益、满意度各指标已得分值（一个区域，空白单元格跳过）', 'The points earned on each output, benefit and satisfaction indicator (a range; blank cells are skipped)', {
      range: true,
    }),
  ],
  run: (a) => unwrap(selfEvalScore(a.value('executed'), a.value('budget'), a.column('indicator_points'))).rounded,
});

/** PERF.EXECLIGHT (篇2 双监控, FISCAL.md 2): the execution light of a project. */
export const EXECLIGHT = defineFunction({
  id: 'EXECLIGHT',
  zhName: '执行灯',
  description: {
    zh: '预算执行监控灯（篇2 双监控）：执行率 ÷ 时间进度 < 60% 红，60%–80% 黄，≥ 80% 绿',
    en: 'The budget execution light (篇2 monitoring): execution rate ÷ time progress < 60% red (红), 60%–80% yellow (黄), ≥ 80% green (绿)',
  },
  result: { zh: '红、黄或绿', en: '红 (red), 黄 (yellow) or 绿 (green)' },
  params: [
    param('executed', '执行数', '截至本月的预算执行数', 'The budget executed to date'),
    param('budget', '全年预算数', '全年预算数', 'The full-year budget'),
    param('month', '月份', '监控月份（1–12）', 'The month monitored (1–12)'),
  ],
  run: (a) => unwrap(execLight(a.value('executed'), a.value('budget'), a.value('month'))).light,
});
