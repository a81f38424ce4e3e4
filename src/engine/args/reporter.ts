import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import type { ParsedRow } from '../core/table';
import type { Text } from '../core/text';
import { argIssue, type ArgArea } from './read-arg';

/** Where one record's issues point: function argument names, or a sheet row's cells. */
export interface Reporter<F extends string> {
  readonly at: (f: F) => IssueLocation;
  /** A required value left blank. */
  readonly blank: (f: F) => Issue;
  readonly outOfRange: (f: F, value: number, range: string) => Issue;
  /** A value so large the result overflows. */
  readonly tooLarge: (f: F, value: number) => Issue;
}

/** Issues named by argument (PERF.* functions): the field in Chinese and English. */
export function argReporter<F extends string>(labels: Readonly<Record<F, Text>>, area: ArgArea): Reporter<F> {
  return {
    at: (f) => ({ field: labels[f].zh }),
    blank: (f) => argIssue(area, 'arg-blank', labels[f], {}),
    outOfRange: (f, value, range) => argIssue(area, 'arg-out-of-range', labels[f], { value, range }),
    tooLarge: (f, value) => argIssue(area, 'too-large', labels[f], { value }),
  };
}

/**
 * Issue locations for one sheet row: the field's cell, or — when its column is absent —
 * a missing-column issue on the header row, so a blank is never silently 0.
 */
export function sheetReporter<F extends string>(
  labels: Readonly<Record<F, Text>>,
  row: ParsedRow,
  sheet: string | undefined,
  headerRow: number,
  area: ArgArea,
): Reporter<F> {
  const at = (f: F): IssueLocation => ({ field: labels[f].zh, cell: row.cells[f], row: row.row, sheet });
  return {
    at,
    blank: (f) =>
      row.cells[f] === undefined
        ? makeIssue('table.missing-column', { fieldEn: labels[f].en }, { field: labels[f].zh, sheet, row: headerRow })
        : makeIssue('cell.blank-required', { fieldEn: labels[f].en }, at(f)),
    outOfRange: (f, value, range) => makeIssue('cell.out-of-range', { value, range }, at(f)),
    tooLarge: (f, value) => makeIssue(`${area}.too-large`, { value, fieldEn: labels[f].en }, at(f)),
  };
}
