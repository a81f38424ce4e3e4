import { bonusPoints, countyComposite, deductionPoints, indicatorPoints } from '../../engine/scoring';
import { unwrap } from '../args';
import { defineFunction, param } from '../define';

/** PERF.INDICATOR (篇4 指标评估): one indicator's points, proportional to completion. */
export const INDICATOR = defineFunction({
  id: 'INDICATOR',
  zhName: '指标得分',
  description: {
    zh: '单项指标得分（篇4 指标评估）：达到标准值得满分，未达到按实际完成比例折算；越低越好的指标（≤）反向折算',
    en: 'Points for one indicator (篇4): full points when the target is met, otherwise in proportion to the actual; reversed for lower-is-better (≤)',
  },
  result: { zh: '指标得分，保留 2 位小数', en: 'The points, rounded to 2 decimals' },
  params: [
    param('actual', '实际值', '实际完成值（不能为负）', 'The actual value (not negative)'),
    param('target', '标准值', '标准值（目标值）', 'The target value'),
    param('points', '分值', '该指标的满分', "The indicator's full points"),
    param('direction', '方向', '可选：≥（默认，越高越好）或 ≤（越低越好），也可写 higher / lower', 'Optional: ≥ (default, higher is better) or ≤ (lower is better); also higher / lower', {
      optional: true,
    }),
  ],
  run: (a) => {
    const direction = a.optional('direction');
    return unwrap(indicatorPoints(a.value('actual'), a.value('target'), a.value('points'), direction)).rounded;
  },
});

const itemsHelp = (zh: string, en: string) =>
  param('items', zh, `${zh}：代码、中文名称（见规则表）或分值，一个区域；空白单元格跳过`, `${en}: codes, Chinese labels (see the rules table) or points, as a range; blank cells are skipped`, {
    range: true,
  });

/** PERF.BONUS (篇4 五(四)): bonus items summed and capped. */
export const BONUS = defineFunction({
  id: 'BONUS',
  zhName: '加分合计',
  description: {
    zh: '累计加分（篇4 五(四)）：按加分表逐项计分（如 市委、市政府 +2），合计不超过 4 分',
    en: 'Total bonus points (篇4 五(四)): each item per the bonus table (e.g. city-committee +2), capped at +4',
  },
  result: { zh: '加分合计（封顶后）', en: 'The capped bonus total' },
  params: [itemsHelp('加分事项', 'Bonus items')],
  run: (a) => unwrap(bonusPoints(a.column('items'))).rounded,
});

/** PERF.DEDUCTION (篇4 五(四)): deduction items summed and capped, as a positive magnitude. */
export const DEDUCTION = defineFunction({
  id: 'DEDUCTION',
  zhName: '减分合计',
  description: {
    zh: '累计减分（篇4 五(四)）：按减分表逐项计分（如 市通报批评 1 分），合计不超过 4 分，返回正数',
    en: 'Total deduction points (篇4 五(四)): each item per the deduction table (e.g. notice-city 1), capped at 4, returned as a positive number',
  },
  result: { zh: '减分合计（封顶后，正数）', en: 'The capped deduction total, positive' },
  params: [itemsHelp('减分事项', 'Deduction items')],
  run: (a) => unwrap(deductionPoints(a.column('items'))).rounded,
});

/** PERF.COUNTY (篇4 五): a unit's composite from its parts; parts outside their group's share are errors. */
export const COUNTY = defineFunction({
  id: 'COUNTY',
  zhName: '综合得分',
  description: {
    zh: '县直单位综合得分（篇4 五）：乡镇 = 指标 + 领导 + 加分 − 减分；部门再加公众评估；古城 = 指标 + 领导',
    en: "A county unit's composite (篇4 五): township = indicator + leader + bonus − deduction; department adds public; ancient-city = indicator + leader",
  },
  result: { zh: '综合得分，保留 2 位小数', en: 'The composite, rounded to 2 decimals' },
  params: [
    param('group', '类别', '单位类别：乡镇、部门、古城（或 township / department / ancient-city）', 'The unit group: township, department or ancient-city (or 乡镇 / 部门 / 古城)'),
    param('indicator', '指标评估', '指标评估得分（乡镇 ≤ 90，部门 ≤ 60，古城 ≤ 70）', 'Indicator points (township ≤ 90, department ≤ 60, ancient-city ≤ 70)'),
    param('leader', '领导评估', '领导评估得分（乡镇、部门 ≤ 10，古城 ≤ 30）', 'Leader points (township and department ≤ 10, ancient-city ≤ 30)'),
    param('public', '公众评估', '可选：公众评估得分（仅部门，≤ 30）', 'Optional: public points (department only, ≤ 30)', { optional: true }),
    param('bonus', '加分', '可选：加分合计（仅乡镇、部门；超过 4 分按 4 分计）', 'Optional: bonus points (township and department only; capped at 4)', { optional: true }),
    param('deduction', '减分', '可选：减分合计，写正数（仅乡镇、部门；超过 4 分按 4 分计）', 'Optional: deduction points as a positive number (township and department only; capped at 4)', {
      optional: true,
    }),
  ],
  run: (a) =>
    unwrap(
      countyComposite({
        group: a.value('group'),
        indicator: a.value('indicator'),
        leader: a.value('leader'),
        public: a.optional('public'),
        bonus: a.optional('bonus'),
        deduction: a.optional('deduction'),
      }),
    ).rounded,
});
