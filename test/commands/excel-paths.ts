/**
 * Every way rankAndTier and validateSubmission run in Excel, each a scenario on the fake Excel that returns the
 * context.sync() calls of its last command — for the round-trip tests and bench/excel.bench.ts (max over paths).
 */
import { PENALTY_SHEET, rankAndTier, RESULTS_SHEET, validateSubmission, type RankOutcome, type SubmissionType, type ValidateOutcome } from '../../src/commands';
import type { ExcelWorkbook } from '../../src/host/excel';
import type { FakeExcel } from '../host/excel-fake';
import { engineerRows, fakeExcel, syncsOf } from './excel-harness';
import { generatedDetail, generatedSummary, type Rows } from './fixtures';
import { dress } from '../fixtures/office-layouts/dress';

export interface PathRun<T> {
  readonly syncs: number;
  /** The largest single request (estimated JSON a context.sync() sends) of the measured command, KB. */
  readonly requestKB: number;
  readonly out: T;
}
export interface SyncPath<T> {
  readonly name: string;
  readonly run: (n: number) => Promise<PathRun<T>>;
}

const rank = (wb: ExcelWorkbook): Promise<RankOutcome> => rankAndTier(wb);
const validate = (wb: ExcelWorkbook): Promise<ValidateOutcome> => validateSubmission(wb);

/** A summary whose 6th row has text for its indicator points (C6): an input error. */
const badSummary = (n: number): Rows => {
  const rows = generatedSummary(Math.max(n, 6));
  rows[5]![2] = '八十';
  return rows;
};
const setCell = (x: FakeExcel, sheet: string, cell: string, value: string | number): void => {
  const c = x.cell(sheet, cell);
  if (c) c.value = value;
  else x.sheet(sheet).cells.set(cell, { value });
};
/** A first clean run, then `edit`, then the measured run (from 排名结果 when `fromResults`). */
async function rerun(x: FakeExcel, opts: { fromResults?: boolean; edit?: () => void } = {}): Promise<PathRun<RankOutcome>> {
  await syncsOf(x, rank);
  opts.edit?.();
  x.active = opts.fromResults ? RESULTS_SHEET : x.sheets[0]!.name;
  return syncsOf(x, rank);
}
const asTable = (x: FakeExcel, n: number): FakeExcel => {
  x.sheet('数据').tables.push({ name: '单位表', address: `A1:I${n + 1}` });
  return x;
};
const detail = (n: number): FakeExcel => fakeExcel(generatedDetail(n));
/** The summary as an office keeps it: title, 填报 line, merged two-row header, 序号, 合计 row, note, sign-off (issue 9). */
const dressedSummary = (n: number): FakeExcel => {
  const sheet = dress(generatedSummary(n), { title: '绩效考核汇总表', parents: [{ name: '加减分', children: ['加分', '减分'] }], total: { label: '合计', fn: 'SUM', columns: ['指标评估'] } });
  const x = fakeExcel({ 数据: sheet.rows });
  for (const m of sheet.merges ?? []) x.merge('数据', m);
  return x;
};

