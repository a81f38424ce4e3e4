/**
 * engine.validate.cellsPerSec: cells validated per second when validating a 100,000-row county monthly
 * indicator report (篇4 六(三)) with validateCountyReport. Goal ≥ 500,000 cells/s.
 */
import type { CellValue } from '../src/engine/core/cell';
import { validateCountyReport } from '../src/engine/county';
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

export default async function bench(): Promise<Record<string, { value: number; unit: string }>> {
  const values = reportTable();
  let issues = 0;
  const ms = medianMs(() => {
    issues = validateCountyReport(values, { sheet: '月报', row: 1, col: 1 }).issues.length;
  }, 5, 1);
  if (issues === 0) throw new Error('expected the coerced-text cells to be reported as info issues');
  return { 'engine.validate.cellsPerSec': { value: (ROWS * HEAD.length) / (ms / 1000), unit: 'cells/s' } };
}
