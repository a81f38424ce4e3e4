import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import type { ParsedRow } from '../core/table';
import type { Text } from '../core/text';

/**
 * Issue locations for one sheet row: the field's cell, or — when its column is absent —
 * a missing-column issue on the header row, so a blank is never silently 0.
 */
export function sheetReporter<F extends string>(
  labels: Readonly<Record<F, Text>>,
  row: ParsedRow,
  sheet: string | undefined,
  headerRow: number,
): { at: (f: F) => IssueLocation; blank: (f: F) => Issue; outOfRange: (f: F, value: number, range: string) => Issue } {
  const at = (f: F): IssueLocation => ({ field: labels[f].zh, cell: row.cells[f], row: row.row, sheet });
  return {
    at,
    blank: (f) =>
      row.cells[f] === undefined
        ? makeIssue('table.missing-column', { fieldEn: labels[f].en }, { field: labels[f].zh, sheet, row: headerRow })
        : makeIssue('cell.blank-required', { fieldEn: labels[f].en }, at(f)),
    outOfRange: (f, value, range) => makeIssue('cell.out-of-range', { value, range }, at(f)),
  };
}
