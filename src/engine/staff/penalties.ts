import type { CellValue } from '../core/cell';
import { readText, type YMD } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { hasErrors, makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { choiceReader, readArgOrNull } from '../args/read-arg';
import { argReporter, type Reporter } from '../args/reporter';
import { calendarIssues } from './calendar';
import { lateFeeOf } from './late';
import { readDateArg, readPeriodArg, ymdText, type YearMonth } from './period';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

/** The five penalties of 篇3 五 处罚办法. */
export type PenaltyCode = 'late' | 'missing' | 'review-error' | 'baseless' | 'harassment';
export const PENALTY_CODES: readonly PenaltyCode[] = ['late', 'missing', 'review-error', 'baseless', 'harassment'];

export const PENALTY_FIELDS = {
  period: { zh: '考核月份', en: 'assessed month' },
  submitted: { zh: '提交日期', en: 'submission date' },
  assessedOn: { zh: '考核完成日期', en: 'assessment date' },
  settledOn: { zh: '金额认定日期', en: 'settlement date' },
  assessed: { zh: '是否考核', en: 'assessed' },
  reviewErrors: { zh: '审核差错', en: 'review errors' },
  baseless: { zh: '无依据', en: 'baseless scoring' },
  harassment: { zh: '刁难', en: 'harassment' },
  headPay: { zh: '负责人绩效工资', en: 'head’s performance pay' },
  clerkPay: { zh: '文员绩效工资', en: 'clerk’s performance pay' },
} as const satisfies Record<string, Text>;
export type PenaltyField = keyof typeof PENALTY_FIELDS;

export const PENALTY_LABELS: Readonly<Record<PenaltyCode, Text>> = {
  late: { zh: '迟交汇总', en: 'late summary' },
  missing: { zh: '当月未考核', en: 'no assessment' },
  'review-error': { zh: '审核后仍有错误', en: 'error after sign-off' },
  baseless: { zh: '考核无依据', en: 'scoring without basis' },
  harassment: { zh: '以扣分刁难员工', en: 'harassment through deductions' },
};

/** Every spelling of yes and no, for readYesNo and the penalty sheet's 是否考核 column alike. */
export const YES_NO_CHOICES: Readonly<Record<string, 'yes' | 'no'>> = {
  是: 'yes', yes: 'yes', y: 'yes', true: 'yes', 已考核: 'yes', '√': 'yes', '1': 'yes',
  否: 'no', no: 'no', n: 'no', false: 'no', 未考核: 'no', '×': 'no', '0': 'no',
};
const yesNo = choiceReader(YES_NO_CHOICES);

/** 是/否 (yes/no, TRUE/FALSE, 已考核/未考核, √/×, 1/0) → boolean; undefined when it is none of these. */
export function readYesNo(v: CellValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const c = yesNo(v);
  return c === undefined ? undefined : c === 'yes';
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
  /** 篇3 四 2 calendar dates, checked when given. */
  readonly assessedOn?: YMD | null;
  readonly settledOn?: YMD | null;
}

/** Where a department's issues point: argument names or sheet cells. */
export type PenaltyReporter = Reporter<PenaltyField>;

export const penaltyArgReporter: PenaltyReporter = argReporter(PENALTY_FIELDS);

/** A department's penalties: the total in yuan, the amount per code, one step per code. */
export interface PenaltyResult extends Explained {
  readonly amounts: Readonly<Record<PenaltyCode, number>>;
  readonly lateDays: number;
}

export const pstep = (code: PenaltyCode, input: number | string | null, rule: Text, points: number): Step => ({ item: code, label: PENALTY_LABELS[code], input, rule, points });

/**
 * The counted penalties (篇3 五 3/4): count × amount, or the amount once when any is found ('once',
 * review-error as written); a blank count is none unless the scheme says 'error'.
 */
export function counted(code: PenaltyCode, f: PenaltyField, count: number | null, amount: number, once: boolean, scheme: StaffScheme, rep: PenaltyReporter, issues: Issue[]): Step | undefined {
  if (count === null && scheme.penalties.blankCounts === 'error') {
    issues.push(rep.blank(f));
    return undefined;
  }
  const c = count ?? 0;
  if (once) {
    const rule = c > 0 ? { zh: `发现 ${c} 处，罚审核领导 ${amount} 元`, en: `${c} found, the approving leader is fined ${amount} yuan` } : { zh: '未发现', en: 'none found' };
    return pstep(code, c, rule, c > 0 ? amount : 0);
  }
  const points = c * amount;
  // A count of 1e306 overflows, now or when the amount is rounded: say so rather than charge Infinity or nothing.
  if (!Number.isFinite(roundHalfUp(points, scheme.amountPrecision))) {
    issues.push(rep.tooLarge(f, c));
    return undefined;
  }
  return pstep(code, c, { zh: `${c} 单 × ${amount} 元`, en: `${c} case(s) × ${amount} yuan` }, points);
}

/** The field each penalty's amount comes from (the one named when a total is too large). */
const STEP_FIELDS: Readonly<Record<PenaltyCode, PenaltyField>> = { late: 'submitted', missing: 'headPay', 'review-error': 'reviewErrors', baseless: 'baseless', harassment: 'harassment' };

/** 篇3 五 2: a department that did no assessment is fined missing.percent (10%) of the head's and the clerk's pay. */
export const missingAmount = (pay: number, scheme: StaffScheme): number => roundHalfUp((pay * scheme.penalties.missing.percent) / 100, scheme.amountPrecision);

/**
 * 篇3 五 处罚办法 for one department and month: late summary (per day after the 10th of the
 * following month), no assessment (10% of the head's and the clerk's performance pay),
 * error after sign-off (200 once, or per case by setting), scoring without basis (200 per case),
 * harassment (500 per case); the 篇3 四 2 calendar's other dates are checked when given (warnings).
 * RULES.md silent, decided as a clerk would: a department that did no assessment has no summary to be late
 * with, so a blank submission date is then no late fee (a date given is still charged); the pay cells
 * are needed only when the department did no assessment.
 */
export function explainPenalties(n: PenaltyNumbers, scheme: StaffScheme, rep: PenaltyReporter): Result<PenaltyResult> {
  const issues: Issue[] = calendarIssues(n.period, { assessedOn: n.assessedOn ?? null, settledOn: n.settledOn ?? null }, PENALTY_FIELDS, rep.at, scheme);
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
      const amount = missingAmount(n.headPay + n.clerkPay, scheme);
      if (!Number.isFinite(amount)) issues.push(rep.tooLarge(n.headPay >= n.clerkPay ? 'headPay' : 'clerkPay', Math.max(n.headPay, n.clerkPay)));
      else {
        steps.push(
          pstep('missing', n.headPay + n.clerkPay, {
            zh: `（负责人 ${n.headPay} + 文员 ${n.clerkPay}）× ${p.missing.percent}%`,
            en: `(head ${n.headPay} + clerk ${n.clerkPay}) × ${p.missing.percent}%`,
          }, amount),
        );
      }
    }
  }
  for (const s of [
    counted('review-error', 'reviewErrors', n.reviewErrors, p.reviewError.perCase, p.reviewError.charge === 'once', scheme, rep, issues),
    counted('baseless', 'baseless', n.baseless, p.baseless.perCase, false, scheme, rep, issues),
    counted('harassment', 'harassment', n.harassment, p.harassment.perCase, false, scheme, rep, issues),
  ]) {
    if (s) steps.push(s);
  }
  if (hasErrors(issues)) return fail(issues);
  const amounts = Object.fromEntries(steps.map((s) => [s.item, s.points])) as Record<PenaltyCode, number>;
  const value = steps.reduce((a, s) => a + s.points, 0);
  const rounded = roundHalfUp(value, scheme.amountPrecision);
  if (!Number.isFinite(rounded)) {
    // Amounts each within range whose sum is not: the largest of them is named.
    const top = steps.reduce((a, s) => (s.points > a.points ? s : a));
    return fail([...issues, rep.tooLarge(STEP_FIELDS[top.item as PenaltyCode], typeof top.input === 'number' ? top.input : top.points)]);
  }
  return ok({ value, rounded, steps, amounts, lateDays }, issues);
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
  /** 篇3 四 2: when the department finished assessing, and when HR settled the amounts. */
  readonly assessedOn?: CellValue;
  readonly settledOn?: CellValue;
}

