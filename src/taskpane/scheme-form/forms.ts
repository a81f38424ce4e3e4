/** The scheme editor's groups for each scheme kind (RULES.md and FISCAL.md name every setting). */
import { COUNTY_GROUPS, ENGINEER_ITEMS, type Scheme, type SchemeKind } from '../../engine';
import { flag, group, num, pct, pick, text, type GroupDef } from './defs';

const PRECISION = num('precision', '小数位数', 'Decimals', { int: true });

const countyItems = (path: string, zh: string, en: string, cap: string): GroupDef =>
  group(path, zh, en, [num(cap, '封顶分值', 'Cap')], {
    path,
    columns: [
      text('code', '代码', 'Code'),
      text('label.zh', '名称', 'Name (zh)'),
      text('label.en', '英文名称', 'Name (en)'),
      num('points', '分值（留空 = 按决定）', 'Points (blank = as decided)', { blank: 'null' }),
      flag('perCase', '按次', 'Per case'),
    ],
    blank: (i) => ({ code: `item-${i + 1}`, label: { zh: '', en: '' }, aliases: [], points: 0, perCase: false }),
  });

function county(s: Extract<Scheme, { kind: 'county' }>): GroupDef[] {
  const groups = COUNTY_GROUPS.map((g) => {
    const adv = s.groups[g].advanced;
    const p = `groups.${g}`;
    const advanced = adv.kind === 'quota'
      ? [pct(`${p}.advanced.fraction`, '先进名额比例', '先进 quota'), pick(`${p}.advanced.rounding`, '名额取整', 'Quota rounding', [['half-up', '四舍五入', 'half up'], ['up', '向上取整', 'up'], ['down', '向下取整', 'down']])]
      : [num(`${p}.advanced.min`, '先进最少名额', 'Fewest 先进', { int: true }), num(`${p}.advanced.max`, '先进最多名额', 'Most 先进', { int: true })];
    return group(p, s.groups[g].label.zh, s.groups[g].label.en, [
      num(`${p}.shares.indicator`, '指标评估分值', 'Indicator share'),
      num(`${p}.shares.public`, '公众评估分值（留空 = 无）', 'Public share (blank = none)', { blank: 'null' }),
      num(`${p}.shares.leader`, '领导评估分值', 'Leader share'),
      ...advanced,
      num(`${p}.advanced.floor`, '先进分数线', '先进 floor'),
      flag(`${p}.adjustments`, '计加减分', 'Bonus and deduction apply'),
      flag(`${p}.report`, '末位抄送', 'Report the lowest'),
    ]);
  });
  return [
    group('', '通用', 'General', [
      PRECISION,
      pick('rankMode', '排名方式', 'Rank mode', [['competition', '美式（1、2、2、4）', 'competition (1, 2, 2, 4)'], ['dense', '中国式（1、2、2、3）', 'dense (1, 2, 2, 3)']]),
      num('unqualifiedBelow', '不合格线（低于）', 'Unqualified below'),
      num('report.below', '抄送线（低于）', 'Reported below'),
      num('report.lastN', '抄送：本组后几名', 'Reported: last N of the group', { int: true }),
      {
        path: 'tieBreakers',
        label: { zh: '先进边界同分时依次比较', en: 'Tie-breakers at the 先进 line, in order' },
        kind: { type: 'multi', options: [['indicator', '指标评估', 'indicator'], ['leader', '领导评估', 'leader'], ['public', '公众评估', 'public']].map(([value, zh, en]) => ({ value: value!, label: { zh: zh!, en: en! } })) },
      },
      pick('monthlyAnnual', '按月评估的年度得分', 'Annual score of monthly groups', [['mean', '各月平均', 'mean of the months'], ['last', '最后一月', 'last month']]),
    ]),
    ...groups,
    countyItems('bonusItems', '加分项目', 'Bonus items', 'bonusCap'),
    countyItems('deductionItems', '减分项目', 'Deduction items', 'deductionCap'),
    group('periods', '半年权重', 'Half-year weights', [pct('periods.mid', '年中', 'Mid-year'), pct('periods.end', '年末', 'Year-end')]),
    group('quarterWeights', '公众评估季度权重', 'Public survey quarter weights', [0, 1, 2, 3].map((q) => pct(`quarterWeights.${q}`, `第 ${q + 1} 季度`, `Q${q + 1}`))),
    group('publicBands', '公众评估档次表（空 = 满意率 × 系数）', 'Public survey bands (none = rate × factor)', [num('publicRateFactor', '满意率系数', 'Satisfaction rate factor')], {
      path: 'publicBands',
      columns: [text('label', '档次', 'Band'), pct('min', '满意率下限', 'Rate from'), pct('max', '满意率上限', 'Rate to'), num('points', '每季度分值', 'Points per quarter')],
      blank: () => ({ min: 0, max: 1, points: 0 }),
      optional: true,
    }),
  ];
}

