/**
 * Speed of the engineer and staff schemes.
 * `engine.engineer.1M.ms`: PERF.ENGINEER over whole-number months (counts and whole overrun percents, the common case);
 * `engine.engineer.1M.fractional-cost.ms`: costs giving fractional overruns, whose rule text is built each call;
 * `engine.engineer.sheet.10k.ms` / `engine.staff.sheet.10k.ms` / `engine.staff.penalties.10k.ms`: a 10,000-row sheet read,
 * checked (percent text, duplicates, calendar) and scored.
 */
import type { CellValue } from '../src/engine/core/cell';
import { scoreEngineer, scoreEngineerSheet } from '../src/engine/engineer';
import { scorePenaltySheet, scoreStaffSheet } from '../src/engine/staff';
import { medianMs } from './timing';

const CALLS = 1_000_000;
const ROWS = 10_000;

function run(costStep: number): number {
  let sink = 0;
  const ms = medianMs(() => {
    for (let i = 0; i < CALLS; i++) {
      const r = scoreEngineer({ rejections: i % 4, overdue: i % 3, costActual: 100 + (i % 7) * costStep, costPlan: 100, papers: i % 2 });
      if (r.ok) sink += r.value.value;
    }
  }, 5, 1);
  if (!(sink > 0)) throw new Error('engineer bench produced no scores');
  return ms;
}

/** Time one sheet function over `rows`, checking every row came back scored. */
function sheet(rows: CellValue[][], score: (v: CellValue[][]) => { results: unknown[] }): number {
  let n = 0;
  const ms = medianMs(() => {
    n = score(rows).results.length;
  }, 5, 1);
  if (n !== rows.length - 1) throw new Error(`sheet bench scored ${n} of ${rows.length - 1} rows`);
  return ms;
}

const origin = { row: 1, col: 1 };
const engineerRows: CellValue[][] = [['姓名', '驳回次数', '逾期次数', '实际费用', '计划费用', '论文数'], ...Array.from({ length: ROWS }, (_, i) => [`工程师${i}`, i % 4, i % 3, 100 + (i % 7), 100, i % 2])];
const staffRows: CellValue[][] = [
  ['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分', '绩效工资'],
  ...Array.from({ length: ROWS }, (_, i): CellValue[] => (i % 2 === 0 ? [`员工${i}`, '办公室', '后勤', 80 + (i % 20), (i % 11) - 5, null, null, 5000] : [`员工${i}`, '车间', '生产', null, null, i % 5, i % 7, 4000])),
];
const penaltyRows: CellValue[][] = [
  ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资', '考核完成日期'],
  ...Array.from({ length: ROWS }, (_, i): CellValue[] => [`部门${i}`, '2026-03', `2026-04-${String(5 + (i % 10)).padStart(2, '0')}`, i % 3 === 0 ? '否' : '是', i % 2, i % 3, 0, 6000, 3000, '2026-04-04']),
];

export default async function bench(): Promise<Record<string, { value: number; unit: string }>> {
  return {
    'engine.engineer.1M.ms': { value: run(1), unit: 'ms' },
    'engine.engineer.1M.fractional-cost.ms': { value: run(0.37), unit: 'ms' },
    'engine.engineer.sheet.10k.ms': { value: sheet(engineerRows, (v) => scoreEngineerSheet(v, origin)), unit: 'ms' },
    'engine.staff.sheet.10k.ms': { value: sheet(staffRows, (v) => scoreStaffSheet(v, origin)), unit: 'ms' },
    'engine.staff.penalties.10k.ms': { value: sheet(penaltyRows, (v) => scorePenaltySheet(v, origin)), unit: 'ms' },
  };
}
