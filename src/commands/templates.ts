import {
  countyDetailSheets, countySummarySpec, engineerSheetSpec, FISCAL_LEVEL1, FISCAL_VERDICTS, FISCAL_LEVEL2, monitoringSpec, penaltySheetSpec, selfEvalSheetSpec, staffSheetSpec,
  targetTableSpec,
  type CountyScheme, type DetailSheetKey,
} from '../engine';
import {
  ADJUSTMENT_KIND_ITEMS, COMMON_HELP, COUNTY_GROUP_ITEMS, countyItemLabels, countySummaryHelp, DIRECTION_ITEMS, EXPECTATION_ITEMS, REVIEW_ITEMS,
  STAFF_CATEGORY_ITEMS, t, YES_NO_ITEMS, type TemplateContent,
} from './template-content';

import type { TemplateKind } from './template-kinds';

/** The templates 插入模板 offers (county-detail is the five sheets of the detailed county workbook). */
export { TEMPLATE_KINDS, type TemplateKind } from './template-kinds';

const detailSpec = (key: DetailSheetKey) => countyDetailSheets.find((d) => d.key === key)!;

function countyDetail(s: CountyScheme): TemplateContent[] {
  const items = countyItemLabels(s);
  const sheet = (key: DetailSheetKey, examples: TemplateContent['examples'], help: TemplateContent['help'], lists: TemplateContent['lists'] = {}): TemplateContent => {
    const d = detailSpec(key);
    return { name: d.name, spec: d.spec, examples, lists, help };
  };
  return [
    // The example units are one township and one department, each complete on every sheet, so the template passes its own validation.
    sheet('units', [{ unit: '示例乡', group: '乡镇', veto: null, unqualified: null }, { unit: '示例局', group: '部门', veto: null, unqualified: null }], [
      t('“单位”表：每行一个被考核单位；“类别”从下拉列表选择：乡镇、部门、古城。', 'Sheet 单位 (units): one row per assessed unit; pick 类别 (group) from the list: 乡镇 township, 部门 department, 古城 ancient city.'),
      t('否决、认定不合格：有则填写原因，无则留空。', 'Veto, designated unqualified: the reason if any, else blank.'),
    ], { group: COUNTY_GROUP_ITEMS }),
    sheet('indicators', [
      { unit: '示例乡', level1: '经济发展', level2: '财政收入', level3: '一般公共预算收入增长率', points: s.groups.township.shares.indicator, target: 8, direction: '≥', mid: 7.5, end: 8.2 },
      { unit: '示例局', level1: '重点工作', level2: '预算管理', level3: '预算执行率', points: s.groups.department.shares.indicator, target: 95, direction: '≥', mid: 90, end: 96 },
    ], [
      t('“指标”表：每行一个末级（三级）指标：分值、标准值必填；乡镇和部门填中期完成值和年终完成值（各占 50%）。', 'Sheet 指标 (indicators): one row per leaf (level-3) indicator; points and target are required; townships and departments fill in the mid-year and year-end actuals (50% each).'),
      t('古城单位按月评估：填月份和完成值，不填中期、年终。方向从下拉列表选择：≥ 越高越好，≤ 越低越好（如事故数）。', 'Ancient-city units are assessed monthly: fill in month and actual, not mid-year/year-end. Pick the direction from the list: ≥ higher is better, ≤ lower is better (e.g. accidents).'),
      t(`各单位末级指标分值合计应等于其类别的指标评估分（乡镇 ${s.groups.township.shares.indicator}、部门 ${s.groups.department.shares.indicator}、古城 ${s.groups['ancient-city'].shares.indicator}）。`,
        `Each unit's leaf points add up to its group's indicator share (township ${s.groups.township.shares.indicator}, department ${s.groups.department.shares.indicator}, ancient city ${s.groups['ancient-city'].shares.indicator}).`),
    ], { direction: DIRECTION_ITEMS }),
    sheet('leader', [{ unit: '示例乡', mid: 9, end: 9.5 }, { unit: '示例局', mid: 8.5, end: 9 }], [t('“领导评估”表：乡镇和部门填中期、年终得分；古城单位填月份和得分。', 'Sheet 领导评估 (leader): townships and departments fill in mid-year and year-end points; ancient-city units month and points.')]),
    sheet('public', [{ unit: '示例局', q1: 0.92, q2: 0.9, q3: 0.95, q4: 0.93 }], [t('“公众评估”表：仅部门填写：每季度满意度（0 到 1 之间，如 0.92），按方案的档次表折算分值。', 'Sheet 公众评估 (public): departments only: each quarter\'s satisfaction (0 to 1, e.g. 0.92), converted to points by the scheme\'s bands.')]),
    sheet('adjustments', [{ unit: '示例乡', kind: '加分', item: items.bonus[0] ?? '', points: null, count: 1, evidence: '市委发〔2026〕1号' }], [
      t('“加减分”表：每行一项加分或减分：“类型”从下拉列表选加分或减分，“项目”从下拉列表选择（或填代码）。', 'Sheet 加减分 (adjustments): one bonus or deduction per row; pick 类型 (加分 bonus / 减分 deduction) and 项目 (item) from the lists (or type its code).'),
      t('加分必须填写文号或证书编号，否则不计分；“县委、县政府研究决定”须填分值。', 'A bonus needs its document or certificate number, else it does not count; 县委、县政府研究决定 needs its points.'),
      t(`加分累计不超过 ${s.bonusCap} 分，减分累计不超过 ${s.deductionCap} 分（篇4 五(四)）；古城单位不适用。`, `Bonus at most ${s.bonusCap} in total, deduction at most ${s.deductionCap} (篇4 五(四)); not for ancient-city units.`),
    ], { kind: ADJUSTMENT_KIND_ITEMS, item: [...items.bonus, ...items.deduction] }),
  ];
}

