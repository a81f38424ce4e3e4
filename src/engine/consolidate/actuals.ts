import { makeIssue, type Issue } from '../core/issue';
import { countyPreset } from '../county/preset';
import type { CountyScheme } from '../county/scheme';
import { planPart, recordId, typedIssue } from './apply';
import type { MasterUnit } from './parts';
import { periodParts, periodText, type FigureChange, type FigureValue, type MasterRecord, type SubmissionRef, type SubmittedRecord } from './record';
import { consolidationPreset, type ConsolidationSettings } from './settings';
import { nameKey } from '../core/names';

/**
 * An indicator actual for the master's 指标 sheet, from the monthly reports (RULES.md Consolidation): for groups
 * evaluated at mid-year and year-end, `mid`/`end` of the year (period "2026"); for monthly groups (ancient-city),
 * the month's `actual` (period "2026-06").
 */
export interface DerivedActual {
  readonly unit: string;
  readonly indicator: string;
  readonly period: string;
  readonly field: 'mid' | 'end' | 'actual';
  readonly value: number;
  /** reported: the cumulative (or month actual) as the unit gave it; derived: the sum of the monthly values. */
  readonly how: 'reported' | 'derived';
  /** The report month it comes from ("2026-06"). */
  readonly month: string;
  readonly source: SubmissionRef | null;
}

export interface DeriveOptions {
  readonly settings?: ConsolidationSettings | undefined;
  /** Which groups are evaluated monthly (groups[g].evaluation). */
  readonly county?: CountyScheme | undefined;
}

