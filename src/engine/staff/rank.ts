import type { Issue } from '../core/issue';
import type { TableInput } from '../core/table';
import type { Text } from '../core/text';
import { rankScored, rankWithinGroups, type RankedRow } from '../ranking';
import { STAFF_CATEGORY_LABELS, type StaffCategory } from './final';
import { scorePenaltySheet, type PenaltyRowResult } from './penalty-sheet';
import type { StaffScheme } from './scheme';
import { scoreStaffSheet } from './sheet';

/** A person on the ranked staff sheet (篇3): final score, both ranks, category, wage float and amount. */
export interface StaffRanked extends RankedRow {
  readonly department: string | null;
  /** Within the person's department (RULES staff: 部门内排名); null without a department. */
  readonly departmentRank: number | null;
  readonly category: StaffCategory;
  /** 后勤 / 生产, as the sheet names the category. */
  readonly categoryLabel: Text;
  /** Fraction, e.g. −0.1. */
  readonly float: number;
  /** Percent, e.g. −10. */
  readonly floatPercent: number;
  /** Yuan; null when the sheet has no 绩效工资 column. */
  readonly amount: number | null;
}

/** One department's penalties for one month (篇3 五): each code's amount and the total, with the steps. */
export type DepartmentPenalty = PenaltyRowResult;

export interface StaffRanking {
  readonly kind: 'staff';
  /** People of a staff sheet, ranked across the sheet and within each department. */
  readonly results: readonly StaffRanked[];
}

/**
 * HR's penalty sheet as a result (篇3 五, RULES.md staff Decision: the amounts are a result the office sees):
 * one entry per department and month, in the sheet's order. Not ranked: a penalty is an amount charged, not a
 * score — RULES.md gives it no order, and a rank 1 for the largest fine would read as the best place.
 */
export interface PenaltyRanking {
  readonly kind: 'staff-penalties';
  readonly results: readonly DepartmentPenalty[];
}

/** Score every person on a staff sheet and rank them across the sheet and within each department; rows with errors are left out. */
export function rankStaffSheet(table: TableInput, scheme: StaffScheme): { readonly ranking: StaffRanking; readonly issues: readonly Issue[] } {
  const r = scoreStaffSheet(table.values, table.origin, scheme);
  const people = r.results.map((p) => ({ ...p, score: p.final, categoryLabel: STAFF_CATEGORY_LABELS[p.category] }));
  const ranked = rankScored(people, scheme);
  const inDepartment = rankWithinGroups(people.map((p) => p.score), people.map((p) => p.department), scheme.rankMode, scheme.precision);
  const results = ranked.map(({ final: _final, ...p }, i): StaffRanked => ({ ...p, departmentRank: inDepartment[i]! }));
  return { ranking: { kind: 'staff', results }, issues: r.issues };
}

/** Every department's penalties on HR's penalty sheet, as the staff scheme's result (the amounts are what the office sees). */
export function staffPenalties(table: TableInput, scheme: StaffScheme): { readonly ranking: PenaltyRanking; readonly issues: readonly Issue[] } {
  const r = scorePenaltySheet(table.values, table.origin, scheme);
  return { ranking: { kind: 'staff-penalties', results: r.results }, issues: r.issues };
}
