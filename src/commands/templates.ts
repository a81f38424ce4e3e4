import { countyDetailSheets, countySummarySpec, engineerSheetSpec, staffSheetSpec, targetTableSpec, type CountyScheme, type DetailSheetKey } from '../engine';
import { COMMON_HELP, COUNTY_GROUP_ITEMS, countyItemLabels, countySummaryHelp, type TemplateContent } from './template-content';

/** The templates 插入模板 offers; county-detail is the five sheets of the detailed county workbook. */
export type TemplateKind = 'county' | 'county-detail' | 'engineer' | 'staff' | 'fiscal';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['county', 'county-detail', 'engineer', 'staff', 'fiscal'];

const detailSpec = (key: DetailSheetKey) => countyDetailSheets.find((d) => d.key === key)!;

function countyDetail(s: CountyScheme): TemplateContent[] {
  const items = countyItemLabels(s);
  const sheet = (key: DetailSheetKey, examples: TemplateContent['examples'], help: string[], lists: TemplateContent['lists'] = {}): TemplateContent => {
    const d = detailSpec(key);
    return { name: d.name, spec: d.spec, examples, lists, help };
  };
  return [
    // The example units are one township and one department, each complete on every sheet, so the template passes its own validation.
    sheet('units', [{ unit: '示例乡', group: '乡镇', veto: null, unqualified: null }, { unit: '示例局', group: '部门', veto: null, unqualified: null }], [
      '每行一个被考核单位；“类别”从下拉列表选择：乡镇、部门、古城。',
      '否决、认定不合格：有则填写原因，无则留空。',
    ], { group: COUNTY_GROUP_ITEMS }),
    sheet('indicators', [
      { unit: '示例乡', level1: '经济发展', level2: '财政收入', level3: '一般公共预算收入增长率', points: s.groups.township.shares.indicator, target: 8, direction: '≥', mid: 7.5, end: 8.2 },
      { unit: '示例局', level1: '重点工作', level2: '预算管理', level3: '预算执行率', points: s.groups.department.shares.indicator, target: 95, direction: '≥', mid: 90, end: 96 },
    ], [
      '每行一个末级（三级）指标：分值、标准值必填；乡镇和部门填中期完成值和年终完成值（各占 50%）。',
      '古城单位按月评估：填月份和完成值，不填中期、年终。方向：≥ 越高越好，≤ 越低越好（如事故数）。',
      `各单位末级指标分值合计应等于其类别的指标评估分（乡镇 ${s.groups.township.shares.indicator}、部门 ${s.groups.department.shares.indicator}、古城 ${s.groups['ancient-city'].shares.indicator}）。`,
    ], { direction: ['≥', '≤'] }),
    sheet('leader', [{ unit: '示例乡', mid: 9, end: 9.5 }, { unit: '示例局', mid: 8.5, end: 9 }], ['乡镇和部门填中期、年终得分；古城单位填月份和得分。']),
    sheet('public', [{ unit: '示例局', q1: 0.92, q2: 0.9, q3: 0.95, q4: 0.93 }], ['仅部门填写：每季度满意度（0 到 1 之间，如 0.92），按方案的档次表折算分值。']),
    sheet('adjustments', [{ unit: '示例乡', kind: '加分', item: items.bonus[0] ?? '', points: null, count: 1, evidence: '市委发〔2026〕1号' }], [
      '每行一项加分或减分：“类型”选加分或减分，“项目”从下拉列表选择（或填代码）。',
      '加分必须填写文号或证书编号，否则不计分；“县委、县政府研究决定”须填分值。',
      `加分累计不超过 ${s.bonusCap} 分，减分累计不超过 ${s.deductionCap} 分（篇4 五(四)）；古城单位不适用。`,
    ], { kind: ['加分', '减分'], item: [...items.bonus, ...items.deduction] }),
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
        help: ['每行一名预算工程师：驳回次数、逾期次数、论文篇数为非负整数，空白按 0；实际与计划预算费用必填，计划须大于 0（篇1）。', '该示例得分 95.4：质量 90×40% + 效率 97×20% + 成本 97×20% + 能力 103×20%。'],
      }];
    case 'staff':
      return [{
        name: { zh: '员工月度考核', en: 'staff monthly' },
        spec: staffSheetSpec,
        examples: [
          { name: '李明', department: '行政部', category: '后勤', monthEnd: 95, daily: -5, wage: 3000 },
          { name: '王强', department: '生产部', category: '生产', bonus: 5, deduction: 2, wage: 4000 },
        ],
        lists: { category: ['后勤', '生产'] },
        help: ['后勤人员：最终得分 = 月底打分 + 日考核得分；生产人员：100 + 加分 − 扣分（篇3）。', '绩效工资浮动 = (最终得分 − 100)%：高 1 分加 1%，低 1 分减 1%。'],
      }];
    case 'fiscal':
      return [{
        name: { zh: '绩效目标表', en: 'performance targets' },
        spec: targetTableSpec,
        examples: [{ project: '示例项目', department: '县财政局', unit: '县财政局', total: 100, fiscalFunds: 80, otherFunds: 20, goal: '完成年度任务', level1: '产出', level2: '数量指标', level3: '培训人次', targetValue: '≥50人次' },
          { project: '示例项目', level1: '效益', level2: '社会效益', level3: '受训人员满意度', targetValue: '≥90%' }],
        lists: { level1: ['产出', '效益', '满意度'] },
        help: [
          '每行一个指标，同一项目的指标连续排列；项目名称、主管部门、项目单位、资金总额、财政拨款、其他资金、年度总体目标填在项目第一行。',
          '一级指标：产出、效益、满意度；每个项目至少一个产出指标和一个效益指标。',
          '指标值：定量写运算符、数值和单位（如 ≥50个、≤90万元、=100%），定性写文字（如 明显提升）。',
        ],
      }];
  }
}

export { COMMON_HELP };