/** Department penalties from function arguments (篇3 五); every bad argument is an issue naming it. */
export function departmentPenalties(input: PenaltyInput, scheme: StaffScheme = staffPreset): Result<PenaltyResult> {
  const issues: Issue[] = [];
  const rep = penaltyArgReporter;
  const period = readPeriodArg(input.period, PENALTY_FIELDS.period, rep.at('period'), issues);
  const date = (f: 'submitted' | 'assessedOn' | 'settledOn') => readDateArg(input[f], PENALTY_FIELDS[f], rep.at(f), issues) ?? null;
  const submitted = date('submitted');
  const assessedOn = date('assessedOn');
  const settledOn = date('settledOn');
  const assessed = readYesNo(input.assessed);
  if (assessed === undefined) {
    const t = readText(input.assessed);
    issues.push(t === null ? rep.blank('assessed') : makeIssue('staff.bad-yes-no', { value: t, fieldEn: PENALTY_FIELDS.assessed.en }, rep.at('assessed')));
  }
  const num = (f: 'reviewErrors' | 'baseless' | 'harassment' | 'headPay' | 'clerkPay', count: boolean): number | null =>
    readArgOrNull(input[f], { label: PENALTY_FIELDS[f], count, min: 0 }, issues) ?? null;
  const reviewErrors = num('reviewErrors', true);
  const baseless = num('baseless', true);
  const harassment = num('harassment', true);
  const headPay = num('headPay', false);
  const clerkPay = num('clerkPay', false);
  // Any issue so far is an error; an unusable value read as null above is never used past this line.
  if (!period || assessed === undefined || issues.length > 0) return fail(issues);
  return explainPenalties({ period, submitted, assessed, reviewErrors, baseless, harassment, headPay, clerkPay, assessedOn, settledOn }, scheme, rep);
}
