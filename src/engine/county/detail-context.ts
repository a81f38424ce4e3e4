import type { Step } from '../core/explain';
import { hasErrors, makeIssue, type Issue, type IssueLocation } from '../core/issue';
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

/**
 * What every sheet reader shares: the scheme, the units, the issues so far, the units that cannot be scored.
 * Units are matched across the sheets by name key (core/names.ts): 民政局(宗教局) finds 民政局（宗教局）.
 */
export interface DetailContext {
  readonly scheme: CountyScheme;
  readonly units: ReadonlyMap<string, UnitInfo>;
  readonly issues: Issue[];
  /** Units with an unusable row: left out of the result (their issues say why). */
  readonly broken: Set<string>;
  /** Units the units sheet names but could not use: their rows elsewhere are skipped without another issue. */
  readonly rejected: ReadonlySet<string>;
  /** Per sheet, units that lost a row to a cell error: checks that would only echo it are skipped. */
  readonly dropped: Readonly<Partial<Record<string, ReadonlySet<string>>>>;
}

/** A part computed from a sheet: its value and the steps that gave it. */
export interface PartValue {
  readonly value: number;
  readonly steps: Step[];
  /** A monthly group's months evaluated, sorted. */
  readonly months?: readonly string[];
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
  if (!info && !ctx.rejected.has(name)) {
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

/**
 * "1月" and "2026-01" would count as two months: when a unit's months on a sheet name the same month
 * with and without a year, that is an error naming the unit, and the unit is left out.
 */
export function checkMonthStyles(unit: string, keys: Iterable<string>, sheet: string | undefined, ctx: DetailContext): void {
  const list = [...keys];
  const bare = new Set(list.filter((k) => !k.includes('-')));
  const clash = list.find((k) => k.includes('-') && bare.has(k.split('-')[1]!));
  if (clash === undefined) return;
  const at = `${sheet ?? ''} ${unit}`.trim();
  ctx.issues.push(makeIssue('county.detail-month-mixed', { at, value: clash.split('-')[1] ?? clash, first: clash }, { sheet, units: [unit], field: '月份' }));
  ctx.broken.add(unit);
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
    const last = sortedMonths(byMonth.keys()).pop()!;
    return byMonth.get(last)!;
  }
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Month keys in calendar order. */
export const sortedMonths = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => monthOrder(a) - monthOrder(b));

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

/** Run `read` on each row of a known unit; a row that raised an error marks its unit unusable. */
export function eachRow(table: ParsedTable, ctx: DetailContext, read: (row: ParsedRow, info: UnitInfo) => void): void {
  for (const row of table.rows) {
    const info = rowUnit(table, row, ctx);
    if (!info) continue;
    const before = ctx.issues.length;
    read(row, info);
    if (hasErrors(ctx.issues.slice(before))) ctx.broken.add(info.unit);
  }
}
