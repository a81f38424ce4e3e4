/**
 * Where a drop-down list's items come from. Excel accepts an inline list ("A,B,C") only up to 255 characters and
 * without commas inside items; longer lists go into a column of the very-hidden LISTS_SHEET and are referenced.
 */
import { columnLetters } from '../engine/core/cell';
import { SETTINGS_SHEET } from './port';

export const LISTS_SHEET = '_perf_lists';
/** The add-in's very-hidden sheets: never listed, read or written through the port's sheet calls. */
export const HIDDEN_SHEETS: ReadonlySet<string> = new Set([SETTINGS_SHEET, LISTS_SHEET]);
const INLINE_MAX = 255;

/** True when `items` cannot be an inline list: too long, or an item holds a comma or a quote. */
export const needsListSheet = (items: readonly string[]): boolean =>
  items.join(',').length > INLINE_MAX || items.some((i) => i.includes(',') || i.includes('"'));

/**
 * The validation formula for `items`. When they cannot be inline, calls `writeColumn` with the next free
 * column (after `usedColumns()`) and the items, and returns a reference to that column.
 */
export function listSource(
  items: readonly string[],
  writeColumn: (column: string, values: readonly string[]) => void,
  usedColumns: () => number,
): string {
  if (!needsListSheet(items)) return `"${items.join(',')}"`;
  const column = columnLetters(usedColumns() + 1);
  writeColumn(column, items);
  return `'${LISTS_SHEET}'!$${column}$1:$${column}$${Math.max(items.length, 1)}`;
}
