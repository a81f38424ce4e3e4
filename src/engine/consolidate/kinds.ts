import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import type { ParsedValue, TableSpec } from '../core/table';
import { countyPreset } from '../county/preset';
import { countyReportSpec, validateCountyReport } from '../county/report';
import { parseDirection } from '../county/indicator';
import { parseGroup } from '../county/group';
import { parseMonth } from '../county/month';
import type { CountyScheme } from '../county/scheme';
import { scoreCountyUnits } from '../county/score';
import { countySummarySpec, readCountySummary } from '../county/summary';
import { staffPreset } from '../staff/preset';
import type { YearMonth } from '../staff/period';
import type { StaffScheme } from '../staff/scheme';
import { scoreStaffSheet, staffSheetSpec } from '../staff/sheet';
import { periodText, ymdKey, type FigureValue, type SubmissionKind } from './record';

export interface KindOptions {
  readonly county?: CountyScheme | undefined;
  readonly staff?: StaffScheme | undefined;
}

/** Per kind: the 校验报送 validator (the very engine calls src/commands' VALIDATORS make), the table spec, the figures kept. */
export interface KindReader {
  readonly spec: TableSpec;
  readonly fields: readonly string[];
  readonly validate: (values: readonly (readonly CellValue[])[], origin: Origin, o: KindOptions) => readonly Issue[];
}

export const READERS: Readonly<Record<SubmissionKind, KindReader>> = {
  'county-report': {
    spec: countyReportSpec,
    fields: ['target', 'direction', 'monthActual', 'cumulative', 'note'],
    validate: (v, o, opt) => validateCountyReport(v, o, opt.county).issues,
  },
  'county-summary': {
    spec: countySummarySpec,
    fields: ['group', 'indicator', 'public', 'leader', 'bonus', 'deduction', 'veto', 'unqualified'],
    validate: (v, o, opt) => {
      const scheme = opt.county ?? countyPreset;
      const read = readCountySummary(v, o, scheme);
      return [...read.issues, ...scoreCountyUnits(read.units, scheme).issues];
    },
  },
  staff: {
    spec: staffSheetSpec,
    fields: ['category', 'monthEnd', 'peer', 'superior', 'daily', 'bonus', 'deduction', 'wage'],
    validate: (v, o, opt) => scoreStaffSheet(v, o, opt.staff ?? staffPreset).issues,
  },
};

/** A parsed cell as a kept figure: codes for direction and group, so "≥" and "higher" are the same figure. */
export function figure(field: string, v: ParsedValue | undefined): FigureValue {
  // A blank direction is higher-is-better (RULES.md county), the same figure as "≥".
  if (field === 'direction' && (v === null || typeof v !== 'object')) return parseDirection(v ?? null) ?? String(v);
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return ymdKey(v);
  if (field === 'group') return parseGroup(v) ?? v;
  return v;
}

/**
 * A month cell as a period "2026-06": with its own year (2026年6月), else the run's. A month without a year and no
 * run period, or another month than the run's, is an error naming the cell; undefined when it is not a month at
 * all (`bad` then gives the issue, or nothing when the table reader has named it already).
 */
export function periodFromCell(
  v: CellValue | ParsedValue | undefined,
  run: YearMonth | undefined,
  at: IssueLocation & { at: string },
  issues: Issue[],
  bad?: 'consolidate.bad-period',
): string | undefined {
  const m = parseMonth(v);
  const value = v !== null && typeof v === 'object' && !(v instanceof Date) ? ymdKey(v) : String(v);
  if (!m) {
    if (bad) issues.push(makeIssue(bad, { at: at.at, value }, at));
    return undefined;
  }
  const withYear = /^(\d{4})-(\d{1,2})$/.exec(m.key);
  const year = withYear ? Number(withYear[1]) : run?.y;
  if (year === undefined) {
    issues.push(makeIssue('consolidate.month-without-year', { at: at.at, value }, at));
    return undefined;
  }
  const period = periodText(year, m.month);
  if (run && period !== periodText(run.y, run.m)) {
    issues.push(makeIssue('consolidate.other-period', { at: at.at, value: period, period: periodText(run.y, run.m) }, at));
    return undefined;
  }
  return period;
}