/** The sheets of a template kind, with the scheme's own labels and caps where they matter. */
export function templateContents(kind: TemplateKind, county: CountyScheme): TemplateContent[] {
  switch (kind) {
    case 'county':
      return [{
        name: { zh: '县绩效汇总表', en: 'county summary' },
        spec: countySummarySpec,
        examples: [{ unit: '示例乡', group: '乡镇', indicator: 85.5, public: null, leader: 9, bonus: 2, deduction: 0.5, veto: null, unqualified: null }],
        lists: { group: COUNTY_GROUP_ITEMS },
        help: countySummaryHelp(county),
      }];
    case 'county-detail':
      return countyDetail(county);
    case 'engineer':
      return [{
        name: { zh: '工程师月度考核', en: 'engineer monthly' },
        spec: engineerSheetSpec,
        examples: [{ name: '张工', rejections: 2, overdue: 1, costActual: 103, costPlan: 100, papers: 1 }],
        lists: {},
        help: [
          t('每行一名预算工程师：驳回次数、逾期次数、论文篇数为非负整数，空白按 0；实际与计划预算费用必填，计划须大于 0（篇1）。', 'One budget engineer per row: rejections, overdue and papers are whole numbers ≥ 0, blank counts as 0; actual and planned cost are required, the plan above 0 (篇1).'),
          t('该示例得分 95.4：质量 90×40% + 效率 97×20% + 成本 97×20% + 能力 103×20%。', 'The example scores 95.4: quality 90×40% + efficiency 97×20% + cost 97×20% + ability 103×20%.'),
        ],
      }];
    case 'staff':
      return [{
        name: { zh: '员工月度考核', en: 'staff monthly' },
        spec: staffSheetSpec,
        examples: [
          { name: '李明', department: '行政部', category: '后勤', monthEnd: 95, daily: -5, wage: 3000 },
          { name: '王强', department: '生产部', category: '生产', bonus: 5, deduction: 2, wage: 4000 },
        ],
        lists: { category: STAFF_CATEGORY_ITEMS },
        help: [
          t('“类别”从下拉列表选择：后勤人员最终得分 = 月底打分 + 日考核得分；生产人员 = 100 + 加分 − 扣分（篇3）。', 'Pick 类别 from the list: back-office final = month-end score + daily score; production = 100 + bonus − deduction (篇3).'),
          t('绩效工资浮动 = (最终得分 − 100)%：高 1 分加 1%，低 1 分减 1%，最低 −100%。生产人员的加分、扣分空白按 0。', 'Wage float = (final − 100)%: each point above adds 1%, each point below takes 1%, at least −100%. A blank production bonus or deduction is 0.'),
        ],
      }];
    case 'staff-penalties':
      return [staffPenalties()];
    case 'fiscal':
      return fiscalSheets();
  }
}

