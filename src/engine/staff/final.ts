import type { CellValue } from '../core/cell';
import { readText } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { argIssue, choiceReader, readArgOrNull } from '../args/read-arg';
import { argReporter, type Reporter } from '../args/reporter';
import type { StaffScheme } from './scheme';
import { staffPreset } from './preset';

export type StaffCategory = 'back-office' | 'production';

/** Accepted spellings of the two categories (篇3 二 2/3). */
export const CATEGORY_CHOICES: Readonly<Record<string, StaffCategory>> = {
  后勤: 'back-office', 后勤部门: 'back-office', 后勤人员: 'back-office', 'back-office': 'back-office', backoffice: 'back-office', office: 'back-office',
  生产: 'production', 生产部门: 'production', 生产人员: 'production', production: 'production',
};
/** The two categories as the sheet and results name them. */
export const STAFF_CATEGORY_LABELS: Readonly<Record<StaffCategory, Text>> = { 'back-office': { zh: '后勤', en: 'back-office' }, production: { zh: '生产', en: 'production' } };

/** A category cell → its code; undefined when it is none of the spellings. */
export const readCategory: (v: CellValue | undefined) => StaffCategory | undefined = choiceReader(CATEGORY_CHOICES);

const CATEGORY_LABEL: Text = { zh: '类别', en: 'category' };

export const STAFF_FIELDS = {
  monthEnd: { zh: '月底打分', en: 'month-end score' },
  peer: { zh: '互评', en: 'peer rating' },
  superior: { zh: '上级评分', en: 'superior rating' },
  daily: { zh: '日考核得分', en: 'daily points' },
  bonus: { zh: '加分', en: 'bonus points' },
  deduction: { zh: '扣分', en: 'deduction points' },
} as const satisfies Record<string, Text>;
export type StaffPointField = keyof typeof STAFF_FIELDS;

/** A person's point fields once read; null = blank. */
export type StaffNumbers = Readonly<Record<StaffPointField, number | null>>;

/** Where a person's issues point: argument names (PERF.* functions) or sheet cells. */
export type StaffReporter = Reporter<StaffPointField>;

/** Issues named by argument, for the PERF.* functions. */
const staffArgReporter: StaffReporter = argReporter(STAFF_FIELDS);

const step = (item: StaffPointField | 'base', label: Text, input: number, rule: Text, points: number): Step => ({ item, label, input, rule, points });

/** The month-end score of a back-office person: given, or blended from peer and superior (Decision). */
function monthEndOf(n: StaffNumbers, scheme: StaffScheme, rep: StaffReporter, issues: Issue[], steps: Step[]): number | undefined {
  const split = n.peer !== null || n.superior !== null;
  if (n.monthEnd !== null && split) {
    issues.push(makeIssue('staff.monthend-conflict', {}, rep.at('monthEnd')));
    return undefined;
  }
  if (n.monthEnd !== null) {
    steps.push(step('monthEnd', STAFF_FIELDS.monthEnd, n.monthEnd, { zh: '月底打分（员工互评和上级评分）', en: 'month-end score (peer review and superior)' }, n.monthEnd));
    return n.monthEnd;
  }
  if (!split) {
    issues.push(rep.blank('monthEnd'));
    return undefined;
  }
  const blend = scheme.monthEnd.blend;
  if (!blend) {
    issues.push(makeIssue('staff.blend-missing', {}, rep.at('peer')));
    return undefined;
  }
  if (n.peer === null) issues.push(rep.blank('peer'));
  if (n.superior === null) issues.push(rep.blank('superior'));
  if (n.peer === null || n.superior === null) return undefined;
  const me = (n.peer * blend.peer + n.superior * blend.superior) / 100;
  steps.push(
    step('monthEnd', STAFF_FIELDS.monthEnd, me, {
      zh: `互评 ${n.peer}×${blend.peer}% + 上级 ${n.superior}×${blend.superior}% = ${me}`,
      en: `peer ${n.peer}×${blend.peer}% + superior ${n.superior}×${blend.superior}% = ${me}`,
    }, me),
  );
  return me;
}