export const RANK_PATHS: readonly SyncPath<RankOutcome>[] = [
  { name: 'summary', run: (n) => syncsOf(fakeExcel({ 数据: generatedSummary(n) }), rank) },
  { name: 'summary with errors', run: (n) => syncsOf(fakeExcel({ 数据: badSummary(n) }), rank) },
  { name: 'summary, errors again (own notes replaced)', run: async (n) => {
    const x = fakeExcel({ 数据: badSummary(n) });
    await syncsOf(x, rank);
    return syncsOf(x, rank);
  } },
  { name: 'summary fixed after a run that was refused (own notes cleared)', run: async (n) => {
    const x = fakeExcel({ 数据: badSummary(n) });
    await syncsOf(x, rank);
    setCell(x, '数据', 'C6', 60);
    return syncsOf(x, rank);
  } },
  { name: 'summary fixed after a refused run, a user note on 排名结果 (replaced with its sheet)', run: async (n) => {
    const x = fakeExcel({ 数据: generatedSummary(Math.max(n, 6)) });
    await syncsOf(x, rank);
    x.cell(RESULTS_SHEET, 'A1')!.note = '用户批注';
    setCell(x, '数据', 'C6', '八十');
    x.active = '数据';
    await syncsOf(x, rank);
    setCell(x, '数据', 'C6', 60);
    return syncsOf(x, rank);
  } },
  { name: 'summary as an office keeps it (merged header, 合计, notes)', run: (n) => syncsOf(dressedSummary(n), rank) },
  { name: 'summary rerun (replaces 排名结果)', run: (n) => rerun(fakeExcel({ 数据: generatedSummary(n) })) },
  { name: 'summary rerun from 排名结果', run: (n) => rerun(fakeExcel({ 数据: generatedSummary(n) }), { fromResults: true }) },
  { name: 'summary rerun from 排名结果 with errors', run: (n) => {
    const x = fakeExcel({ 数据: generatedSummary(Math.max(n, 6)) });
    return rerun(x, { fromResults: true, edit: () => setCell(x, '数据', 'C6', '八十') });
  } },
  { name: 'summary as an Excel table', run: (n) => syncsOf(asTable(fakeExcel({ 数据: generatedSummary(n) }), n), rank) },
  { name: 'summary as an Excel table with errors', run: (n) => syncsOf(asTable(fakeExcel({ 数据: badSummary(n) }), Math.max(n, 6)), rank) },
  { name: 'summary as an Excel table, rerun', run: (n) => rerun(asTable(fakeExcel({ 数据: generatedSummary(n) }), n)) },
  { name: 'summary as an Excel table, rerun from 排名结果', run: (n) => rerun(asTable(fakeExcel({ 数据: generatedSummary(n) }), n), { fromResults: true }) },
  { name: 'summary with a user note on a bad cell', run: (n) => {
    const x = fakeExcel({ 数据: badSummary(n) });
    x.cell('数据', 'C6')!.note = '用户批注';
    return syncsOf(x, rank);
  } },
  { name: 'detailed workbook', run: (n) => syncsOf(detail(n), rank) },
  { name: 'detailed workbook with errors', run: (n) => {
    const x = detail(n);
    setCell(x, '领导评估', 'B2', '优');
    return syncsOf(x, rank);
  } },
  { name: 'detailed workbook rerun', run: (n) => rerun(detail(n)) },
  { name: 'detailed workbook rerun from 排名结果', run: (n) => rerun(detail(n), { fromResults: true }) },
  { name: 'detailed workbook rerun from 排名结果 with errors', run: (n) => {
    const x = detail(n);
    return rerun(x, { fromResults: true, edit: () => setCell(x, '领导评估', 'B2', '优') });
  } },
  { name: 'engineer sheet', run: (n) => syncsOf(fakeExcel({ 数据: engineerRows(n, false) }), (wb) => rankAndTier(wb, { scheme: 'engineer' })) },
  { name: 'fiscal self-evaluation, 得分比例 percent-formatted (number formats loaded with the values)', run: (n) => {
    const x = fakeExcel({ 自评: percentSelfEval(n) });
    x.setNumberFormat('自评', `K2:K${percentSelfEval(n).length}`, '0%');
    return syncsOf(x, (wb) => rankAndTier(wb, { scheme: 'fiscal' }));
  } },
  { name: 'engineer sheet with errors', run: (n) => syncsOf(fakeExcel({ 数据: engineerRows(n) }), (wb) => rankAndTier(wb, { scheme: 'engineer' })) },
  { name: 'department penalty sheet (to 部门考核扣款)', run: (n) => syncsOf(fakeExcel({ 处罚: penaltyRows(n) }), rank) },
  { name: 'department penalty sheet rerun from 部门考核扣款', run: async (n) => {
    const x = fakeExcel({ 处罚: penaltyRows(n) });
    await syncsOf(x, rank);
    x.active = PENALTY_SHEET;
    return syncsOf(x, rank);
  } },
];

/** `n` departments' months of HR's penalty sheet, a late one and one without assessment in turn. */
const penaltyRows = (n: number): Rows => cycle(['部门', '考核月份', '提交日期', '是否考核', '无依据', '负责人绩效工资', '文员绩效工资'],
  [['部门', '2026-03', '2026-04-12', '是', 1, null, null], ['部门', '2026-03', null, '否', 0, 6000, 3000]], n, named(0, '部门'));

/** `n` data rows made by cycling `rows` (each gets its index through `vary`), under `header`. */
function cycle(header: Rows[number], rows: Rows, n: number, vary: (row: Rows[number], i: number) => Rows[number] = (r) => r): Rows {
  return [header, ...Array.from({ length: n }, (_, i) => vary([...rows[i % rows.length]!], i))];
}
const named = (col: number, prefix: string, per = 1) => (row: Rows[number], i: number): Rows[number] => {
  row[col] = `${prefix}${Math.floor(i / per) + 1}`;
  return row;
};

