import { isExcelError, type CellValue, type Origin } from '../core/cell';
import { cleanText, halfWidth, readText } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { NameSet } from '../core/names';
import { readTable, type ParsedRow, type ParsedTable, type TableSpec } from '../core/table';
import type { Text } from '../core/text';
import { cellAt } from './place';

/** A sheet's cells as the host gave them, with where they sit. */
export interface RawSheet {
  readonly values: readonly (readonly CellValue[])[];
  readonly origin: Origin;
}

/** A points column: its key and the name issues give it. */
export interface PointsColumn {
  readonly key: string;
  readonly label: Text;
}

/** The cell as typed (a merged cell's top-left value), before the table reader turned it into a value. */
export function rawCell(raw: RawSheet, table: ParsedTable, row: number, key: string): CellValue | undefined {
  const col = table.columns[key];
  return col === undefined ? undefined : table.grid[row - raw.origin.row]?.[col - raw.origin.col];
}

/** "85%" (any width, any spaces): a rate, which a points column must not hold. */
export const isPercentText = (v: CellValue | undefined): boolean => typeof v === 'string' && halfWidth(cleanText(v)).endsWith('%');

/** Where a row's field is, for issues: "Sheet!C5" plus the location fields, naming the row's unit. */
export function rowPlace(table: ParsedTable, row: ParsedRow, key: string, field: string) {
  const cell = row.cells[key];
  const unit = typeof row.values.unit === 'string' ? [row.values.unit] : undefined;
  return { at: cellAt(table.sheet, cell, `row ${row.row}`), cell, sheet: table.sheet, row: row.row, field, units: unit };
}

/** A read table whose unusable rows are out, every row issue naming its unit, and the units that lost a row. */
export interface CheckedTable {
  readonly table: ParsedTable;
  readonly issues: Issue[];
  /** Units named on a row that raised an error: the caller leaves them out (the issues say why). */
  readonly dropped: Set<string>;
}

/**
 * Read a table, then hold it to two rules the generic reader cannot know: a points column typed as a
 * percentage ("85%" read as 0.85) is an error, and every issue about a row names the row's unit, so a
 * unit left out of scoring is always named by an error.
 */
export function readChecked(raw: RawSheet, spec: TableSpec, points: readonly PointsColumn[]): CheckedTable {
  const t = readTable(raw.values, spec, raw.origin);
  const issues: Issue[] = [];
  const rows = t.rows.filter((r) => {
    let usable = true;
    for (const p of points) {
      const v = rawCell(raw, t, r.row, p.key);
      // A number shown as a percentage (0.9 in a "0%" cell reads 90% on screen) is no more points than "90%" typed.
      const shown = typeof v === 'number' && r.cells[p.key] !== undefined && raw.origin.layout?.percentFormats?.[r.cells[p.key]!] !== undefined;
      if (isPercentText(v) || shown) {
        const where = rowPlace(t, r, p.key, p.label.zh);
        const value = shown ? `${Number(((v as number) * 100).toPrecision(12))}%` : String(v);
        issues.push(makeIssue('county.part-percent', { at: where.at, part: p.label.zh, partEn: p.label.en, value }, where));
        usable = false;
      }
    }
    return usable;
  });
  const dropped = new NameSet();
  // "85% read as 0.85" beside "85% is not points" would contradict it: the error alone speaks.
  const percentCells = new Set(issues.map((i) => i.cell));
  const kept = t.issues.filter((i) => !(i.code === 'cell.coerced' && percentCells.has(i.cell)));
  const named = [...kept, ...issues].map((i) => {
    if (i.row === undefined || i.row <= t.headerRow) return i;
    const unit = i.units?.[0] ?? readText(rawCell(raw, t, i.row, 'unit') ?? null) ?? undefined;
    if (unit === undefined) return i;
    if (i.severity === 'error') dropped.add(unit);
    return i.units ? i : { ...i, units: [unit] };
  });
  return { table: rows.length === t.rows.length ? t : { ...t, rows }, issues: named, dropped };
}

/** Words that mean "none" in a veto, designation or evidence cell; anything else non-empty is a reason or a number. */
const NONE = new Set(['无', '否', '没有', '暂无', 'no', 'none', 'n', 'n/a', 'na', 'nil', '-', '—', '/', '0', 'false']);

/** A cell's text unless it says "none" ("无", "否", "-", FALSE, 0). */
export const reasonOf = (v: unknown): string | null =>
  typeof v === 'string' && !NONE.has(halfWidth(v).trim().toLowerCase()) ? v : null;

/** An evidence cell (文号/证书编号) that cites something: not blank, not "无", not an Excel error. */
export const hasEvidence = (v: unknown): boolean => reasonOf(v) !== null && !isExcelError(v as string);

/**
 * A reason column (veto 否决, designation 认定不合格): the reason, null for none, undefined after an issue
 * naming the cell when it holds an Excel error (#N/A must not silently veto a unit).
 */
export function reasonCell(table: ParsedTable, row: ParsedRow, key: string, field: string, issues: Issue[]): string | null | undefined {
  const v = row.values[key];
  if (typeof v === 'string' && isExcelError(v)) {
    const where = rowPlace(table, row, key, field);
    issues.push(makeIssue('cell.excel-error', { value: v.trim().toUpperCase(), cell: where.cell ?? where.at, field }, where));
    return undefined;
  }
  return reasonOf(v);
}