/** HR's monthly department penalty sheet (篇3 五 处罚办法): one late department, one that did no assessment. */
function staffPenalties(): TemplateContent {
  const day = (m: number, d: number): Date => new Date(Date.UTC(2026, m - 1, d));
  return {
    name: { zh: '部门考核处罚表', en: 'department penalties' },
    spec: penaltySheetSpec,
    examples: [
      { department: '行政部', period: '2026-03', submitted: day(4, 12), assessed: '是', reviewErrors: 0, baseless: 1, harassment: 0 },
      { department: '生产部', period: '2026-03', assessed: '否', headPay: 6000, clerkPay: 3000 },
    ],
    lists: { assessed: YES_NO_ITEMS },
    help: [
      t('“部门考核处罚表”：每行一个部门一个月；考核月份写 2026-03 或 2026年3月，“是否考核”从下拉列表选择（篇3 五）。', 'Sheet 部门考核处罚表 (department penalties): one row per department and month; the month as 2026-03 or 2026年3月; pick 是否考核 (assessed) from the list (篇3 五).'),
      t('汇总应在次月 10 日前报人力资源部，之后每个自然日罚 100 元；当月未考核的，罚负责人和文员绩效工资的 10%（只在“否”时填这两项工资）。', 'The summary is due at HR by the 10th of the next month, then 100 yuan per calendar day; a department that did no assessment is fined 10% of the head\'s and the clerk\'s performance pay (fill those two only when 否).'),
      t('审核后仍有错误罚审核领导 200 元；考核无依据每单 200 元；以扣分刁难员工每单 500 元。这三项填非负整数，空白按 0。', 'An error after sign-off costs the approving leader 200 yuan; scoring without basis 200 per case; harassment through deductions 500 per case. Those three are whole numbers ≥ 0; a blank is 0.'),
      t('示例：行政部 4 月 12 日报送（迟 2 天 200 元）+ 无依据 1 单 200 元；生产部未考核 (6000 + 3000) × 10% = 900 元。函数 PERF.PENALTY 可逐项计算。', 'Examples: 行政部 reported on 12 April (2 days late, 200) + 1 baseless case (200); 生产部 did no assessment: (6000 + 3000) × 10% = 900. PERF.PENALTY computes one kind at a time.'),
    ],
  };
}

/** Every valid 二级指标 name (FISCAL.md §1), for the drop-down: 数量 … 服务对象满意度. */
const LEVEL2_ITEMS = FISCAL_LEVEL1.flatMap((l) => FISCAL_LEVEL2[l]);
const LEVELS = { level1: [...FISCAL_LEVEL1], level2: LEVEL2_ITEMS };

/** Why 指标值 is a text column (FISCAL.md §1): Excel and WPS turn an entry starting with = into a formula. */
const TARGET_AS_TEXT = t('“指标值”列已设为文本格式，输入的内容按原样保存为文字，不会被 Excel 或 WPS 当作公式。请勿更改该列格式。', 'The 指标值 (target value) column is formatted as text, so what you type is kept as written and never turned into a formula by Excel or WPS. Keep that column\'s format.');

