import type { CellValue, CountyScheme, TableSpec, Text } from '../engine';

/** What one template sheet holds besides its spec's headers: example rows, drop-down lists and instructions. */
export interface TemplateContent {
  readonly name: Text;
  readonly spec: TableSpec;
  /** Example rows: values by field key (missing keys stay blank). */
  readonly examples: readonly Readonly<Record<string, CellValue>>[];
  /** Drop-down items by field key: only where the values are a closed list. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Instructions, Chinese with English beside, one line each (written on the 说明 sheet). */
  readonly help: readonly Text[];
  /** Field keys whose input rows are formatted as text ("@"), so an entry such as =100% stays text, not a formula. */
  readonly textInput?: readonly string[];
}

export const t = (zh: string, en: string): Text => ({ zh, en });

export const COMMON_HELP: readonly Text[] = [
  t('示例行仅作参考，填写前请删除或覆盖。', 'The example rows are for reference only: delete or overwrite them before filling in.'),
  t('空白不按 0 处理：必填项留空会被标出（校验报送）。列名可用中文或英文，列顺序不限。', 'A blank is not 0: a required cell left blank is marked (validate). Column names may be Chinese or English, in any order.'),
  t('带下拉列表的列请从列表中选择。', 'Where a column has a drop-down list, pick a value from it.'),
];

export const COUNTY_GROUP_ITEMS = ['乡镇', '部门', '古城'];
export const DIRECTION_ITEMS = ['≥', '≤'];
export const ADJUSTMENT_KIND_ITEMS = ['加分', '减分'];
export const STAFF_CATEGORY_ITEMS = ['后勤', '生产'];
export const REVIEW_ITEMS = ['通过', '不通过'];
export const YES_NO_ITEMS = ['是', '否'];
export const EXPECTATION_ITEMS = ['确定能', '有可能', '完全不可能'];

export const countyItemLabels = (s: CountyScheme): { bonus: string[]; deduction: string[] } => ({
  bonus: s.bonusItems.map((i) => i.label.zh),
  deduction: s.deductionItems.map((i) => i.label.zh),
});

export const countySummaryHelp = (s: CountyScheme): Text[] => [
  t('每行一个被考核单位；“类别”从下拉列表选择：乡镇、部门、古城（篇4 三）。', 'One row per assessed unit; pick 类别 (group) from the list: 乡镇 township, 部门 department, 古城 ancient city (篇4 三).'),
  t('指标评估、领导评估填得分；部门须填公众评估，乡镇和古城留空。', 'Fill in the indicator and leader points; departments also fill in the public points, townships and ancient-city units leave it blank.'),
  t(`加分、减分填申报的合计分值（正数），封顶由方案计算（加分不超过 ${s.bonusCap} 分，减分不超过 ${s.deductionCap} 分）；古城不适用加减分。`,
    `Bonus and deduction: the claimed totals (positive); the scheme applies the caps (bonus at most ${s.bonusCap}, deduction at most ${s.deductionCap}); not for ancient-city units.`),
  t('否决：有取消评先资格事项（特大安全事故、综治一票否决、班子腐败案件）时填写原因，否则留空。', 'Veto: the reason when a disqualifying event occurred (major accident, public-security veto, leadership corruption case), else blank.'),
  t('认定不合格：经研究认定失职渎职的填写原因，否则留空。填好后点击“排名定档”。', 'Designated unqualified: the reason when so designated for dereliction of duty, else blank. Then click 排名定档 (rank and tier).'),
];
