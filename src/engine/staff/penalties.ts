import type { CellValue } from '../core/cell';
import { readDate, readText, type YMD } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { normalizeHeader } from '../core/table';
import type { Text } from '../core/text';
import { readArg } from '../engineer/read-arg';
import { lateFeeOf } from './late';
import { readPeriod, ymdText, type YearMonth } from './period';
import { staffPreset, type StaffScheme } from './scheme';

/** The five penalties of 篇3 五 处罚办法. */
export type PenaltyCode = 'late' | 'missing' | 'review-error' | 'baseless' | 'harassment';
export const PENALTY_CODES: readonly PenaltyCode[] = ['late', 'missing', 'review-error', 'baseless', 'harassment'];

export const PENALTY_FIELDS = {
  period: { zh: '考核月份', en: 'assessed month' },
  submitted: { zh: '提交日期', en: 'submission date' },
  assessed: { zh: '是否考核', en: 'assessed' },
  reviewErrors: { zh: '审核差错', en: 'review errors' },
  baseless: { zh: '无依据', en: 'baseless scoring' },
  harassment: { zh: '刁难', en: 'harassment' },
  headPay: { zh: '负责人绩效工资', en: 'head’s performance pay' },
  clerkPay: { zh: '文员绩效工资', en: 'clerk’s performance pay' },
} as const satisfies Record<string, Text>;
export type PenaltyField = keyof typeof PENALTY_FIELDS;

const LABELS: Readonly<Record<PenaltyCode, Text>> = {
  late: { zh: '迟交汇总', en: 'late summary' },
  missing: { zh: '当月未考核', en: 'no assessment' },
  'review-error': { zh: '审核后仍有错误', en: 'error after sign-off' },
  baseless: { zh: '考核无依据', en: 'scoring without basis' },
  harassment: { zh: '以扣分刁难员工', en: 'harassment through deductions' },
};

const YES = new Set(['是', 'yes', 'y', 'true', '已考核', '√', '1']);
const NO = new Set(['否', 'no', 'n', 'false', '未考核', '×', '0']);

/** 是/否 (yes/no, TRUE/FALSE, 已考核/未考核) → boolean; undefined when it is none of these. */
export function readYesNo(v: CellValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = readText(v ?? null);
  if (t === null) return undefined;
  const n = normalizeHeader(t);
  return YES.has(n) ? true : NO.has(n) ? false : undefined;
}

/** A department's month once read; null = blank. */
export interface PenaltyNumbers {
  readonly period: YearMonth;
  readonly submitted: YMD | null;
  readonly assessed: boolean;
  readonly reviewErrors: number | null;
  readonly baseless: number | null;
  readonly harassment: number | null;
  readonly headPay: number | null;
  readonly clerkPay: number | null;
}

/** Where a department's issues point: argument names or sheet cells. */
export interface PenaltyReporter {
  readonly at: (f: PenaltyField) => IssueLocation;
  readonly blank: (f: PenaltyField) => Issue;
}

export const penaltyArgReporter: PenaltyReporter = {
  at: (f) => ({ field: PENALTY_FIELDS[f].zh }),
  blank: (f) => makeIssue('staff.arg-blank', { fieldEn: PENALTY_FIELDS[f].en }, { field: PENALTY_FIELDS[f].zh }),
};

/** A department's penalties: the total in yuan, the amount per code, one step per code. */
export interface PenaltyResult extends Explained {
  readonly amounts: Readonly<Record<PenaltyCode, number>>;
  readonly lateDays: number;
}

const pstep = (code: PenaltyCode, input: number | string | null, rule: Text, points: number): Step => ({ item: code, label: LABELS[code], input, rule, points });

/** The per-case penalties (篇3 五 3/4): count × amount; a blank count is none unless the scheme says 'error'. */
function perCase(code: PenaltyCode, f: PenaltyField, count: number | null, amount: number, scheme: StaffScheme, rep: PenaltyReporter, issues: Issue[]): Step | undefined {
  if (count === null && scheme.penalties.blankCounts === 'error') {
    issues.push(rep.blank(f));
    return undefined;
  }
  const c = count ?? 0;
  return pstep(code, c, { zh: `${c} 单 × ${amount} 元`, en: `${c} case(s) × ${amount} yuan` }, c * amount);
}

/**
 * 篇3 五 处罚办法 for one department and month: late summary (per day after the 10th of the
 * following month), no assessment (10% of the head's and the clerk's performance pay),
 * error after sign-off (200 per case), scoring without basis (200 per case), harassment (500 per case).
 * RULES.md silent, decided as a clerk would: a department that did no assessment has no summary to be late
 * with, so a blank submission date is then no late fee (a date given is still charged); the pay cells
 * are needed only when the department did no assessment.
 */
