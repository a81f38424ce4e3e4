/**
 * Excel's entry for the PERF.* custom functions. This JSDoc *is* Excel's metadata: the build's
 * CustomFunctionsMetadataPlugin turns it into functions.json and binds each `@customfunction ID` to its
 * function. Every function is a one-line call into the registry (the one definition, shared with WPS
 * and `perf eval`); the texts here must match the registry's English ones (test/functions checks).
 * Parameters are `unknown` (metadata type any) so blanks and "40%" reach us unchanged (see args.ts).
 */
import { failureOf } from './failure';
import { callFunction } from './registry';

// The custom-functions runtime global, declared here only (no global typings for the rest of src).
declare const CustomFunctions: {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
};

/** Run a PERF function; bad input becomes #VALUE! (#N/A for an absent rank score) with the "中文 / English" message in the error flag. */
function run(id: string, args: readonly unknown[]): unknown {
  try {
    return callFunction(id, args);
  } catch (e) {
    const f = failureOf(e);
    throw new CustomFunctions.Error(f.code === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, f.message);
  }
}

/**
 * A budget engineer's monthly score (篇1): quality, efficiency, cost and ability each start at 100, then are weighted (40/20/20/20 by default)
 * @customfunction ENGINEER
 * @param rejections Budget plans rejected this month; −5 quality points each; a blank is 0
 * @param overdue Late submissions this month; −3 efficiency points each; a blank is 0
 * @param cost_actual The actual budget cost
 * @param cost_plan The planned budget cost (> 0); −1 cost point per 1% over plan
 * @param papers Papers in national authoritative journals; +3 ability points each; a blank is 0
 * @param [weights] Optional: 4 cells, weights of quality, efficiency, cost and ability, as fractions (0.4) or percents (40, 40%), summing to 100%
 * @returns The score, rounded to 2 decimals
 */
export function engineer(rejections: unknown, overdue: unknown, cost_actual: unknown, cost_plan: unknown, papers: unknown, weights?: unknown[][]): number {
  return run('ENGINEER', [rejections, overdue, cost_actual, cost_plan, papers, weights]) as number;
}

/**
 * The budget manager's score (篇1): the mean of the engineers' scores + impression points + key-staff turnover points
 * @customfunction MANAGER
 * @param engineer_scores The engineers' scores (a range): blank cells are skipped, as AVERAGE does; text or an error value is an error
 * @param impression Impression points from the general manager and deputies (may be negative)
 * @param turnover Key-staff turnover control points (may be negative)
 * @returns The score, rounded to 2 decimals
 */
export function manager(engineer_scores: unknown[][], impression: unknown, turnover: unknown): number {
  return run('MANAGER', [engineer_scores, impression, turnover]) as number;
}

/**
 * Performance-pay float (篇3): +1% per point above 100, −1% per point below; returns a fraction, so format the cell as %
 * @customfunction WAGEFLOAT
 * @param month_end The month-end score (peer and superior review, 0–100)
 * @param daily_points The month's sum of daily points (may be negative)
 * @returns The float as a fraction, e.g. -0.1 = −10%, rounded to 2 decimals of a percent
 */
export function wagefloat(month_end: unknown, daily_points: unknown): number {
  return run('WAGEFLOAT', [month_end, daily_points]) as number;
}

/**
 * Late-summary fee (篇3): a department's summary is due at HR by the 10th of the following month; each calendar day after costs a fee (100 yuan by default)
 * @customfunction LATEFEE
 * @param period Any date in the assessed month
 * @param submitted The date the summary reached HR
 * @param [per_day] Optional: the fee per calendar day after the 10th; 100 yuan by default
 * @returns The fee in yuan, to the fen
 */
export function latefee(period: unknown, submitted: unknown, per_day?: unknown): number {
  return run('LATEFEE', [period, submitted, per_day]) as number;
}

/**
 * A department penalty in yuan (篇3): late summary 100 a day; no assessment 10% of the head's and clerk's pay; error after sign-off 200; baseless 200 and harassment 500 a case
 * @customfunction PENALTY
 * @param kind The penalty: late, missing, review-error, baseless or harassment, or its Chinese name (迟交汇总, 当月未考核, 审核差错, 无依据, 刁难)
 * @param count Days late, months not assessed, errors found, or cases; a whole number ≥ 0, a blank is 0
 * @param [pay] Optional, for missing only: the head's plus the clerk's performance pay
 * @returns The amount in yuan, to the fen
 */
export function penalty(kind: unknown, count: unknown, pay?: unknown): number {
  return run('PENALTY', [kind, count, pay]) as number;
}

/**
 * Points for one indicator (篇4): full points when the target is met, otherwise in proportion to the actual; reversed for lower-is-better (≤)
 * @customfunction INDICATOR
 * @param actual The actual value (not negative)
 * @param target The target value
 * @param points The indicator's full points
 * @param [direction] Optional: ≥ (default, higher is better) or ≤ (lower is better); also higher / lower
 * @returns The points, rounded to 2 decimals
 */
