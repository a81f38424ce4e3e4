/** Runs commands on HOST's fake Excel (office-addin-mock objects) and counts context.sync() — for tests and bench. */
import type { CellValue } from '../../src/engine';
import { ExcelWorkbook } from '../../src/host/excel';
import { FakeExcel } from '../host/excel-fake';
import type { Rows } from './fixtures';

type Scalar = string | number | boolean;
const scalars = (rows: Rows): Scalar[][] => rows.map((r) => r.map((v: CellValue) => (v === null ? '' : v instanceof Date ? v.toISOString() : v)));

/** An engineers' sheet of n rows; every 10th row has text in 驳回次数 (column B), an issue to mark. */
export function engineerRows(n: number, bad = true): Rows {
  const rows: Rows = [['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数']];
  for (let i = 0; i < n; i++) rows.push([`工程师${i + 1}`, bad && i % 10 === 0 ? '两次' : i % 3, i % 2, 100 + (i % 7), 100, i % 2]);
  return rows;
}

/** Runs a command on a fake Excel over office-addin-mock and returns the context.sync() count it made. */
export function excelSyncs(rows: Rows, command: (wb: ExcelWorkbook) => Promise<unknown>): Promise<{ syncs: number; x: FakeExcel }> {
  return excelSyncsOn({ 数据: rows }, command);
}

/** Same, on several sheets (the first one active). */
export async function excelSyncsOn(sheets: Record<string, Rows>, command: (wb: ExcelWorkbook) => Promise<unknown>): Promise<{ syncs: number; x: FakeExcel }> {
  const x = fakeExcel(sheets);
  await command(new ExcelWorkbook({ run: x.run, notes: true, merges: true }));
  return { syncs: x.syncs, x };
}

/** A fake Excel holding these sheets, the first one active. */
export const fakeExcel = (sheets: Record<string, Rows>): FakeExcel => FakeExcel.from(Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, scalars(v)])));

/** Runs one more command on `x` (a fresh ExcelWorkbook, as each ribbon click is): the syncs it alone made and its largest request. */
export async function syncsOf<T>(x: FakeExcel, command: (wb: ExcelWorkbook) => Promise<T>): Promise<{ syncs: number; requestKB: number; out: T }> {
  const before = x.syncs;
  const sent = x.requests.length;
  const out = await command(new ExcelWorkbook({ run: x.run, notes: true, merges: true }));
  return { syncs: x.syncs - before, requestKB: x.largestRequestKB(sent), out };
}

