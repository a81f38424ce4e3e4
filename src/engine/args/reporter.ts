import { makeIssue, type FieldLocation, type Issue } from '../core/issue';
import type { ParsedRow } from '../core/table';
import type { Text } from '../core/text';
import { argIssue, type ArgArea } from './read-arg';

/** Where one record's issues point: function argument names, or a sheet row's cells. */
export interface Reporter<F extends string> {
  readonly at: (f: F) => FieldLocation;
  /** A required value left blank. */
  readonly blank: (f: F) => Issue;
  readonly outOfRange: (f: F, value: number, range: string) => Issue;
  /** A value so large the result overflows. */
  readonly tooLarge: (f: F, value: number) => Issue;
}

/** Issues named by argument (PERF.* functions): the field in Chinese and English. */
export function argReporter<F extends string>(labels: Readonly<Record<F, Text>>): Reporter<F> {
  return {
    at: (f) => ({ field: labels[f].zh }),
    blank: (f) => argIssue(labels[f], { kind: 'blank' }),
    outOfRange: (f, value, range) => argIssue(labels[f], { kind: 'out-of-range', value, range }),
    tooLarge: (f, value) => argIssue(labels[f], { kind: 'too-large', value }),
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
  const at = (f: F): FieldLocation => ({ field: labels[f].zh, cell: row.cells[f], row: row.row, sheet });
  // A value that was read has its cell; without one (no such column) the field alone is named.
  const inCell = (f: F, cellIssue: (cell: string) => Issue, orElse: () => Issue): Issue => {
    const cell = row.cells[f];
    return cell === undefined ? orElse() : cellIssue(cell);
  };
  return {
    at,
    blank: (f) =>
      inCell(
        f,
        (cell) => makeIssue('cell.blank-required', { fieldEn: labels[f].en }, { ...at(f), cell }),
        () => makeIssue('table.missing-column', { fieldEn: labels[f].en }, { field: labels[f].zh, sheet, row: headerRow }),
      ),
    outOfRange: (f, value, range) =>
      inCell(f, (cell) => makeIssue('cell.out-of-range', { value, range }, { ...at(f), cell }), () => argIssue(labels[f], { kind: 'out-of-range', value, range }, at(f))),
    tooLarge: (f, value) => makeIssue(area === 'engineer' ? 'engineer.too-large' : 'staff.too-large', { value, fieldEn: labels[f].en }, at(f)),
  };
}