function engineer(): GroupDef[] {
  const LABELS = { quality: ['质量', 'Quality'], efficiency: ['效率', 'Efficiency'], cost: ['成本', 'Cost'], ability: ['能力', 'Ability'] } as const;
  return [
    group('', '通用', 'General', [
      text('name', '方案名称', 'Scheme name'), PRECISION, num('base', '满分', 'Full marks'),
      pick('costStep', '成本超支扣分', 'Cost overrun', [['linear', '按比例（2.5% 扣 2.5 分）', 'linear (2.5% costs 2.5)'], ['whole', '按整百分点', 'whole percents']]),
      pick('manager.blankScores', '经理均分遇空白', 'Manager mean with blanks', [['skip', '跳过', 'skip'], ['error', '报错', 'error']]),
    ]),
    group('items', '权重（合计 100%）', 'Weights (sum 100%)', ENGINEER_ITEMS.map((k) => num(`items.${k}.weight`, `${LABELS[k][0]}权重 %`, `${LABELS[k][1]} weight %`))),
    ...ENGINEER_ITEMS.map((k) => group(`items.${k}`, LABELS[k][0], LABELS[k][1], [
      num(`items.${k}.perUnit`, '每次分值', 'Points per unit'),
      num(`items.${k}.floor`, '最低分（留空 = 不限）', 'Floor (blank = none)', { blank: 'null' }),
      num(`items.${k}.max`, '最高分（留空 = 不限）', 'Cap (blank = none)', { blank: 'absent' }),
    ])),
  ];
}

function staff(): GroupDef[] {
  const choice = [['error', '报错', 'error'], ['zero', '按 0', 'as 0']] as const;
  return [
    group('', '通用', 'General', [
      text('name', '方案名称', 'Scheme name'), PRECISION, num('base', '基准分', 'Base score'),
      num('floatPercentPerPoint', '每分浮动 %', 'Float % per point'),
      num('floatMinPercent', '浮动下限 %（留空 = 不限）', 'Float floor % (blank = none)', { blank: 'null' }),
      num('floatMaxPercent', '浮动上限 %（留空 = 不限）', 'Float cap % (blank = none)', { blank: 'null' }),
      pick('floatFrom', '浮动取自', 'Float from', [['full', '完整得分', 'full score'], ['rounded', '显示得分', 'rounded score']]),
      num('amountPrecision', '金额小数位', 'Amount decimals', { int: true }),
      pick('blankPoints', '日常分空白', 'Blank daily points', choice),
    ]),
    group('monthEnd', '月底打分', 'Month-end score', [num('monthEnd.min', '最低', 'Min'), num('monthEnd.max', '最高', 'Max')]),
    group('penalties', '处罚（元）', 'Penalties (yuan)', [
      num('penalties.late.perDay', '迟交每天', 'Late, per day'),
      num('penalties.missing.percent', '缺交 %', 'Missing, %'),
      num('penalties.reviewError.perCase', '审核差错每次', 'Review error, per case'),
      pick('penalties.reviewError.charge', '审核差错计罚', 'Review error charged', [['once', '一次', 'once'], ['per-case', '每次', 'per case']]),
      num('penalties.baseless.perCase', '无据扣分每次', 'Baseless deduction, per case'),
      num('penalties.harassment.perCase', '打击报复每次', 'Harassment, per case'),
      pick('penalties.blankCounts', '次数空白', 'Blank counts', choice),
    ]),
    group('calendar', '月度日程（次月几日）', 'Monthly calendar (day of next month)', [
      num('calendar.assessBy', '考核完成', 'Assessed by', { int: true }),
      num('calendar.toHrBy', '报人力资源部', 'To HR by', { int: true }),
      num('calendar.settleBy', '兑现', 'Settled by', { int: true }),
    ]),
  ];
}

