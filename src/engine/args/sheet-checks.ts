import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import type { ParsedRow, ParsedTable } from '../core/table';
import type { Text } from '../core/text';
import { isPercentText, type ArgArea } from './read-arg';

/** The raw cell of a parsed row's field, as the host gave it (a Date stays a Date, "85%" stays text; a merged cell its top-left value). */
export function rawCell(table: ParsedTable, origin: Origin, row: ParsedRow, key: string): CellValue {
  const col = table.columns[key];
  return col === undefined ? null : (table.grid[row.row - origin.row]?.[col - origin.col] ?? null);
}

/**
 * Cells of number fields typed as "85%": readTable reads them as 0.85, silently wrong for points,
 * costs and pay. Each is an issue naming the cell; returns the sheet rows that have one.
 */
export function percentCells(
  table: ParsedTable,
  origin: Origin,
  fields: Readonly<Record<string, Text>>,
  area: ArgArea,
  issues: Issue[],
): Set<number> {
  const bad = new Set<number>();
  const code = area === 'engineer' ? 'engineer.cell-percent' : 'staff.cell-percent';
  for (const r of table.rows) {
    for (const [key, label] of Object.entries(fields)) {
      const v = rawCell(table, origin, r, key);
      const cell = r.cells[key];
      if (!isPercentText(v) || cell === undefined) continue;
      issues.push(makeIssue(code, { value: v, fieldEn: label.en }, { field: label.zh, cell, row: r.row, sheet: table.sheet }));
      bad.add(r.row);
    }
  }
  return bad;
}

/**
 * Rows that repeat a key (a person in a department, a department's month): each repeat is an issue
 * on its first key cell, naming the row it repeats; returns the repeated rows.
 */
export function duplicateRows(
  table: ParsedTable,
  keyOf: (r: ParsedRow) => string,
  cellKey: string,
  what: Text,
  area: ArgArea,
  issues: Issue[],
): Set<number> {
  const first = new Map<string, number>();
  const repeated = new Set<number>();
  const code = area === 'engineer' ? 'engineer.duplicate-row' : 'staff.duplicate-row';
  for (const r of table.rows) {
    const k = keyOf(r);
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, r.row);
      continue;
    }
    issues.push(makeIssue(code, { value: k, firstRow: seen, what: what.zh, whatEn: what.en }, { cell: r.cells[cellKey], row: r.row, sheet: table.sheet }));
    repeated.add(r.row);
  }
  return repeated;
}
