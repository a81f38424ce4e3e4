import type { CellValue, Origin, Source } from '../core/cell';
import type { Step } from '../core/explain';
import type { Issue } from '../core/issue';
import { readTable, type FieldSpec, type TableSpec } from '../core/table';
import { numberOrNull } from '../args/read-arg';
import { sheetReporter } from '../args/reporter';
import { duplicateRows, percentCells } from '../args/sheet-checks';
import { CATEGORY_CHOICES, STAFF_FIELDS, explainFinal, floatBasis, floatOf, floatPercentText, wageAmountOf, type StaffCategory, type StaffPointField } from './final';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

const points = (key: StaffPointField, aliases: readonly string[]): FieldSpec => ({ key, label: STAFF_FIELDS[key], aliases, type: 'number', blank: 'null' });

/** A department's monthly staff sheet (篇3 二): one row per person; the category decides which point columns apply. */
export const staffSheetSpec: TableSpec = {
  name: { zh: '员工月度绩效表', en: 'staff monthly sheet' },
  groupBy: 'department',
  fields: [
    { key: 'name', label: { zh: '姓名', en: 'name' }, aliases: ['员工', '员工姓名', 'employee'], type: 'text', required: true, blank: 'error' },
    { key: 'department', label: { zh: '部门', en: 'department' }, aliases: ['dept'], type: 'text' },
    { key: 'category', label: { zh: '类别', en: 'category' }, aliases: ['人员类别', '岗位类别', 'type'], type: 'choice', choices: CATEGORY_CHOICES, required: true },
    points('monthEnd', ['月底打分分', '月度打分', 'month end', 'monthEnd']),
    points('peer', ['员工互评', '互评分', 'peer']),
    points('superior', ['上级领导评分', '上级打分', 'superior']),
    points('daily', ['日考核', '日考核得分合计', 'daily']),
    points('bonus', ['加分项', 'bonus']),
    points('deduction', ['扣分项', 'deduction', 'deductions']),
    { key: 'wage', label: { zh: '绩效工资', en: 'performance pay' }, aliases: ['工资', 'wage'], type: 'number', blank: 'null', min: 0 },
  ],
};

/** One person's result: final score, wage float and amount, with every step. */
export interface StaffRowResult {
  readonly name: string;
  readonly department: string | null;
  readonly category: StaffCategory;
  readonly final: number;
  readonly rounded: number;
  /** Percent, e.g. −10. */
  readonly floatPercent: number;
  /** Fraction, e.g. −0.1. */
  readonly float: number;
  /** Yuan; null when the sheet has no 绩效工资 column. */
  readonly amount: number | null;
  readonly steps: readonly Step[];
  readonly source: Source;
}

const LABELS = { ...STAFF_FIELDS, wage: { zh: '绩效工资', en: 'performance pay' } };
const num = numberOrNull;
/** A score as text without binary noise, for the float's rule. */
const shown = (x: number): string => String(Number(x.toPrecision(12)));

/**
 * Score every person on a staff sheet; bad cells are issues naming them and the row gets no result.
 * The same name twice in one department is an error on the repeat (one person, one row a month).
 */
export function scoreStaffSheet(values: readonly (readonly CellValue[])[], origin: Origin, scheme: StaffScheme = staffPreset): { results: StaffRowResult[]; issues: Issue[] } {
  const table = readTable(values, staffSheetSpec, origin);
  const issues = [...table.issues];
  const results: StaffRowResult[] = [];
  // "85%" as a month-end score would read as 0.85 points.
  const skip = percentCells(table, origin, LABELS, 'staff', issues);
  const repeated = duplicateRows(table, (r) => `${String(r.values.department ?? '')} ${String(r.values.name)}`, 'name', { zh: '部门的同一员工', en: 'person in a department' }, 'staff', issues);
  for (const r of table.rows) {
    if (skip.has(r.row) || repeated.has(r.row)) continue;
    const v = r.values;
    const rep = sheetReporter(LABELS, r, table.sheet, table.headerRow, 'staff');
    const category = v.category as StaffCategory;
    const fin = explainFinal(category, { monthEnd: num(v.monthEnd), peer: num(v.peer), superior: num(v.superior), daily: num(v.daily), bonus: num(v.bonus), deduction: num(v.deduction) }, scheme, rep);
    const hasWageColumn = r.cells.wage !== undefined;
    const wage = num(v.wage);
    if (hasWageColumn && wage === null) issues.push(rep.blank('wage'));
    if (!fin.ok) {
      issues.push(...fin.issues);
      continue;
    }
    if (hasWageColumn && wage === null) continue;
    const basis = floatBasis(fin.value, scheme);
    const f = floatOf(basis, scheme);
    const amount = wage === null ? null : wageAmountOf(wage, f.fraction, scheme);
    // A pay of 1e308 overflows the amount: name the cell rather than write Infinity.
    if (amount !== null && !Number.isFinite(amount)) {
      issues.push(rep.tooLarge('wage', wage ?? 0));
      continue;
    }
    const per = scheme.floatPercentPerPoint;
    const steps: Step[] = [
      ...fin.value.steps,
      {
        item: 'float',
        label: { zh: '绩效工资浮动', en: 'wage float' },
        input: basis,
        rule: {
          zh: `（${shown(basis)} − ${scheme.base}）× ${per}% = ${floatPercentText(f.percent)}%${f.limited ? '（已到浮动限度）' : ''}`,
          en: `(${shown(basis)} − ${scheme.base}) × ${per}% = ${floatPercentText(f.percent)}%${f.limited ? ' (at the float limit)' : ''}`,
        },
        points: f.percent,
      },
    ];
    if (wage !== null && amount !== null) {
      steps.push({ item: 'amount', label: { zh: '浮动金额', en: 'float amount' }, input: wage, rule: { zh: `${wage} 元 × ${floatPercentText(f.percent)}%`, en: `${wage} yuan × ${floatPercentText(f.percent)}%` }, points: amount });
    }
    results.push({
      name: v.name as string,
      department: typeof v.department === 'string' ? v.department : null,
      category,
      final: fin.value.value,
      rounded: fin.value.rounded,
      floatPercent: f.percent,
      float: f.fraction,
      amount,
      steps,
      source: { sheet: table.sheet, row: r.row, cells: r.cells },
    });
  }
  return { results, issues };
}
