/**
 * engine.fiscal.targetTable.10k.ms: median time to validate a 绩效目标表 of 2,000 projects × 5 indicators
 * (FISCAL.md §1); engine.fiscal.monitoring.10k.ms: a monitoring table of the same size (§2);
 * engine.fiscal.selfEvalSheet.10k.ms: the same size of self-evaluation sheet scored (§3–4).
 */
import type { CellValue } from '../src/engine/core/cell';
import { scoreSelfEvalSheet, validateMonitoring, validateTargetTable } from '../src/engine/fiscal';
import { medianMs } from './timing';
import type { Figures } from './run';

const PROJECTS = 2_000;
const _ = null;

function targetTable(): CellValue[][] {
  const rows: CellValue[][] = [['项目名称', '主管部门', '项目单位', '资金总额', '财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值']];
  for (let p = 0; p < PROJECTS; p++) {
    rows.push([`项目${p}`, '交通局', '公路站', 100, 80, 20, '完成道路维修', '产出', '数量', '里程', '≥50公里']);
    rows.push([_, _, _, _, _, _, _, _, '质量', '合格率', '=100%']);
    rows.push([_, _, _, _, _, _, _, _, '成本', '单位成本', '≤90万元']);
    rows.push([_, _, _, _, _, _, _, '效益', '社会', '通行时间', '明显缩短']);
    rows.push([_, _, _, _, _, _, _, '满意度', '服务对象满意度', '满意度', '≥90%']);
  }
  return rows;
}

function selfEvalSheet(): CellValue[][] {
  const rows: CellValue[][] = [['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例']];
  for (let p = 0; p < PROJECTS; p++) {
    rows.push([`项目${p}`, 100, 90, '产出', '数量', '里程', '≥50公里', 20, 45 + (p % 10), _, _]);
    rows.push([_, _, _, _, '质量', '合格率', '=100%', 15, '100%', _, _]);
    rows.push([_, _, _, _, '成本', '单位成本', '≤90万元', 15, 100, _, _]);
    rows.push([_, _, _, '效益', '社会', '通行时间', '明显缩短', 30, _, '达成', 90]);
    rows.push([_, _, _, '满意度', '服务对象满意度', '满意度', '≥90%', 10, '95%', _, _]);
  }
  return rows;
}

function monitoringTable(): CellValue[][] {
  const rows: CellValue[][] = [['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-6月完成值', '全年预计完成值', '偏差原因', '完成预期']];
  for (let p = 0; p < PROJECTS; p++) {
    rows.push([`项目${p}`, 100, 20 + (p % 40), 6, '里程', '≥50公里', 20, 45, _, '有可能']);
    rows.push([_, _, _, _, '合格率', '=100%', '100%', '100%', _, '确定能']);
    rows.push([_, _, _, _, '单位成本', '≤90万元', 40, 95, '材料涨价', '有可能']);
    rows.push([_, _, _, _, '通行时间', '明显缩短', '已缩短', '明显缩短', _, '确定能']);
    rows.push([_, _, _, _, '满意度', '≥90%', '92%', '93%', _, '确定能']);
  }
  return rows;
}

export default async function bench(): Promise<Figures> {
  const targets = targetTable();
  const sheet = selfEvalSheet();
  const monitoring = monitoringTable();
  const origin = { row: 1, col: 1 };
  return {
    'engine.fiscal.targetTable.10k.ms': { value: medianMs(() => validateTargetTable(targets, origin), 5, 1), unit: 'ms' },
    'engine.fiscal.monitoring.10k.ms': { value: medianMs(() => validateMonitoring(monitoring, origin), 5, 1), unit: 'ms' },
    'engine.fiscal.selfEvalSheet.10k.ms': { value: medianMs(() => scoreSelfEvalSheet(sheet, origin), 5, 1), unit: 'ms' },
  };
}