export function indicator(actual: unknown, target: unknown, points: unknown, direction?: unknown): number {
  return run('INDICATOR', [actual, target, points, direction]) as number;
}

/**
 * Total bonus points (篇4 五(四)): each item per the bonus table (e.g. city-committee +2), capped at +4
 * @customfunction BONUS
 * @param items Bonus items: codes, Chinese labels (see the rules table) or points, as a range; blank cells are skipped
 * @returns The capped bonus total
 */
export function bonus(items: unknown[][]): number {
  return run('BONUS', [items]) as number;
}

/**
 * Total deduction points (篇4 五(四)): each item per the deduction table (e.g. notice-city 1), capped at 4, returned as a positive number
 * @customfunction DEDUCTION
 * @param items Deduction items: codes, Chinese labels (see the rules table) or points, as a range; blank cells are skipped
 * @returns The capped deduction total, positive
 */
export function deduction(items: unknown[][]): number {
  return run('DEDUCTION', [items]) as number;
}

/**
 * A county unit's composite (篇4 五): township = indicator + leader + bonus − deduction; department adds public; ancient-city = indicator + leader
 * @customfunction COUNTY
 * @param group The unit group: township, department or ancient-city (or 乡镇 / 部门 / 古城)
 * @param indicator Indicator points (township ≤ 90, department ≤ 60, ancient-city ≤ 70)
 * @param leader Leader points (township and department ≤ 10, ancient-city ≤ 30)
 * @param [public_] Optional: public points (department only, ≤ 30)
 * @param [bonus] Optional: bonus points (township and department only; capped at 4)
 * @param [deduction] Optional: deduction points as a positive number (township and department only; capped at 4)
 * @returns The composite, rounded to 2 decimals
 */
export function county(group: unknown, indicator: unknown, leader: unknown, public_?: unknown, bonus?: unknown, deduction?: unknown): number {
  return run('COUNTY', [group, indicator, leader, public_, bonus, deduction]) as number;
}

/**
 * The rank of a score within its group (篇4): scores rounded to 2 decimals, highest first; competition ranking by default, dense on request
 * @customfunction RANK
 * @param score The score to rank; it must be among the scores, else #N/A (as RANK.EQ)
 * @param scores All the scores ranked against (a range; blank cells are skipped)
 * @param [groups] Optional: the group of each score, matching the scores range
 * @param [group] Optional: rank within this group only (required with groups)
 * @param [mode] Optional: competition (美式, default, 1,2,2,4) or dense (中国式, 1,2,2,3)
 * @returns The rank (1 = highest)
 */
export function rank(score: unknown, scores: unknown[][], groups?: unknown[][], group?: unknown, mode?: unknown): number {
  return run('RANK', [score, scores, groups, group, mode]) as number;
}

/**
 * Tiers for the whole table (篇4 六): 先进, 合格 or 不合格 per group, spilled as one column (computed once for the table)
 * @customfunction TIERS
 * @param scores Every unit's composite (one column)
 * @param groups Each unit's group (township, department, ancient-city), matching the scores
 * @param [vetoes] Optional: the veto reason of each unit; non-blank removes eligibility for 先进
 * @param [unqualified] Optional: the reason a unit is designated 不合格; non-blank designates it
 * @returns Each row's tier (one column)
 */
export function tiers(scores: unknown[][], groups: unknown[][], vetoes?: unknown[][], unqualified?: unknown[][]): string[][] {
  return run('TIERS', [scores, groups, vetoes, unqualified]) as string[][];
}

/**
 * The evaluation grade (篇2), on the score rounded to 2 decimals: ≥ 90 优, ≥ 80 良, ≥ 60 中, < 60 差
 * @customfunction GRADE
 * @param score The evaluation score (0–100)
 * @returns 优, 良, 中 or 差
 */
export function grade(score: unknown): string {
  return run('GRADE', [score]) as string;
}

/**
 * The self-evaluation score (篇2): execution points (10 × execution rate, at most 10) + the points of each indicator
 * @customfunction SELFEVAL
 * @param executed The budget executed
 * @param budget The full-year budget
 * @param indicator_points The points earned on each output, benefit and satisfaction indicator (a range; blank cells are skipped)
 * @returns The score, rounded to 2 decimals
 */
export function selfeval(executed: unknown, budget: unknown, indicator_points: unknown[][]): number {
  return run('SELFEVAL', [executed, budget, indicator_points]) as number;
}

/**
 * The budget execution light (篇2 monitoring): execution rate ÷ time progress < 60% red (红), 60%–80% yellow (黄), ≥ 80% green (绿)
 * @customfunction EXECLIGHT
 * @param executed The budget executed to date
 * @param budget The full-year budget
 * @param month The month monitored (1–12)
 * @returns 红 (red), 黄 (yellow) or 绿 (green)
 */
export function execlight(executed: unknown, budget: unknown, month: unknown): string {
  return run('EXECLIGHT', [executed, budget, month]) as string;
}
