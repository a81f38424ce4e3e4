import type { CellValue, Origin } from '../core/cell';
import type { YMD } from '../core/coerce';
import type { Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type TableSpec } from '../core/table';
import type { Source } from '../county/types';
import { PENALTY_FIELDS, explainPenalties, type PenaltyCode } from './penalties';
import { monthText, readPeriod } from './period';
import { staffPreset, type StaffScheme } from './scheme';
import { sheetReporter } from './sheet-reporter';

const YES_NO: Readonly<Record<string, string>> = { 是: 'yes', 否: 'no', yes: 'yes', no: 'no', y: 'yes', n: 'no', true: 'yes', false: 'no', 已考核: 'yes', 未考核: 'no' };

/** HR's monthly penalty sheet (篇3 五): one row per department and month. */
export const penaltySheetSpec: TableSpec = {
  name: { zh: '部门绩效处罚表', en: 'department penalty sheet' },
  fields: [
    { key: 'department', label: { zh: '部门', en: 'department' }, aliases: ['部门名称', 'dept'], type: 'text', required: true, blank: 'error' },
    { key: 'period', label: PENALTY_FIELDS.period, aliases: ['月份', '考核月', 'period', 'month'], type: 'text', required: true, blank: 'error' },
    { key: 'submitted', label: PENALTY_FIELDS.submitted, aliases: ['汇总提交日期', '上交日期', 'submitted'], type: 'date', blank: 'null' },
    { key: 'assessed', label: PENALTY_FIELDS.assessed, aliases: ['是否已考核', '已考核', 'assessed'], type: 'choice', choices: YES_NO, required: true },
    { key: 'reviewErrors', label: PENALTY_FIELDS.reviewErrors, aliases: ['审核差错数', 'review errors'], type: 'count', blank: 'null' },
    { key: 'baseless', label: PENALTY_FIELDS.baseless, aliases: ['考核无依据', '无依据单数', 'baseless'], type: 'count', blank: 'null' },
    { key: 'harassment', label: PENALTY_FIELDS.harassment, aliases: ['故意刁难', '刁难单数', 'harassment'], type: 'count', blank: 'null' },
    { key: 'headPay', label: PENALTY_FIELDS.headPay, aliases: ['负责人绩效', 'head pay'], type: 'number', blank: 'null', min: 0 },
    { key: 'clerkPay', label: PENALTY_FIELDS.clerkPay, aliases: ['文员绩效', 'clerk pay'], type: 'number', blank: 'null', min: 0 },
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

/** Compute every department's penalties on HR's sheet; bad cells are issues naming them. */
export function scorePenaltySheet(values: readonly (readonly CellValue[])[], origin: Origin, scheme: StaffScheme = staffPreset): { results: PenaltyRowResult[]; issues: Issue[] } {
  const table = readTable(values, penaltySheetSpec, origin);
  const issues = [...table.issues];
  const results: PenaltyRowResult[] = [];
  const periodCol = table.columns.period;
  for (const r of table.rows) {
    const v = r.values;
    const rep = sheetReporter(PENALTY_FIELDS, r, table.sheet, table.headerRow);
    // The raw cell, so a Date or an Excel serial is read as a date, not as its text.
    const raw = periodCol === undefined ? null : (values[r.row - origin.row]?.[periodCol - origin.col] ?? null);
    const period = readPeriod(raw);
    if (!period) {
      issues.push(makeIssue('staff.bad-period', { value: String(v.period) }, rep.at('period')));
      continue;
    }
    const num = (k: string): number | null => (typeof v[k] === 'number' ? (v[k] as number) : null);
    const res = explainPenalties(
      {
        period,
        submitted: (v.submitted as YMD | null | undefined) ?? null,
        assessed: v.assessed === 'yes',
        reviewErrors: num('reviewErrors'),
        baseless: num('baseless'),
        harassment: num('harassment'),
        headPay: num('headPay'),
        clerkPay: num('clerkPay'),
      },
      scheme,
      rep,
    );
    if (!res.ok) {
      issues.push(...res.issues);
      continue;
    }
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
