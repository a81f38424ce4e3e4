import type { CellValue } from '../core/cell';
import { readNumber } from '../core/coerce';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { schemeOr, type FiscalScheme } from './scheme';

export type Light = '红' | '黄' | '绿';

export interface ExecLight {
  /** 执行数 / 全年预算数; null when the budget is 0. */
  readonly rate: number | null;
  /** month / 12. */
  readonly progress: number;
  /** rate / progress; null when the budget is 0. */
  readonly ratio: number | null;
  readonly light: Light;
}

/** Where each argument sits, when it came from a sheet. */
export interface LightCells {
  readonly executed?: IssueLocation;
  readonly budget?: IssueLocation;
  readonly month?: IssueLocation;
}

/** Read an amount: a number ≥ 0 (blank and text are errors, never 0). */
export function readAmount(v: CellValue | undefined, field: string, fieldEn: string, at: IssueLocation | undefined, issues: Issue[]): number | undefined {
  const loc = { ...at, field: at?.field ?? field };
  const r = readNumber(v);
  if (!r.ok) {
    issues.push(r.kind === 'blank' ? makeIssue('fiscal.missing', { fieldEn }, loc) : makeIssue('fiscal.bad-number', { value: r.text, fieldEn }, loc));
    return undefined;
  }
  if (r.value < 0) {
    issues.push(makeIssue('fiscal.negative', { value: r.value, fieldEn }, loc));
    return undefined;
  }
  return r.value;
}

/**
 * The execution light (FISCAL.md §2, 财预〔2019〕136号): ratio = (执行数 / 全年预算数) / (month / 12);
 * below 60% red, below 80% yellow, else green, compared as percents rounded to the scheme precision.
 * A budget of 0 is yellow with a warning.
 */
export function execLight(executed: CellValue, budget: CellValue, month: CellValue, scheme?: FiscalScheme, cells: LightCells = {}): Result<ExecLight> {
  const sc = schemeOr(scheme);
  const issues: Issue[] = [];
  const e = readAmount(executed, '执行数', 'executed', cells.executed, issues);
  const b = readAmount(budget, '全年预算数', 'annual budget', cells.budget, issues);
  const m = readMonth(month, sc.monthsPerYear, cells.month, issues);
  if (e === undefined || b === undefined || m === undefined) return fail(issues);
  const progress = m / sc.monthsPerYear;
  if (b === 0) {
    issues.push(makeIssue('fiscal.budget-zero', { fieldEn: 'annual budget' }, { ...cells.budget, field: cells.budget?.field ?? '全年预算数' }));
    return ok({ rate: null, progress, ratio: null, light: '黄' }, issues);
  }
  const rate = e / b;
  // One division keeps binary noise out of boundary cases (30/100 at month 6 is exactly 60%).
  const ratio = (e * sc.monthsPerYear) / (b * m);
  const pct = (x: number): number => roundHalfUp(x * 100, sc.precision);
  const light: Light = pct(ratio) < pct(sc.light.red) ? '红' : pct(ratio) < pct(sc.light.yellow) ? '黄' : '绿';
  return ok({ rate, progress, ratio, light }, issues);
}

/** A month: a whole number 1–monthsPerYear. */
function readMonth(v: CellValue, months: number, at: IssueLocation | undefined, issues: Issue[]): number | undefined {
  const loc = { ...at, field: at?.field ?? '月份' };
  // "6月" is how a month is often typed.
  const r = readNumber(typeof v === 'string' ? v.replace(/月\s*$/, '') : v);
  if (!r.ok) {
    issues.push(r.kind === 'blank' ? makeIssue('fiscal.missing', { fieldEn: 'month' }, loc) : makeIssue('fiscal.bad-number', { value: r.text, fieldEn: 'month' }, loc));
    return undefined;
  }
  if (!Number.isInteger(r.value) || r.value < 1 || r.value > months) {
    issues.push(makeIssue('fiscal.month-invalid', { value: r.value, months, fieldEn: 'month' }, loc));
    return undefined;
  }
  return r.value;
}