function fiscal(): GroupDef[] {
  const band = (v: '达成' | '部分达成' | '未达成') => group(`verdictBands.${v}`, `定性“${v}”得分比例`, `Verdict "${v}" band`, [
    num(`verdictBands.${v}.min`, '下限 %', 'From %'), num(`verdictBands.${v}.max`, '上限 %', 'To %'), flag(`verdictBands.${v}.includeMax`, '含上限', 'Includes the upper end'),
  ]);
  return [
    group('', '通用', 'General', [
      text('name', '方案名称', 'Scheme name'), PRECISION,
      num('monthsPerYear', '每年月数', 'Months per year', { int: true }),
      num('makeUpTolerance', '资金构成容差（元）', 'Funding make-up tolerance'),
      num('equalTolerance', '“=”指标相对容差', '"=" indicator tolerance'),
      pick('inapplicable', '不适用指标的分值', 'Inapplicable indicators', [['all', '全部指标按比例放大', 'rescale all'], ['level', '同一级指标内放大', 'rescale within the level']], 'absent'),
      pick('indicatorPoints', '指标分值与权重', 'Indicator points vs split', [['must-match', '必须一致', 'must match'], ['scale-to-split', '按权重缩放', 'scale to the split']], 'absent'),
    ]),
    group('split', '得分构成（合计 100）', 'Score split (sum 100)', [
      num('split.execution', '预算执行率', 'Budget execution'), num('split.output', '产出指标', 'Output'),
      num('split.effect', '效益指标', 'Effect'), num('split.satisfaction', '满意度指标', 'Satisfaction'),
    ]),
    group('light', '执行进度灯', 'Execution light', [num('light.red', '红灯（执行率/时间进度低于）', 'Red below (ratio)'), num('light.yellow', '黄灯（低于）', 'Yellow below (ratio)')]),
    group('gradeMin', '等级分数线', 'Grade floors', [num('gradeMin.优', '优', '优 from'), num('gradeMin.良', '良', '良 from'), num('gradeMin.中', '中', '中 from')]),
    group('overshoot', '超额完成', 'Overshoot', [num('overshoot.factor', '超过目标倍数则提示', 'Warn above target ×'), num('overshoot.deductionShare', '扣分比例（留空 = 不扣）', 'Deduction share (blank = none)', { blank: 'absent' })]),
    band('达成'), band('部分达成'), band('未达成'),
  ];
}

/** The editor's groups for a scheme (county groups show the fields of their 先进 rule's kind). */
export function formFor(s: Scheme): GroupDef[] {
  switch (s.kind) {
    case 'county': return county(s);
    case 'engineer': return engineer();
    case 'staff': return staff();
    case 'fiscal': return fiscal();
  }
}

export const SCHEME_LABELS: Readonly<Record<SchemeKind, { zh: string; en: string }>> = {
  county: { zh: '县政府绩效（篇4）', en: 'County (part 4)' },
  engineer: { zh: '工程师月度考核（篇1）', en: 'Engineers (part 1)' },
  staff: { zh: '员工绩效工资（篇3）', en: 'Staff (part 3)' },
  fiscal: { zh: '预算绩效（篇2）', en: 'Fiscal (part 2)' },
};