/**
 * A points field that may be blank: 0 when the scheme says so (加分/扣分: blankBonusDeduction, RULES.md staff Decision;
 * daily: blankPoints), else an error (blank ≠ 0). Text or an error value never reaches here: it is the reader's issue.
 */
function pointsOf(f: StaffPointField, n: StaffNumbers, scheme: StaffScheme, rep: StaffReporter, issues: Issue[]): number | undefined {
  const v = n[f];
  if (v !== null) return v;
  const setting = f === 'bonus' || f === 'deduction' ? scheme.blankBonusDeduction : scheme.blankPoints;
  if (setting === 'zero') return 0;
  issues.push(rep.blank(f));
  return undefined;
}

/**
 * A person's final score (篇3 二 2/3): back-office = month-end (0–100) + daily points (may be negative);
 * production = 100 + bonus − deduction. Fields of the other category must be blank.
 */
export function explainFinal(category: StaffCategory, n: StaffNumbers, scheme: StaffScheme, rep: StaffReporter): Result<Explained> {
  const issues: Issue[] = [];
  const steps: Step[] = [];
  const foreign: readonly StaffPointField[] = category === 'back-office' ? ['bonus', 'deduction'] : ['monthEnd', 'peer', 'superior', 'daily'];
  for (const f of foreign) {
    if (n[f] !== null) {
      const c = STAFF_CATEGORY_LABELS[category];
      issues.push(makeIssue('staff.not-for-category', { fieldEn: STAFF_FIELDS[f].en, category: c.zh, categoryEn: c.en }, rep.at(f)));
    }
  }
  const { min, max } = scheme.monthEnd;
  for (const f of ['monthEnd', 'peer', 'superior'] as const) {
    const v = n[f];
    if (category === 'back-office' && v !== null && (v < min || v > max)) issues.push(rep.outOfRange(f, v, `${min}–${max}`));
  }
  for (const f of ['bonus', 'deduction'] as const) {
    const v = n[f];
    // Deductions are entered as positive magnitudes (扣分 3, not −3).
    if (category === 'production' && v !== null && v < 0) issues.push(rep.outOfRange(f, v, '0–∞'));
  }
  if (issues.length > 0) return fail(issues);
  let value: number | undefined;
  if (category === 'back-office') {
    const me = monthEndOf(n, scheme, rep, issues, steps);
    const daily = pointsOf('daily', n, scheme, rep, issues);
    if (me === undefined || daily === undefined) return fail(issues);
    steps.push(step('daily', STAFF_FIELDS.daily, daily, { zh: '当月日考核加减分合计', en: 'the month’s sum of daily + and − points' }, daily));
    value = me + daily;
  } else {
    const bonus = pointsOf('bonus', n, scheme, rep, issues);
    const deduction = pointsOf('deduction', n, scheme, rep, issues);
    if (bonus === undefined || deduction === undefined) return fail(issues);
    steps.push(
      step('base', { zh: '基础分', en: 'base' }, scheme.base, { zh: '扣分制起点', en: 'starting score' }, scheme.base),
      step('bonus', STAFF_FIELDS.bonus, bonus, { zh: `+ ${bonus}`, en: `+ ${bonus}` }, bonus),
      step('deduction', STAFF_FIELDS.deduction, deduction, { zh: `− ${deduction}`, en: `− ${deduction}` }, -deduction),
    );
    value = scheme.base + bonus - deduction;
  }
  // Points near 1e308 make the float (percent, rounded) Infinity: named as too large, never returned as a score.
  if (!Number.isFinite(roundHalfUp(value * 100, scheme.precision))) {
    const fields = (Object.keys(n) as StaffPointField[]).filter((f) => n[f] !== null);
    const worst = fields.reduce((a, b) => (Math.abs(n[b]!) > Math.abs(n[a]!) ? b : a), fields[0]!);
    return fail([...issues, rep.tooLarge(worst, n[worst]!)]);
  }
  return ok({ value, rounded: roundHalfUp(value, scheme.precision), steps });
}