export function explainPenalties(n: PenaltyNumbers, scheme: StaffScheme, rep: PenaltyReporter): Result<PenaltyResult> {
  const issues: Issue[] = [];
  const p = scheme.penalties;
  const steps: Step[] = [];
  let lateDays = 0;
  if (n.submitted === null) {
    if (n.assessed) issues.push(rep.blank('submitted'));
    else steps.push(pstep('late', null, { zh: '当月未考核，无汇总可迟交', en: 'no assessment this month, so no summary to be late' }, 0));
  } else {
    const r = lateFeeOf(n.period, n.submitted, p.late.perDay, scheme);
    if (!r.ok) issues.push(makeIssue('staff.submitted-before-period', { submitted: r.submitted, period: r.period }, rep.at('submitted')));
    else {
      lateDays = r.fee.days;
      const due = ymdText(r.fee.due);
      steps.push(pstep('late', r.fee.days, { zh: `${due} 后 ${r.fee.days} 天 × ${p.late.perDay} 元`, en: `${r.fee.days} day(s) after ${due} × ${p.late.perDay} yuan` }, r.fee.amount));
    }
  }
  if (n.assessed) steps.push(pstep('missing', null, { zh: '当月已考核', en: 'assessed this month' }, 0));
  else {
    if (n.headPay === null) issues.push(rep.blank('headPay'));
    if (n.clerkPay === null) issues.push(rep.blank('clerkPay'));
    if (n.headPay !== null && n.clerkPay !== null) {
      const amount = roundHalfUp(((n.headPay + n.clerkPay) * p.missing.percent) / 100, scheme.amountPrecision);
      steps.push(
        pstep('missing', n.headPay + n.clerkPay, {
          zh: `（负责人 ${n.headPay} + 文员 ${n.clerkPay}）× ${p.missing.percent}%`,
          en: `(head ${n.headPay} + clerk ${n.clerkPay}) × ${p.missing.percent}%`,
        }, amount),
      );
    }
  }
  for (const s of [
    perCase('review-error', 'reviewErrors', n.reviewErrors, p.reviewError.perCase, scheme, rep, issues),
    perCase('baseless', 'baseless', n.baseless, p.baseless.perCase, scheme, rep, issues),
    perCase('harassment', 'harassment', n.harassment, p.harassment.perCase, scheme, rep, issues),
  ]) {
    if (s) steps.push(s);
  }
  if (issues.length > 0) return fail(issues);
  const amounts = Object.fromEntries(steps.map((s) => [s.item, s.points])) as Record<PenaltyCode, number>;
  const value = steps.reduce((a, s) => a + s.points, 0);
  return ok({ value, rounded: roundHalfUp(value, scheme.amountPrecision), steps, amounts, lateDays });
}

/** What PERF.PENALTY receives for one department and month. */
export interface PenaltyInput {
  readonly period: CellValue;
  readonly submitted?: CellValue;
  readonly assessed: CellValue;
  readonly reviewErrors?: CellValue;
  readonly baseless?: CellValue;
  readonly harassment?: CellValue;
  readonly headPay?: CellValue;
  readonly clerkPay?: CellValue;
}

/** Department penalties from function arguments (篇3 五); every bad argument is an issue naming it. */
export function departmentPenalties(input: PenaltyInput, scheme: StaffScheme = staffPreset): Result<PenaltyResult> {
  const issues: Issue[] = [];
  const rep = penaltyArgReporter;
  const blankText = (v: CellValue | undefined) => readText(v ?? null) === null;
  const period = readPeriod(input.period);
  if (!period) issues.push(blankText(input.period) ? rep.blank('period') : makeIssue('staff.bad-period', { value: readText(input.period) ?? '' }, rep.at('period')));
  let submitted: YMD | null = null;
  if (!blankText(input.submitted)) {
    const d = readDate(input.submitted ?? null);
    if (d) submitted = d;
    else issues.push(makeIssue('staff.bad-date', { value: readText(input.submitted ?? null) ?? '', fieldEn: PENALTY_FIELDS.submitted.en }, rep.at('submitted')));
  }
  const assessed = readYesNo(input.assessed);
  if (assessed === undefined) {
    issues.push(blankText(input.assessed) ? rep.blank('assessed') : makeIssue('staff.bad-yes-no', { value: readText(input.assessed) ?? '', fieldEn: PENALTY_FIELDS.assessed.en }, rep.at('assessed')));
  }
  const num = (f: 'reviewErrors' | 'baseless' | 'harassment' | 'headPay' | 'clerkPay', count: boolean): number | null | undefined =>
    blankText(input[f]) ? null : readArg(input[f], { label: PENALTY_FIELDS[f], count, min: 0 }, 'staff', issues);
  const reviewErrors = num('reviewErrors', true);
  const baseless = num('baseless', true);
  const harassment = num('harassment', true);
  const headPay = num('headPay', false);
  const clerkPay = num('clerkPay', false);
  if (!period || assessed === undefined || issues.length > 0) return fail(issues);
  // issues is empty here, so every num() above returned a number or null.
  return explainPenalties(
    { period, submitted, assessed, reviewErrors: reviewErrors ?? null, baseless: baseless ?? null, harassment: harassment ?? null, headPay: headPay ?? null, clerkPay: clerkPay ?? null },
    scheme,
    rep,
  );
}
