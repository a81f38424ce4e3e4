import { makeIssue, type Issue } from '../core/issue';
import type { CountyGroup } from '../county/types';
import type { StaffScheme } from '../staff/scheme';
import { partId, recordsByPart } from './apply';
import type { FiledIssue, MergedEntry, RefusedEntry } from './consolidate';
import { latenessOf, type Lateness } from './lateness';
import type { MasterUnit, Quarantined } from './parts';
import type { FigureChange, MasterRecord, SubmissionKind, SubmissionRef } from './record';
import type { ConsolidationSettings } from './settings';

/**
 * A unit's state for one period in 汇总情况: merged (figures added or changed this run), unchanged (sent again, same
 * figures), earlier (merged in an earlier run), quarantined (sent with errors), refused (second file, typed figure,
 * older than the master's), missing (nothing from the unit).
 */
export type UnitStatus = 'merged' | 'unchanged' | 'earlier' | 'quarantined' | 'refused' | 'missing';

/** One row of the 汇总情况 report sheet. */
export interface UnitReport {
  readonly unit: string;
  readonly group?: CountyGroup | undefined;
  readonly kind: SubmissionKind;
  readonly period: string;
  readonly status: UnitStatus;
  readonly file: string | null;
  /** 报送日期 "2026-07-08", null when the submission gave none (or nothing came). */
  readonly submitted: string | null;
  /** This run's rows for the unit and period, or the records the master holds from an earlier run. */
  readonly rows: number;
  readonly changed: readonly FigureChange[];
  /** Null when no lateness can be judged (no date, or a county report with no due day set). */
  readonly late: Lateness | null;
}

interface ReportInput {
  readonly units: readonly MasterUnit[];
  readonly records: readonly MasterRecord[];
  readonly kinds: readonly SubmissionKind[];
  readonly periods: readonly string[];
  readonly merged: readonly MergedEntry[];
  readonly refused: readonly RefusedEntry[];
  readonly quarantined: readonly Quarantined[];
  readonly settings: ConsolidationSettings;
  readonly staff?: StaffScheme | undefined;
}

/** The latest source among records (the file whose figures the master shows), and how many records there are. */
function held(records: readonly MasterRecord[] | undefined): { source: SubmissionRef; rows: number } | undefined {
  const from = (records ?? []).filter((r) => r.source !== null);
  if (from.length === 0) return undefined;
  const source = from.map((r) => r.source!).reduce((a, b) => ((b.submitted ?? '') > (a.submitted ?? '') ? b : a));
  return { source, rows: from.length };
}

/**
 * 汇总情况 per unit, period and kind, in the master's unit order; `missing` the units that sent nothing; and the
 * date issues of this run's merged submissions: a staff summary without 报送日期 is a warning (no fee computed),
 * a county report without one a note when a due day is set.
 */
export function buildReport(input: ReportInput): { rows: UnitReport[]; missing: string[]; issues: FiledIssue[] } {
  const byPart = recordsByPart(input.records);
  const mergedAt = new Map(input.merged.map((m) => [partId(m), m] as const));
  const refusedAt = new Map(input.refused.map((r) => [partId(r), r] as const));
  const quarantinedUnits = new Map<string, Quarantined>();
  for (const q of input.quarantined) for (const u of q.units) quarantinedUnits.set(`${q.submission.kind}\u0000${u}`, q);
  const rows: UnitReport[] = [];
  const missing = new Set<string>();
  const issues: FiledIssue[] = [];
  for (const kind of input.kinds) {
    for (const period of input.periods) {
      for (const u of input.units) {
        const id = partId({ kind, unit: u.name, period });
        const base = { unit: u.name, ...(u.group ? { group: u.group } : {}), kind, period };
        const late = (submitted: string | null) => {
          const r = latenessOf(kind, period, submitted, input.settings, input.staff);
          return r.ok ? r.late : null;
        };
        const m = mergedAt.get(id);
        if (m) {
          issues.push(...dateIssues(m, input));
          rows.push({ ...base, status: m.added + m.changed.length > 0 ? 'merged' : 'unchanged', file: m.file, submitted: m.submitted, rows: m.rows, changed: m.changed, late: late(m.submitted) });
          continue;
        }
        const r = refusedAt.get(id);
        if (r) {
          rows.push({ ...base, status: 'refused', file: r.file, submitted: null, rows: 0, changed: [], late: null });
          continue;
        }
        const q = quarantinedUnits.get(`${kind}\u0000${u.name}`);
        if (q) {
          rows.push({ ...base, status: 'quarantined', file: q.submission.file, submitted: null, rows: q.submission.rows, changed: [], late: null });
          continue;
        }
        const h = held(byPart.get(id));
        if (h) {
          rows.push({ ...base, status: 'earlier', file: h.source.file, submitted: h.source.submitted, rows: h.rows, changed: [], late: late(h.source.submitted) });
          continue;
        }
        missing.add(u.name);
        rows.push({ ...base, status: 'missing', file: null, submitted: null, rows: 0, changed: [], late: null });
      }
    }
  }
  return { rows, missing: input.units.map((u) => u.name).filter((n) => missing.has(n)), issues };
}

/** A merged submission's date problems: none given (staff: warning, no fee; county: a note when a due day is set), or before the period. */
function dateIssues(m: MergedEntry, input: ReportInput): FiledIssue[] {
  const r = latenessOf(m.kind, m.period, m.submitted, input.settings, input.staff);
  if (r.ok || r.reason === 'no-due-day') return [];
  const at = { sheet: m.sheet, units: [m.unit] };
  let issue: Issue;
  if (r.reason === 'before-period') issue = makeIssue('consolidate.submitted-before-period', { unit: m.unit, submitted: m.submitted ?? '', period: m.period }, at);
  else issue = makeIssue('consolidate.no-date', { unit: m.unit, period: m.period, staff: m.kind === 'staff' ? 1 : 0 }, at, m.kind === 'staff' ? 'warning' : 'info');
  return [{ ...issue, file: m.file }];
}
