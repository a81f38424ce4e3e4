import type { CellValue, Origin } from '../core/cell';
import { readDate, type YMD } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type ParsedRow, type ParsedTable } from '../core/table';
import type { YearMonth } from '../staff/period';
import { figure, periodFromCell, READERS, type KindOptions } from './kinds';
import { findLabelled } from './labelled';
import { periodText, type FigureValue, type SubmissionKind, type SubmittedRecord } from './record';

/** One sheet handed in for 汇总: which file it came from, what kind it is (detected from its headers by the caller), its values. */
export interface SubmissionInput {
  readonly file: string;
  readonly kind: SubmissionKind;
  readonly values: readonly (readonly CellValue[])[];
  /** Where the values sit; `sheet` names the sheet in issues. */
  readonly origin: Origin;
}

export interface ReadSubmissionOptions extends KindOptions {
  /** The month being consolidated (--period): gives a bare month ("6月") its year, and the period of a sheet that names none. */
  readonly period?: YearMonth | undefined;
}

/** A submission read for 汇总: its records, every issue (errors quarantine it), the day it was sent. */
export interface Submission {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly kind: SubmissionKind;
  readonly records: readonly SubmittedRecord[];
  /** The 校验报送 validator's issues for this kind, then those of reading it for 汇总 (period, unit, 报送日期). */
  readonly issues: readonly Issue[];
  /** 报送日期 and its cell; null when the submission gives none (or gives one that is not a date: see issues). */
  readonly submitted: { readonly date: YMD; readonly cell: string } | null;
  /** Data rows read from the table. */
  readonly rows: number;
}

/** The spellings of the labels a submission fills in beside its table. */
export const SUBMISSION_LABELS = {
  submitted: ['报送日期', '报送时间', '上报日期', '填报日期', '提交日期', '汇总提交日期', '上交日期', 'submitted', 'submission date'],
  period: ['考核月份', '报送月份', '所属月份', '考核期间', '月份', 'period', 'month'],
  department: ['部门', '报送部门', '部门名称', 'department'],
} as const;

/**
 * Read one submission sheet for 汇总: the same validation 校验报送 gives it (errors there quarantine it), then its
 * records keyed by unit + month (+ indicator or person). Nothing is guessed: a month without a year, a sheet
 * without a period or a department, an unreadable 报送日期 are issues naming the cell.
 */
export function readSubmission(input: SubmissionInput, options: ReadSubmissionOptions = {}): Submission {
  const reader = READERS[input.kind];
  const { values, origin } = input;
  const issues: Issue[] = [...reader.validate(values, origin, options)];
  const table = readTable(values, reader.spec, origin);
  const sheet = origin.sheet;
  const submitted = readSubmitted(values, origin, table, issues);
  const base = { file: input.file, sheet, kind: input.kind, submitted, rows: table.rows.length };
  // The validator has said what is wrong with a table it could not read.
  if (table.rows.length === 0 && Object.keys(table.columns).length === 0) return { ...base, records: [], issues };
  const keyOf = keyReader(input.kind, values, origin, table, options, issues);
  const records: SubmittedRecord[] = [];
  for (const row of table.rows) {
    const key = keyOf(row);
    if (!key) continue;
    const vals: Record<string, FigureValue> = {};
    for (const f of reader.fields) vals[f] = figure(f, row.values[f]);
    records.push({ key: { kind: input.kind, ...key }, values: vals, row: row.row, cells: row.cells });
  }
  return { ...base, records, issues };
}

type KeyOf = (row: ParsedRow) => { unit: string; period: string; item: string } | undefined;

/** How each row of this kind is keyed; sheet-level problems (no period, no department) are reported once, here. */
function keyReader(kind: SubmissionKind, values: readonly (readonly CellValue[])[], origin: Origin, t: ParsedTable, o: ReadSubmissionOptions, issues: Issue[]): KeyOf {
  const sheet = t.sheet;
  if (kind === 'county-report') {
    return (row) => {
      const unit = row.values.unit;
      const indicator = row.values.indicator;
      const cell = row.cells.month;
      // A month the table reader could not read is named by the validator already.
      const period = periodFromCell(row.values.month, o.period, { at: cell ?? `row ${row.row}`, sheet, cell, row: row.row, field: '月份' }, issues);
      return typeof unit === 'string' && typeof indicator === 'string' && period ? { unit, period, item: indicator } : undefined;
    };
  }
  const period = sheetPeriod(values, origin, t, o.period, issues);
  if (kind === 'county-summary') {
    return (row) => (typeof row.values.unit === 'string' && period ? { unit: row.values.unit, period, item: '' } : undefined);
  }
  // Staff: the department from its column, else from the form's 部门 cell; a person with neither is an error.
  const labelled = findLabelled(values, origin, t.headerRow, SUBMISSION_LABELS.department);
  const fallback = labelled ? String(labelled.value) : null;
  let reported = false;
  return (row) => {
    const name = row.values.name;
    const dept = typeof row.values.department === 'string' ? row.values.department : fallback;
    if (dept === null && !reported) {
      reported = true;
      const cell = row.cells.department;
      issues.push(makeIssue('consolidate.no-department', { at: cell ?? `row ${row.row}` }, { sheet, cell, row: row.row, field: '部门' }));
    }
    return typeof name === 'string' && dept !== null && period ? { unit: dept, period, item: name } : undefined;
  };
}

/** The period a summary or staff sheet is for: its 考核月份 cell, else the run's; neither is an error. */
function sheetPeriod(values: readonly (readonly CellValue[])[], origin: Origin, t: ParsedTable, run: YearMonth | undefined, issues: Issue[]): string | undefined {
  const found = findLabelled(values, origin, t.headerRow, SUBMISSION_LABELS.period);
  if (found) return periodFromCell(found.value, run, { at: found.cell, sheet: t.sheet, cell: found.cell, field: '考核月份' }, issues, 'consolidate.bad-period');
  if (!run) issues.push(makeIssue('consolidate.no-period', {}, { sheet: t.sheet }));
  return run ? periodText(run.y, run.m) : undefined;
}

/** 报送日期 from the form or a column; one that is not a date is a warning (no lateness is judged from it), never a guess. */
function readSubmitted(values: readonly (readonly CellValue[])[], origin: Origin, t: ParsedTable, issues: Issue[]): Submission['submitted'] {
  const found = findLabelled(values, origin, t.headerRow, SUBMISSION_LABELS.submitted);
  if (!found) return null;
  const at = { sheet: t.sheet, cell: found.cell, field: '报送日期' };
  const date = readDate(found.value);
  if (!date) {
    issues.push(makeIssue('consolidate.bad-date', { at: found.cell, value: String(found.value) }, at));
    return null;
  }
  if (found.differing) issues.push(makeIssue('consolidate.dates-differ', { at: found.cell, cells: found.differing.slice(0, 5).join(', ') }, at));
  return { date, cell: found.cell };
}