const num = (v: FigureValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A sum without binary noise (1.1 + 2.2 is 3.3, as typed figures add up on paper). */
const clean = (x: number): number => Number(x.toPrecision(15));

/** county-report records by unit, indicator and year: month → record. */
function byIndicatorYear(records: readonly MasterRecord[]): Map<string, { unit: string; indicator: string; year: number; months: Map<number, MasterRecord> }> {
  const out = new Map<string, { unit: string; indicator: string; year: number; months: Map<number, MasterRecord> }>();
  for (const r of records) {
    if (r.key.kind !== 'county-report') continue;
    const p = periodParts(r.key.period);
    if (!p) continue;
    const id = `${nameKey(r.key.unit)}\u0000${nameKey(r.key.item)}\u0000${p.y}`;
    let g = out.get(id);
    if (!g) out.set(id, (g = { unit: r.key.unit, indicator: r.key.item, year: p.y, months: new Map() }));
    g.months.set(p.m, r);
  }
  return out;
}

/**
 * Indicator actuals from the master's monthly records (RULES.md Consolidation, 篇4 五(一)(三)): the mid-year actual is
 * the cumulative reported for settings.midMonth, the year-end one for endMonth. A month reported without its
 * cumulative: the sum of months 1…M for a higher-is-better indicator when every month is there; never for a
 * lower-is-better one (an issue each). Monthly groups take each month's 本月完成值 directly.
 */
export function deriveActuals(records: readonly MasterRecord[], units: readonly MasterUnit[], options: DeriveOptions = {}): { actuals: DerivedActual[]; issues: Issue[] } {
  const settings = options.settings ?? consolidationPreset;
  const county = options.county ?? countyPreset;
  const groupOf = new Map(units.map((u) => [nameKey(u.name), u.group] as const));
  const actuals: DerivedActual[] = [];
  const issues: Issue[] = [];
  for (const g of byIndicatorYear(records).values()) {
    const group = groupOf.get(nameKey(g.unit));
    const at = { units: [g.unit] };
    const names = { unit: g.unit, indicator: g.indicator };
    if (group !== undefined && county.groups[group].evaluation === 'monthly') {
      for (const [m, r] of [...g.months].sort((a, b) => a[0] - b[0])) {
        const month = periodText(g.year, m);
        const v = num(r.values.monthActual);
        if (v === null) issues.push(makeIssue('consolidate.no-month-actual', { ...names, month }, at));
        else actuals.push({ unit: g.unit, indicator: g.indicator, period: month, field: 'actual', value: v, how: 'reported', month, source: r.source });
      }
      continue;
    }
    for (const [field, m] of [['mid', settings.midMonth], ['end', settings.endMonth]] as const) {
      const r = g.months.get(m);
      if (!r) continue; // not reported yet: nothing to say
      const month = periodText(g.year, m);
      const base = { unit: g.unit, indicator: g.indicator, period: String(g.year), field, month, source: r.source };
      const cum = num(r.values.cumulative);
      if (cum !== null) {
        actuals.push({ ...base, value: cum, how: 'reported' });
        continue;
      }
      if (r.values.direction === 'lower' || settings.deriveCumulative === 'never') {
        issues.push(makeIssue('consolidate.cumulative-not-derived', { ...names, month, lower: r.values.direction === 'lower' ? 1 : 0 }, at));
        continue;
      }
      const gaps: number[] = [];
      let sum = 0;
      for (let k = 1; k <= m; k++) {
        const v = num(g.months.get(k)?.values.monthActual);
        if (v === null) gaps.push(k);
        else sum += v;
      }
      if (gaps.length > 0) issues.push(makeIssue('consolidate.months-missing', { ...names, month, months: gaps.join('、'), monthsEn: gaps.join(', ') }, at));
      else actuals.push({ ...base, value: clean(sum), how: 'derived' });
    }
  }
  return { actuals, issues };
}

/** The source of an actual derived from monthly figures the office typed into 月报汇总 itself. */
const MASTER_FIGURES: SubmissionRef = { file: '', submitted: null };

/**
 * Write derived actuals into the master's actual records (its 指标 sheet cells as records of kind 'actual': halves
 * `{ mid, end }` per unit, year and indicator; monthly `{ actual }` per unit, month and indicator). Same rules as
 * 汇总: the same figure changes nothing, a reported one replaces an earlier one (a change), a typed one is kept
 * unless forced (an issue). Only cells the master has are written: an actual it has no record for (a monitoring
 * indicator of the monthly reports, a month with no row yet) is returned in `unplaced` for the caller to place or leave.
 */
export function mergeActuals(
  existing: readonly MasterRecord[],
  derived: readonly DerivedActual[],
  force = false,
): { records: MasterRecord[]; changes: FigureChange[]; unplaced: DerivedActual[]; issues: Issue[] } {
  const records = [...existing];
  const at = new Map(records.map((r, i) => [recordId(r.key), i] as const));
  const incoming = new Map<string, { rec: SubmittedRecord; source: SubmissionRef; month: string }>();
  const unplaced: DerivedActual[] = [];
  for (const d of derived) {
    const key = { kind: 'actual' as const, unit: d.unit, period: d.period, item: d.indicator };
    const id = recordId(key);
    if (!at.has(id)) {
      unplaced.push(d);
      continue;
    }
    const prev = incoming.get(id);
    const rec = { key, values: { ...prev?.rec.values, [d.field]: d.value }, row: 0, cells: {} };
    // The record's source is its latest month's report (year-end after mid-year); '' = the master's own monthly figures.
    const latest = !prev || d.month > prev.month;
    incoming.set(id, { rec, source: latest ? (d.source ?? MASTER_FIGURES) : prev.source, month: latest ? d.month : prev.month });
  }
  const changes: FigureChange[] = [];
  const issues: Issue[] = [];
  for (const [id, { rec, source }] of incoming) {
    const i = at.get(id)!;
    const plan = planPart([rec], [records[i]!], source, force);
    if (plan.conflicts.length > 0) {
      issues.push(...plan.conflicts.map(typedIssue));
      continue;
    }
    records[i] = plan.writes.get(id)!;
    changes.push(...plan.changes);
  }
  return { records, changes, unplaced, issues };
}
