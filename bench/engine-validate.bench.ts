/**
 * engine.validate.cellsPerSec: cells validated per second when validating a 100,000-row county monthly
 * indicator report (篇4 六(三)) with validateCountyReport. Goal ≥ 500,000 cells/s.
 * engine.county.summaryRowsPerSec: summary-table rows read and scored per second (readCountySummary +
 * scoreCountyUnits on 10,000 units, every cell checked, caps applied).
 */
import type { CellValue } from '../src/engine/core/cell';
import { readCountySummary, scoreCountyUnits, validateCountyReport } from '../src/engine/county';
import { medianMs } from './timing';

const ROWS = 100_000;
const HEAD = ['单位', '月份', '指标名称', '标准值', '本月完成值', '累计完成值', '备注'];

/** A realistic report: one unit, 12 months, many indicators, numbers as numbers and a few as text. */
function reportTable(): CellValue[][] {
  const rows: CellValue[][] = [HEAD];
  for (let i = 0; i < ROWS; i++) {
    const month = (i % 12) + 1;
    const target = 100 + (i % 50);
    const actual = (i * 7) % 120;
    rows.push(['南牛乡', `${month}月`, `指标${Math.floor(i / 12)}`, target, actual, i % 10 === 0 ? `${actual * month}` : actual * month, i % 25 === 0 ? '按季统计' : null]);
  }
  return rows;
}

const UNITS = 10_000;

/** A summary table of every group, numbers as numbers, a few as text, some vetoes and "无". */
function summaryTable(): CellValue[][] {
  const rows: CellValue[][] = [['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格']];
  for (let i = 0; i < UNITS; i++) {
    const g = i % 3;
    const pub = g === 1 ? 20 + (i % 10) : null;
    rows.push([`单位${i}`, ['乡镇', '部门', '古城'][g]!, [80, 55, 65][g]! + (i % 5), pub, g === 2 ? 25 : i % 10 === 0 ? '9' : 9, g === 2 ? null : i % 6, g === 2 ? null : i % 4, i % 50 === 0 ? '综治一票否决' : '无', null]);
  }
  return rows;
}

export default async function bench(): Promise<Record<string, { value: number; unit: string }>> {
  const values = reportTable();
  let issues = 0;
  const ms = medianMs(() => {
    issues = validateCountyReport(values, { sheet: '月报', row: 1, col: 1 }).issues.length;
  }, 5, 1);
  if (issues === 0) throw new Error('expected the coerced-text cells to be reported as info issues');
  const summary = summaryTable();
  let scored = 0;
  const summaryMs = medianMs(() => {
    scored = scoreCountyUnits(readCountySummary(summary, { sheet: '汇总', row: 1, col: 1 }).units).scored.length;
  }, 5, 1);
  if (scored !== UNITS) throw new Error(`expected ${UNITS} scored units, got ${scored}`);
  return {
    'engine.validate.cellsPerSec': { value: (ROWS * HEAD.length) / (ms / 1000), unit: 'cells/s' },
    'engine.county.summaryRowsPerSec': { value: UNITS / (summaryMs / 1000), unit: 'rows/s' },
  };
}
