/**
 * Small engineer (篇1) and staff (篇3) sample sheets, with the headers the engine reads. Names are
 * made up; the first rows are the seed's own worked examples.
 */
import { engineerSheetSpec, staffSheetSpec, type CellValue, type TableSpec } from '../engine';

type Row = CellValue[];
/** The spec's own Chinese column names, so the sample always matches what the engine reads. */
const header = (spec: TableSpec, keys: readonly string[]): Row => keys.map((k) => spec.fields.find((f) => f.key === k)?.label.zh ?? k);

/** 工程预算部 monthly sheet: rejections, overdue, actual and planned cost, papers. */
export function engineerSampleSheet(): Row[] {
  const keys = ['name', 'rejections', 'overdue', 'costActual', 'costPlan', 'papers'];
  return [
    header(engineerSheetSpec, keys),
    ['张工', 2, 1, 103, 100, 1], // 篇1 worked example → 95.40
    ['李工', 0, 0, 98, 100, 0],
    ['王工', 1, 0, 101.5, 100, 2],
    ['赵工', 3, 2, 110, 100, 0],
    ['陈工', 0, 1, 100, 100, 1],
  ];
}

/** A department's monthly staff sheet: back-office (月底打分 + 日考核) and production (100 + 加分 − 扣分) staff. */
export function staffSampleSheet(): Row[] {
  const keys = ['name', 'department', 'category', 'monthEnd', 'daily', 'bonus', 'deduction', 'wage'];
  return [
    header(staffSheetSpec, keys),
    ['刘敏', '综合办', '后勤', 95, -5, null, null, 3000], // 篇3: 95 − 5 = 90 → −10%
    ['孙丽', '综合办', '后勤', 98, 10, null, null, 3200], // 篇3: 98 + 10 = 108 → +8%
    ['周强', '一车间', '生产', null, null, 6, 2, 4200],
    ['吴刚', '一车间', '生产', null, null, 0, 7, 4000],
    ['郑洁', '财务部', '后勤', 92, 3, null, null, 3500],
  ];
}
