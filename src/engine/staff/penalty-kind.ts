import type { CellValue } from '../core/cell';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { argIssue, choiceReader, readArgOrNull } from '../args/read-arg';
import { readText } from '../core/coerce';
import { counted, missingAmount, PENALTY_CODES, PENALTY_FIELDS, PENALTY_LABELS, penaltyArgReporter, pstep, type PenaltyCode } from './penalties';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

/** Every spelling of a penalty kind: RULES.md's codes and the Chinese names a clerk writes (篇3 五). */
export const PENALTY_KIND_CHOICES: Readonly<Record<string, PenaltyCode>> = {
  ...Object.fromEntries(PENALTY_CODES.map((c) => [c, c])),
  ...Object.fromEntries(PENALTY_CODES.map((c) => [PENALTY_LABELS[c].zh, c])),
  迟交: 'late', 汇总迟交: 'late', 未考核: 'missing', 审核差错: 'review-error', 无依据: 'baseless', 刁难: 'harassment',
};
const readKind = choiceReader(PENALTY_KIND_CHOICES);

/** What the count of each kind counts. */
const COUNT_LABELS: Readonly<Record<PenaltyCode, Text>> = {
  late: { zh: '迟交天数', en: 'days late' },
  missing: { zh: '未考核月数', en: 'months not assessed' },
  'review-error': PENALTY_FIELDS.reviewErrors,
  baseless: PENALTY_FIELDS.baseless,
  harassment: PENALTY_FIELDS.harassment,
};
const KIND: Text = { zh: '处罚类型', en: 'penalty kind' };
const PAY: Text = { zh: '负责人与文员绩效工资', en: 'head’s and clerk’s performance pay' };

/** The counted kinds: the penalty sheet's field, the amount per case and whether one fine covers any number of cases. */
const COUNTED = {
  'review-error': (s: StaffScheme) => ['reviewErrors', s.penalties.reviewError.perCase, s.penalties.reviewError.charge === 'once'],
  baseless: (s: StaffScheme) => ['baseless', s.penalties.baseless.perCase, false],
  harassment: (s: StaffScheme) => ['harassment', s.penalties.harassment.perCase, false],
} as const satisfies Record<Exclude<PenaltyCode, 'late' | 'missing'>, (s: StaffScheme) => readonly [keyof typeof PENALTY_FIELDS, number, boolean]>;

/**
 * PERF.PENALTY (篇3 五, RULES.md staff "Department penalties"): one kind's amount for a department and month, in yuan
 * at the scheme's amount precision. late: days after the due day × perDay; missing: months without assessment ×
 * missing.percent of `pay` (the head's plus the clerk's performance pay, required then and only then); review-error:
 * one fine once any is found (or per case, by setting); baseless and harassment: per case. A blank count is 0
 * (RULES.md Decision, setting penalties.blankCounts); a count is a whole number ≥ 0.
 */
export function penaltyAmount(kind: CellValue, count: CellValue, pay?: CellValue, scheme: StaffScheme = staffPreset): Result<Explained> {
  const issues: Issue[] = [];
  const code = readKind(kind);
  if (!code) {
    const t = readText(kind);
    const kinds = PENALTY_CODES.map((c) => `${c} ${PENALTY_LABELS[c].zh}`).join('、');
    issues.push(t === null ? argIssue(KIND, { kind: 'blank' }) : makeIssue('staff.bad-penalty-kind', { value: t, kinds }, { field: KIND.zh }));
    return fail(issues);
  }
  const label = COUNT_LABELS[code];
  const read = readArgOrNull(count, { label, count: true }, issues);
  if (read === null && scheme.penalties.blankCounts === 'error') issues.push(argIssue(label, { kind: 'blank' }));
  const payRead = readArgOrNull(pay, { label: PAY, min: 0 }, issues);
  if (payRead !== null && payRead !== undefined && code !== 'missing') issues.push(makeIssue('staff.pay-not-used', { kind: PENALTY_LABELS[code].zh, kindEn: PENALTY_LABELS[code].en }, { field: PAY.zh }));
  const n = read ?? 0;
  if (code === 'missing' && n > 0 && payRead === null) issues.push(argIssue(PAY, { kind: 'blank' }));
  if (read === undefined || payRead === undefined || issues.length > 0) return fail(issues);
  const step = stepOf(code, n, payRead ?? 0, scheme, issues);
  if (!step) return fail(issues);
  return ok({ value: step.points, rounded: roundHalfUp(step.points, scheme.amountPrecision), steps: [step] });
}

function stepOf(code: PenaltyCode, n: number, pay: number, scheme: StaffScheme, issues: Issue[]): Step | undefined {
  const p = scheme.penalties;
  let step: Step | undefined;
  if (code === 'late') {
    step = pstep('late', n, { zh: `${n} 天 × ${p.late.perDay} 元`, en: `${n} day(s) × ${p.late.perDay} yuan` }, roundHalfUp(n * p.late.perDay, scheme.amountPrecision));
  } else if (code === 'missing') {
    const amount = roundHalfUp(n * missingAmount(pay, scheme), scheme.amountPrecision);
    step = pstep('missing', pay, { zh: `${n} 个月 × 绩效工资 ${pay} × ${p.missing.percent}%`, en: `${n} month(s) × pay ${pay} × ${p.missing.percent}%` }, amount);
  } else {
    const [field, perCase, once] = COUNTED[code](scheme);
    return counted(code, field, n, perCase, once, scheme, penaltyArgReporter, issues);
  }
  // A count or pay of 1e306 overflows: name it rather than charge Infinity.
  if (Number.isFinite(step.points)) return step;
  issues.push(code === 'late' ? argIssue(COUNT_LABELS.late, { kind: 'too-large', value: n }) : argIssue(PAY, { kind: 'too-large', value: pay }));
  return undefined;
}