/** The fiscal workbook: 绩效目标表, 绩效运行监控表 and 项目支出绩效自评表, one example project each. */
function fiscalSheets(): TemplateContent[] {
  const _ = null;
  return [{
    name: { zh: '绩效目标表', en: 'performance targets' },
    spec: targetTableSpec,
    examples: [{ project: '示例项目', department: '县财政局', unit: '县财政局', total: 100, fiscalFunds: 80, otherFunds: 20, goal: '完成年度任务', level1: '产出', level2: '数量', level3: '培训人次', targetValue: '≥50人次', complete: '通过', relevant: '通过', appropriate: '通过', feasible: '通过' },
      { project: '示例项目', level1: '效益', level2: '社会', level3: '培训效果', targetValue: '明显提升' },
      { project: '示例项目', level1: '满意度', level2: '服务对象满意度', level3: '受训人员满意度', targetValue: '≥90%' }],
    lists: { ...LEVELS, complete: REVIEW_ITEMS, relevant: REVIEW_ITEMS, appropriate: REVIEW_ITEMS, feasible: REVIEW_ITEMS },
    help: [
      t('“绩效目标表”：每行一个指标，同一项目的指标连续排列；项目名称、主管部门、项目单位、资金总额、财政拨款、其他资金、年度总体目标填在项目第一行。', 'Sheet 绩效目标表 (targets): one indicator per row, a project\'s rows together; project, department, unit, total, fiscal funds, other funds and the annual goal go on its first row.'),
      t('一级指标、二级指标从下拉列表选择：产出（数量、质量、时效、成本）、效益（经济、社会、生态、可持续）、满意度（服务对象满意度）；每个项目至少一个产出指标和一个效益指标。', 'Pick level 1 and level 2 from the lists: 产出 output (数量, 质量, 时效, 成本), 效益 benefit (经济, 社会, 生态, 可持续), 满意度 satisfaction (服务对象满意度); each project needs an output and a benefit indicator.'),
      t('指标值：定量写比较符号、数值和单位（如 ≥50个、≤90万元、≥95%；要求相等写“等于100%”），缺少符号（如 50个）会被标为错误；定性写文字（如 明显提升）。', 'Target value: an operator, number and unit (≥50个, ≤90万元, ≥95%; for "equal to" write 等于100%); a number without its operator (50个) is marked as an error; or text (明显提升).'),
      TARGET_AS_TEXT,
      t('审核四项（完整性、相关性、适当性、可行性）选通过或不通过；留空表示审核未完成（提示）。', 'The four review columns (completeness, relevance, appropriateness, feasibility): pick 通过 pass or 不通过 fail; a blank means the review is not finished (a warning).'),
    ],
    textInput: ['targetValue'],
  }, {
    name: { zh: '绩效运行监控表', en: 'performance monitoring' },
    spec: monitoringSpec,
    examples: [{ project: '示例项目', budget: 100, executed: 60, month: 6, level3: '培训人次', targetValue: '≥50人次', toDate: '30人次', forecast: '55人次', reason: _, expectation: '确定能' }],
    lists: { expectation: EXPECTATION_ITEMS },
    help: [
      t('“绩效运行监控表”：执行率 = 执行数 ÷ 全年预算数，与时间进度（月份 ÷ 12）比较亮灯：红、黄、绿。', 'Sheet 绩效运行监控表 (monitoring): execution rate = executed ÷ annual budget, compared with time progress (month ÷ 12): red, yellow, green.'),
      t('“完成预期”从下拉列表选择：确定能、有可能、完全不可能；选“完全不可能”或预计完成值低于目标时须填偏差原因。', 'Pick 完成预期 (expectation) from the list: 确定能 sure, 有可能 maybe, 完全不可能 impossible; impossible, or a forecast short of the target, needs a reason.'),
      TARGET_AS_TEXT,
    ],
    textInput: ['targetValue'],
  }, {
    name: { zh: '项目支出绩效自评表', en: 'project self-evaluation' },
    spec: selfEvalSheetSpec,
    examples: [
      { project: '示例项目', budget: 100, executed: 90, level1: '产出', level2: '数量', level3: '培训人次', targetValue: '≥50人次', points: 50, actual: 55 },
      { level1: '效益', level2: '社会', level3: '培训效果', targetValue: '明显提升', points: 30, verdict: '达成', percent: 90 },
      { level1: '满意度', level2: '服务对象满意度', level3: '受训人员满意度', targetValue: '≥90%', points: 10, actual: '95%' },
    ],
    lists: { ...LEVELS, verdict: [...FISCAL_VERDICTS], applicable: ['适用', '不适用'] },
    help: [
      t('“项目支出绩效自评表”：预算执行率 10 分、产出 50 分、效益 30 分、满意度 10 分；定量指标填实际完成值，定性指标选评价结论并填得分比例。', 'Sheet 项目支出绩效自评表 (self-evaluation): execution 10, output 50, benefit 30, satisfaction 10 points; quantitative indicators take the actual, qualitative ones a verdict and a percentage.'),
      t('得分比例填 0–100 的百分数：90 或 90% 都是 90%；单元格设为百分比格式时 0.9 也是 90%；未设百分比格式的 0.9 按 0.9% 读取并提示。比例恰在 60 或 80 时，相邻两个评价结论都可以。', 'The score percentage is a percent from 0 to 100: 90 and 90% are both 90%; in a percent-formatted cell 0.9 is 90% too; a 0.9 in a cell not formatted as percent is read as 0.9% with a warning. At exactly 60 or 80 either adjacent verdict fits.'),
      t('得分 90 及以上为优，80–89 良，60–79 中，60 以下差；“排名定档”（方案 fiscal）按得分排序并给出结果应用建议。', 'Score ≥ 90 优, 80–89 良, 60–79 中, below 60 差; 排名定档 (scheme fiscal) ranks projects by score with the suggested use of the result.'),
      TARGET_AS_TEXT,
    ],
    textInput: ['targetValue'],
  }];
}

export { COMMON_HELP };