/** About `n` rows of whole self-evaluated projects (3 rows each) whose 得分比例 0.9 means 90% only when percent-formatted. */
function percentSelfEval(n: number): Rows {
  return cycle(['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'], [
    ['项目', 100, 95, '产出', '数量', '养护里程', '≥50公里', 50, 50, null, null],
    ['项目', 100, 95, '效益', '社会', '通行时间', '明显缩短', 30, null, '达成', 0.9],
    ['项目', 100, 95, '满意度', '服务对象满意度', '群众满意度', '≥90%', 10, '95%', null, null],
  ], 3 * Math.ceil(n / 3), named(0, '项目', 3));
}

/** One submission of each type 校验报送 recognises, `n` rows long, with some bad cells. */
export const SUBMISSIONS: Readonly<Record<SubmissionType, (n: number) => Record<string, Rows>>> = {
  'county-report': (n) => ({ 月报: cycle(['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注'],
    [['南牛乡', '3月', '一般公共预算收入', 100, '≥', 10, 30, null], ['南牛乡', '3月', '安全事故', '零', '≤', 0, 0, null]], n, named(2, '指标')) }),
  'county-summary': (n) => ({ 汇总: badSummary(n) }),
  'county-detail': (n) => {
    const sheets = generatedDetail(n);
    sheets['领导评估']![1]![1] = '优';
    return sheets;
  },
  'fiscal-targets': (n) => ({ 目标表: cycle(['项目名称', '主管部门', '项目单位', '资金总额', '财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'], [
    ['项目', '县交通局', '县公路站', 100, 80, 20, null, '产出', '数量指标', '养护里程', '≥50公里'],
    ['项目', null, null, null, null, null, null, '效益', '社会效益', '群众出行条件', '明显改善'],
  ], n, named(0, '项目', 2)) }),
  'fiscal-monitoring': (n) => ({ 监控: cycle(['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-N月完成值', '全年预计完成值', '偏差原因', '完成预期'],
    [['项目', 100, 30, 6, '养护里程', '≥50公里', 10, 20, null, '完全不可能']], n, named(0, '项目')) }),
  'fiscal-self-eval': (n) => ({ 自评: cycle(['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'],
    [['项目', 100, 95, '产出', '数量', '养护里程', '≥50公里', 50, 'abc', null, null]], n, named(0, '项目')) }),
  engineer: (n) => ({ 工程师: engineerRows(n) }),
  staff: (n) => ({ 员工: cycle(['姓名', '部门', '类别', 'monthEnd', 'daily', 'bonus', 'deduction', 'wage'],
    [['员工', '行政部', '后勤', 95, -5, null, null, 3000], ['员工', '生产部', '生产', null, null, 5, '两分', 4000]], n, named(0, '员工')) }),
  'staff-penalties': (n) => ({ 处罚: cycle(['部门', '考核月份', '提交日期', '是否考核'],
    [['部门', '2026-03', '2026-04-12', '是'], ['部门', '2026-03', '四月', '是']], n, named(0, '部门')) }),
};

export const VALIDATE_PATHS: readonly SyncPath<ValidateOutcome>[] = [
  ...Object.entries(SUBMISSIONS).map(([type, sheets]) => ({ name: type, run: (n: number) => syncsOf(fakeExcel(sheets(n)), validate) })),
  { name: 'county-detail from another of its sheets', run: (n) => {
    const x = fakeExcel(SUBMISSIONS['county-detail'](n));
    x.active = '领导评估';
    return syncsOf(x, validate);
  } },
  { name: 'engineer, validated again (own marks cleared and replaced)', run: async (n) => {
    const x = fakeExcel(SUBMISSIONS.engineer(n));
    await syncsOf(x, validate);
    setCell(x, '工程师', 'B2', 0);
    return syncsOf(x, validate);
  } },
  { name: 'county-detail, validated again', run: async (n) => {
    const x = fakeExcel(SUBMISSIONS['county-detail'](n));
    await syncsOf(x, validate);
    return syncsOf(x, validate);
  } },
];

/** The most syncs any path makes at `n` rows and the largest request any path sends, each with its path. */
export async function maxSyncs<T>(paths: readonly SyncPath<T>[], n: number): Promise<{ syncs: number; path: string; requestKB: number; requestPath: string }> {
  let worst = { syncs: 0, path: '', requestKB: 0, requestPath: '' };
  for (const p of paths) {
    const { syncs, requestKB } = await p.run(n);
    if (syncs > worst.syncs) worst = { ...worst, syncs, path: p.name };
    if (requestKB > worst.requestKB) worst = { ...worst, requestKB, requestPath: p.name };
  }
  return worst;
}
