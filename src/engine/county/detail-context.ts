import type { Step } from '../core/explain';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import type { ParsedRow, ParsedTable } from '../core/table';
import { parseMonth, type Month } from './month';
import { cellAt } from './place';
import type { CountyScheme } from './scheme';
import type { CountyGroup } from './types';

/** A unit as the units sheet names it. */
export interface UnitInfo {
  readonly unit: string;
  readonly group: CountyGroup;
  readonly veto: string | null;
  readonly unqualified: string | null;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** What every sheet reader shares: the scheme, the units, the issues so far, the units that cannot be scored. */
export interface DetailContext {
  readonly scheme: CountyScheme;
  readonly units: ReadonlyMap<string, UnitInfo>;
  readonly issues: Issue[];
  /** Units with an unusable row: left out of the result (their issues say why). */
  readonly broken: Set<string>;
}

/** A part computed from a sheet: its value and the steps that gave it. */
export interface PartValue {
  readonly value: number;
  readonly steps: Step[];
}

/** Where a row's field is, for issues: "指标!H5" plus the location fields. */
export function placeOf(table: ParsedTable, row: ParsedRow, key: string, unit?: string): IssueLocation & { at: string } {
  const cell = row.cells[key];
  return { at: cellAt(table.sheet, cell, `${table.sheet ?? ''} row ${row.row}`), cell, sheet: table.sheet, row: row.row, field: key, units: unit === undefined ? undefined : [unit] };
}

/** The row's unit when the units sheet lists it; an issue naming the cell otherwise. */
export function rowUnit(table: ParsedTable, row: ParsedRow, ctx: DetailContext): UnitInfo | undefined {
  const name = String(row.values.unit);
  const info = ctx.units.get(name);
  if (!info) {
    const p = placeOf(table, row, 'unit', name);
    ctx.issues.push(makeIssue('county.detail-unknown-unit', { at: p.at, unit: name }, p));
  }
  return info;
}

/** The row's month, or an issue naming the cell (blank included). */
export function rowMonth(table: ParsedTable, row: ParsedRow, ctx: DetailContext, unit: string): Month | undefined {
  const m = parseMonth(row.values.month);
  if (!m) {
    const p = placeOf(table, row, 'month', unit);
    ctx.issues.push(makeIssue('county.bad-month', { at: p.at, value: String(row.values.month ?? '') }, p));
  }
  return m;
}

/** A number field the group's evaluation needs; blank → an issue naming the cell. */
export function needNumber(table: ParsedTable, row: ParsedRow, key: string, label: { zh: string; en: string }, ctx: DetailContext, info: UnitInfo): number | undefined {
  const v = row.values[key];
  if (typeof v === 'number') return v;
  const p = placeOf(table, row, key, info.unit);
  const gs = ctx.scheme.groups[info.group];
  ctx.issues.push(makeIssue('county.part-missing', { at: p.at, group: gs.label.zh, groupEn: gs.label.en, part: label.zh, partEn: label.en }, p));
  return undefined;
}

/** Fields a group's evaluation does not use must be blank (a monthly group has no 中期/年终, and back). */
export function mustBeBlank(table: ParsedTable, row: ParsedRow, keys: readonly string[], ctx: DetailContext, info: UnitInfo): boolean {
  const gs = ctx.scheme.groups[info.group];
  const monthly = gs.evaluation === 'monthly';
  let clean = true;
  for (const key of keys) {
    const v = row.values[key];
    if (v === null || v === undefined) continue;
    clean = false;
    const p = placeOf(table, row, key, info.unit);
    ctx.issues.push(
      makeIssue(
        'county.detail-period-mismatch',
        {
          at: p.at,
          group: gs.label.zh,
          groupEn: gs.label.en,
          expected: monthly ? '月' : '中期和年终',
          expectedEn: monthly ? 'monthly' : 'at mid-year and year-end',
          detail: `此列应留空（实际为 ${String(v)}）`,
          detailEn: `this column must be blank (found ${String(v)})`,
        },
        p,
      ),
    );
  }
  return clean;
}

/** Decision (RULES.md): a monthly group's annual part is the mean of the months evaluated (or the last month). */
export function annualOfMonths(byMonth: ReadonlyMap<string, number>, scheme: CountyScheme): number {
  const values = [...byMonth.values()];
  if (values.length === 0) return 0;
  if (scheme.monthlyAnnual === 'last') {
    const last = [...byMonth.keys()].sort((a, b) => monthOrder(a) - monthOrder(b)).pop()!;
    return byMonth.get(last)!;
  }
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** "2026-3" → 202603, "3" → 3: later months sort later. */
const monthOrder = (key: string): number => {
  const [a, b] = key.split('-');
  return b === undefined ? Number(a) : Number(a) * 100 + Number(b);
};

/** A duplicate-row tracker: the first place of each key; an issue naming both places on a repeat. */
export function firstPlace(seen: Map<string, string>, key: string, value: string, p: IssueLocation & { at: string }, ctx: DetailContext): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    ctx.issues.push(makeIssue('county.detail-duplicate', { at: p.at, value, first }, p));
    return false;
  }
  seen.set(key, p.at);
  return true;
}
