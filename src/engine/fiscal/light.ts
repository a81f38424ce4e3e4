import { ownValue } from '../core/own';
import type { CellValue } from '../core/cell';
import { cleanText, halfWidth, readDate, readNumber } from '../core/coerce';
import { numberProblem } from './indicator-score';
import { makeIssue, type FieldLocation, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { FiscalScheme } from './scheme';
import { schemeOr } from './preset';

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
  const r = readNumber(v ?? null);
  if (!r.ok) {
    issues.push(numberProblem(v, { ...loc, fieldEn }));
    return undefined;
  }
  return checkAmount(r.value, fieldEn, loc, issues) ? r.value : undefined;
}

/** Beyond this an amount is a typing slip (Excel keeps 15 digits) and its arithmetic would overflow. */
export const MAX_AMOUNT = 1e15;

/** An amount must be ≥ 0 and at most MAX_AMOUNT; false (with an issue) otherwise. */
export function checkAmount(value: number, fieldEn: string, loc: FieldLocation, issues: Issue[]): boolean {
  if (value < 0) issues.push(makeIssue('fiscal.negative', { value, fieldEn }, loc));
  else if (value > MAX_AMOUNT) issues.push(makeIssue('fiscal.too-large', { value, max: MAX_AMOUNT, fieldEn }, loc));
  else return true;
  return false;
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
    issues.push(makeIssue('fiscal.budget-zero', {}, { ...cells.budget, field: cells.budget?.field ?? '全年预算数' }));
    return ok({ rate: null, progress, ratio: null, light: '黄' }, issues);
  }
  const rate = e / b;
  // One division keeps binary noise out of boundary cases (30/100 at month 6 is exactly 60%).
  const ratio = (e * sc.monthsPerYear) / (b * m);
  const pct = (x: number): number => roundHalfUp(x * 100, sc.precision);
  const light: Light = pct(ratio) < pct(sc.light.red) ? '红' : pct(ratio) < pct(sc.light.yellow) ? '黄' : '绿';
  return ok({ rate, progress, ratio, light }, issues);
}

const CN_MONTHS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
/** 6, "6月", "6月份", "第6月", "七月", "2026年7月" → the month's text without its decoration. */
const MONTH_TEXT = /^(?:\d{4}\s*年\s*)?第?\s*(.+?)\s*(?:月份?)?$/;

/** A month: a whole number 1–monthsPerYear, written as people write it, or a date in that month. */
function readMonth(v: CellValue, months: number, at: IssueLocation | undefined, issues: Issue[]): number | undefined {
  const loc = { ...at, field: at?.field ?? '月份' };
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getUTCMonth() + 1;
  let cell: CellValue = v;
  // A date in the month (2026-07-31, 2026年7月31日), as a sheet's date cell arrives as text.
  const day = typeof v === 'string' ? readDate(v) : undefined;
  if (day) return day.m;
  if (typeof v === 'string') {
    const inner = MONTH_TEXT.exec(halfWidth(cleanText(v)))?.[1] ?? v;
    cell = ownValue(CN_MONTHS, inner) ?? inner;
  }
  const r = readNumber(cell);
  if (!r.ok) {
    issues.push(numberProblem(v, { ...loc, fieldEn: 'month' }));
    return undefined;
  }
  if (!Number.isInteger(r.value) || r.value < 1 || r.value > months) {
    issues.push(makeIssue('fiscal.month-invalid', { value: r.value, months, fieldEn: 'month' }, loc));
    return undefined;
  }
  return r.value;
}
