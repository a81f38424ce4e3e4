import type { CellValue, CountyScheme, TableSpec, Text } from '../engine';

/** What one template sheet holds besides its spec's headers: an example row, drop-down lists and instructions. */
export interface TemplateContent {
  readonly name: Text;
  readonly spec: TableSpec;
  /** Example rows: values by field key (missing keys stay blank). */
  readonly examples: readonly Readonly<Record<string, CellValue>>[];
  /** Drop-down items by field key. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Instructions, Chinese, one line each. */
  readonly help: readonly string[];
}

export const COMMON_HELP = [
  '示例行仅作参考，填写前请删除或覆盖。',
  '空白不按 0 处理：必填项留空会被标出（校验报送）。列名可用中文或英文，列顺序不限。',
];

export const COUNTY_GROUP_ITEMS = ['乡镇', '部门', '古城'];

export const countyItemLabels = (s: CountyScheme): { bonus: string[]; deduction: string[] } => ({
  bonus: s.bonusItems.map((i) => i.label.zh),
  deduction: s.deductionItems.map((i) => i.label.zh),
});

export const countySummaryHelp = (s: CountyScheme): string[] => [
  '每行一个被考核单位；“类别”从下拉列表选择：乡镇、部门、古城（篇4 三）。',
  `指标评估、领导评估填得分；部门须填公众评估，乡镇和古城留空。`,
  `加分、减分填申报的合计分值（正数），封顶由方案计算（加分不超过 ${s.bonusCap} 分，减分不超过 ${s.deductionCap} 分）；古城不适用加减分。`,
  '否决：有取消评先资格事项（特大安全事故、综治一票否决、班子腐败案件）时填写原因，否则留空。',
  '认定不合格：经研究认定失职渎职的填写原因，否则留空。填好后点击“排名定档”。',
];
