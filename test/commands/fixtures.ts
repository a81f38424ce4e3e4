import type { RankOutcome } from '../../src/commands';
import type { CellValue, CountyResult, DepartmentPenalty, EngineerRanked, FiscalRanked, RankedRow, StaffRanked } from '../../src/engine';

export type Rows = CellValue[][];

export const SUMMARY_HEADER: CellValue[] = ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格'];

/** A small hand-checked county summary: two townships, three departments, three ancient-city units. */
export const smallSummary = (): Rows => [
  ['2026 年度县直单位绩效评估汇总'],
  SUMMARY_HEADER,
  ['南牛乡', '乡镇', 84, null, 9, 2, 0, null, null],
  ['新城铺镇', '乡镇', 70, null, 8, 0, 1, null, null],
  ['县财政局', '部门', 55, 27, 9, 1, 0, null, null],
  ['县教育局', '部门', 50, 25, 8, 0, 0, null, null],
  ['县水务局', '部门', 30, 20, 5, 0, 2, null, null],
  ['古城一', '古城', 68, null, 29, null, null, null, null],
  ['古城二', '古城', 60, null, 25, null, null, null, null],
  ['古城三', '古城', 65, null, 28, null, null, null, null],
];

/** A deterministic county summary of `n` units cycling through the groups, every part within its share. */
export function generatedSummary(n: number, name = (i: number) => `单位${i + 1}`): Rows {
  const rows: Rows = [SUMMARY_HEADER];
  for (let i = 0; i < n; i++) {
    const r = ((i * 7919) % 1000) / 1000;
    const g = i % 3;
    if (g === 0) rows.push([name(i), '乡镇', 50 + Math.round(r * 4000) / 100, null, 6 + (i % 5), i % 4, (i % 3) * 0.5, null, null]);
    else if (g === 1) rows.push([name(i), '部门', 30 + Math.round(r * 3000) / 100, 20 + (i % 10), 5 + (i % 6), i % 5, 0, null, null]);
    else rows.push([name(i), '古城', 40 + Math.round(r * 3000) / 100, null, 20 + (i % 10), null, null, null, null]);
  }
  return rows;
}

/** The detailed county workbook (sheets 单位/指标/领导评估/公众评估/加减分) for one unit per group. */
export const detailWorkbook = (): Record<string, Rows> => ({
  单位: [
    ['单位', '类别', '否决', '认定不合格'],
    ['南牛乡', '乡镇', null, null],
    ['县财政局', '部门', null, null],
    ['古城一', '古城', null, null],
  ],
  指标: [
    ['单位', '一级指标', '二级指标', '三级指标', '分值', '标准值', '方向', '中期完成值', '年终完成值', '月份', '完成值'],
    ['南牛乡', '经济发展', '财政', '一般公共预算收入', 90, 100, '≥', 100, 90, null, null],
    ['县财政局', '重点工作', '预算', '预算执行率', 60, 10, '≥', 10, 10, null, null],
    ['古城一', '古城风貌恢复工作', '修缮', '修缮面积', 70, 10, '≥', null, null, '1月', 10],
    ['古城一', '古城风貌恢复工作', '修缮', '修缮面积', 70, 10, '≥', null, null, '2月', 5],
  ],
  领导评估: [
    ['单位', '中期', '年终', '月份', '得分'],
    ['南牛乡', 9, 9, null, null],
    ['县财政局', 10, 10, null, null],
    ['古城一', null, null, '1月', 30],
    ['古城一', null, null, '2月', 28],
  ],
  公众评估: [
    ['单位', '第一季度', '第二季度', '第三季度', '第四季度'],
    ['县财政局', 0.9, 0.9, 0.9, 0.9],
  ],
  加减分: [
    ['单位', '类型', '项目', '分值', '次数', '文号/证书编号'],
    ['南牛乡', '加分', '市委、市政府', null, null, '市委发〔2026〕1号'],
  ],
});

/** An engineers' monthly sheet; `bad` puts text in a count cell (C3). */
export const engineerSheet = (bad = false): Rows => [
  ['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数'],
  ['张工', 2, 1, 103, 100, 1],
  ['李工', bad ? '两次' : 0, 0, 100, 100, 0],
];

/** A detailed workbook of `n` townships: one 90-point indicator leaf and mid/year-end leader scores each. */
export function generatedDetail(n: number): Record<string, Rows> {
  const names = Array.from({ length: n }, (_, i) => `乡镇${i + 1}`);
  return {
    单位: [['单位', '类别'], ...names.map((u) => [u, '乡镇'])],
    指标: [['单位', '一级指标', '三级指标', '分值', '标准值', '中期完成值', '年终完成值'], ...names.map((u, i) => [u, '经济发展', '收入', 90, 100, 80 + (i % 20), 85 + (i % 15)])],
    领导评估: [['单位', '中期', '年终'], ...names.map((u, i) => [u, 8 + (i % 3), 9])],
  };
}

/** The county units a run ranked; [] when it ranked none (input errors) or ranked another kind. */
export const countyResults = (o: RankOutcome): readonly CountyResult[] => (o.ranking?.kind === 'county' ? o.ranking.results : []);
/** The people or projects a run ranked with `kind`'s scheme; [] otherwise. */
export const engineerResults = (o: RankOutcome): readonly EngineerRanked[] => (o.ranking?.kind === 'engineer' ? o.ranking.results : []);
export const staffResults = (o: RankOutcome): readonly StaffRanked[] => (o.ranking?.kind === 'staff' ? o.ranking.results : []);
export const fiscalResults = (o: RankOutcome): readonly FiscalRanked[] => (o.ranking?.kind === 'fiscal' ? o.ranking.results : []);
/** The people or projects a run ranked, whatever the row scheme; [] for the county or none. */
export const rowResults = (o: RankOutcome): readonly RankedRow[] => (o.ranking === null || o.ranking.kind === 'county' || o.ranking.kind === 'staff-penalties' ? [] : o.ranking.results);
/** HR's department penalties a run computed (篇3 五); [] otherwise. */
export const penaltyResults = (o: RankOutcome): readonly DepartmentPenalty[] => (o.ranking?.kind === 'staff-penalties' ? o.ranking.results : []);
