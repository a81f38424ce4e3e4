import { a1, type CellValue, type Origin, type Source } from '../core/cell';
import type { YMD } from '../core/coerce';
import type { Step } from '../core/explain';
import type { Issue } from '../core/issue';
import { readTable, type ParsedRow, type ParsedTable, type ParsedValue, type TableSpec } from '../core/table';
import { numberOrNull } from '../args/read-arg';
import { isBlank } from '../core/coerce';
import { sheetReporter } from '../args/reporter';
import { duplicateRows, percentCells } from '../args/sheet-checks';
import { PENALTY_FIELDS, YES_NO_CHOICES, explainPenalties, type PenaltyCode } from './penalties';
import { monthText, readPeriodArg, type YearMonth } from './period';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

const date = (key: 'submitted' | 'assessedOn' | 'settledOn', aliases: readonly string[]) => ({ key, label: PENALTY_FIELDS[key], aliases, type: 'date', blank: 'null' }) as const;

/** HR's monthly penalty sheet (篇3 五): one row per department and month; the 篇3 四 2 calendar dates are optional columns. */
export const penaltySheetSpec: TableSpec = {
  name: { zh: '部门绩效处罚表', en: 'department penalty sheet' },
  fields: [
    { key: 'department', label: { zh: '部门', en: 'department' }, aliases: ['部门名称', 'dept'], type: 'text', required: true, blank: 'error' },
    { key: 'period', label: PENALTY_FIELDS.period, aliases: ['月份', '考核月', 'period', 'month'], type: 'text', required: true, blank: 'error' },
    date('submitted', ['汇总提交日期', '上交日期', 'submitted']),
    { key: 'assessed', label: PENALTY_FIELDS.assessed, aliases: ['是否已考核', '已考核', 'assessed'], type: 'choice', choices: YES_NO_CHOICES, required: true },
    { key: 'reviewErrors', label: PENALTY_FIELDS.reviewErrors, aliases: ['审核差错数', 'review errors'], type: 'count', blank: 'null' },
    { key: 'baseless', label: PENALTY_FIELDS.baseless, aliases: ['考核无依据', '无依据单数', 'baseless'], type: 'count', blank: 'null' },
    { key: 'harassment', label: PENALTY_FIELDS.harassment, aliases: ['故意刁难', '刁难单数', 'harassment'], type: 'count', blank: 'null' },
    { key: 'headPay', label: PENALTY_FIELDS.headPay, aliases: ['负责人绩效', 'head pay'], type: 'number', blank: 'null', min: 0 },
    { key: 'clerkPay', label: PENALTY_FIELDS.clerkPay, aliases: ['文员绩效', 'clerk pay'], type: 'number', blank: 'null', min: 0 },
    date('assessedOn', ['完成考核日期', '考核日期', 'assessed on']),
    date('settledOn', ['结算日期', '认定日期', 'settled on']),
  ],
};

/** One department's month: the amount per penalty code, the total, and the steps. */
export interface PenaltyRowResult {
  readonly department: string;
  /** "2026-03". */
  readonly period: string;
  readonly total: number;
  readonly amounts: Readonly<Record<PenaltyCode, number>>;
  readonly lateDays: number;
  readonly steps: readonly Step[];
  readonly source: Source;
}

const numOrNull = numberOrNull;
const dateOrNull = (v: ParsedValue | undefined): YMD | null => (v !== null && typeof v === 'object' ? v : null);

/**
 * The month of every data row, read from the raw cell (a Date or an Excel serial is a date, not its text);
 * rows readTable kept out for another bad cell are read too, so one pass names every bad month.
 */
function readPeriods(table: ParsedTable, origin: Origin, issues: Issue[]): Map<number, YearMonth> {
  const out = new Map<number, YearMonth>();
  const col = table.columns.period;
  if (col === undefined) return out;
  for (const row of table.dataRows) {
    const raw = table.grid[row - origin.row]?.[col - origin.col];
    // A blank month is readTable's cell.blank-required.
    if (isBlank(raw)) continue;
    const p = readPeriodArg(raw, PENALTY_FIELDS.period, { field: PENALTY_FIELDS.period.zh, cell: a1(row, col), row, sheet: table.sheet }, issues);
    if (p) out.set(row, p);
  }
  return out;
}

/**
 * Compute every department's penalties on HR's sheet; bad cells are issues naming them. A department
 * listed twice for one month is an error on the repeat (it would be fined twice); late calendar dates are warnings.
 */
export function scorePenaltySheet(values: readonly (readonly CellValue[])[], origin: Origin, scheme: StaffScheme = staffPreset): { results: PenaltyRowResult[]; issues: Issue[] } {
  const table = readTable(values, penaltySheetSpec, origin);
  const issues = [...table.issues];
  const results: PenaltyRowResult[] = [];
  const periods = readPeriods(table, origin, issues);
  const skip = percentCells(table, origin, { headPay: PENALTY_FIELDS.headPay, clerkPay: PENALTY_FIELDS.clerkPay }, 'staff', issues);
  // A row whose month is unreadable repeats nothing (its own issue says why).
  const keyOf = (r: ParsedRow): string => {
    const p = periods.get(r.row);
    return p ? `${String(r.values.department)} ${monthText(p)}` : `#${r.row}`;
  };
  const repeated = duplicateRows(table, keyOf, 'department', { zh: '部门的同一月份', en: 'department and month' }, 'staff', issues);
  for (const r of table.rows) {
    const period = periods.get(r.row);
    if (!period || skip.has(r.row) || repeated.has(r.row)) continue;
    const v = r.values;
    const res = explainPenalties(
      {
        period,
        submitted: dateOrNull(v.submitted),
        assessed: v.assessed === 'yes',
        reviewErrors: numOrNull(v.reviewErrors),
        baseless: numOrNull(v.baseless),
        harassment: numOrNull(v.harassment),
        headPay: numOrNull(v.headPay),
        clerkPay: numOrNull(v.clerkPay),
        assessedOn: dateOrNull(v.assessedOn),
        settledOn: dateOrNull(v.settledOn),
      },
      scheme,
      sheetReporter(PENALTY_FIELDS, r, table.sheet, table.headerRow, 'staff'),
    );
    issues.push(...res.issues);
    if (!res.ok) continue;
    results.push({
      department: v.department as string,
      period: monthText(period),
      total: res.value.rounded,
      amounts: res.value.amounts,
      lateDays: res.value.lateDays,
      steps: res.value.steps,
      source: { sheet: table.sheet, row: r.row, cells: r.cells },
    });
  }
  return { results, issues };
}