/** The wage float of a final score (篇3 二 3): (final − 100) × 1% per point, within the scheme's limits if set. */
export function floatOf(final: number, scheme: StaffScheme = staffPreset): { percent: number; fraction: number; limited: boolean } {
  const raw = Number(((final - scheme.base) * scheme.floatPercentPerPoint).toPrecision(12));
  let percent = raw;
  if (scheme.floatMinPercent !== null && percent < scheme.floatMinPercent) percent = scheme.floatMinPercent;
  if (scheme.floatMaxPercent !== null && percent > scheme.floatMaxPercent) percent = scheme.floatMaxPercent;
  // Percent → fraction without binary noise: −9.7 → −0.097 (not −0.09699999999999999), −10 → −0.1.
  return { percent, fraction: Number((percent / 100).toPrecision(12)), limited: percent !== raw };
}

/** A float percent as shown, with at least one decimal (RULES.md staff): −10 → "−10.0", −7.5 → "−7.5", 8.25 → "8.25". */
export const floatPercentText = (percent: number): string => (Number.isInteger(percent) ? percent.toFixed(1) : String(Number(percent.toPrecision(12))));

/** The score the float is taken from: the full final score, or the one shown (scheme.floatFrom). */
export const floatBasis = (e: Explained, scheme: StaffScheme = staffPreset): number => (scheme.floatFrom === 'rounded' ? e.rounded : e.value);

/** Performance pay is 100% of wage, so the amount = wage × float, in yuan at the scheme's amount precision. */
export const wageAmountOf = (wage: number, fraction: number, scheme: StaffScheme = staffPreset): number => roundHalfUp(wage * fraction, scheme.amountPrecision);

/** What PERF.STAFF receives: the category and the point fields that apply to it. */
export interface StaffFinalInput {
  readonly category: CellValue;
  readonly monthEnd?: CellValue;
  readonly daily?: CellValue;
  readonly bonus?: CellValue;
  readonly deduction?: CellValue;
  readonly peer?: CellValue;
  readonly superior?: CellValue;
}

/** PERF.STAFF: a person's final score with its steps (篇3 二). Category: 后勤/生产 or back-office/production. */
export function staffFinal(input: StaffFinalInput, scheme: StaffScheme = staffPreset): Result<Explained> {
  const issues: Issue[] = [];
  const category = readCategory(input.category);
  if (!category) {
    const t = readText(input.category);
    issues.push(t === null ? argIssue(CATEGORY_LABEL, { kind: 'blank' }) : makeIssue('staff.bad-category', { value: t }, { field: CATEGORY_LABEL.zh }));
  }
  const read = {} as Record<StaffPointField, number | null>;
  let usable = true;
  for (const f of Object.keys(STAFF_FIELDS) as StaffPointField[]) {
    const v = readArgOrNull(input[f], { label: STAFF_FIELDS[f] }, issues);
    if (v === undefined) usable = false;
    else read[f] = v;
  }
  if (!category || !usable) return fail(issues);
  return explainFinal(category, read, scheme, staffArgReporter);
}

/**
 * PERF.WAGEFLOAT: a back-office person's float as a fraction: (95, −5) → −0.1; (98, 10) → 0.08. RULES.md Decision:
 * a PERF.* value is rounded half-up to the scheme precision, here the float in percent (92.755 → −7.25% → −0.0725).
 */
export function wageFloat(monthEnd: CellValue, daily: CellValue, scheme: StaffScheme = staffPreset): Result<number> {
  const r = staffFinal({ category: 'back-office', monthEnd, daily }, scheme);
  if (!r.ok) return r;
  const percent = roundHalfUp(floatOf(floatBasis(r.value, scheme), scheme).percent, scheme.precision);
  return ok(Number((percent / 100).toPrecision(12)), r.issues);
}
