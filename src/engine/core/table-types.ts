import type { CellValue } from './cell';
import type { YMD } from './coerce';
import type { Issue } from './issue';
import type { Text } from './text';

/** How a column's cells are read. */
export type FieldType =
  | 'number' // any number
  | 'count' // non-negative whole number
  | 'text'
  | 'date'
  | 'choice'; // one of `choices` (by any spelling), read as its code

/** One column a scheme's table may have. */
export interface FieldSpec {
  /** English code: the key in parsed rows and the --json names. */
  readonly key: string;
  readonly label: Text;
  /**
   * Other header spellings, either language. Matching ignores case, spaces and line breaks, full width, a trailing
   * (…) note such as a unit, and a leading * or ※; under a merged parent the child is also read joined to it.
   */
  readonly aliases?: readonly string[];
  readonly type: FieldType;
  /** The column must be present in the header. */
  readonly required?: boolean;
  /** What a blank cell reads as: an error (default for number/count/date/choice), 0, or null. Text blanks are null. */
  readonly blank?: 'error' | 'zero' | 'null';
  /** For `choice`: every accepted spelling (any case) → its code. */
  readonly choices?: Readonly<Record<string, string>>;
  readonly min?: number;
  readonly max?: number;
}

export interface TableSpec {
  /** What the table is, for messages. */
  readonly name: Text;
  readonly fields: readonly FieldSpec[];
  /** A field whose values must be unique (e.g. the unit name); names differing only in spaces or bracket width are the same. */
  readonly key?: string;
  /**
   * The field a group heading row sets (一、乡镇 on a row of its own) for the rows below it, when the table has no
   * column for it; such a table is recognised without that column.
   */
  readonly groupBy?: string;
  /** A header with no rows under it is fine (a sheet of exceptions, such as 加减分); otherwise it is table.empty. */
  readonly optionalRows?: boolean;
}

export type ParsedValue = number | string | YMD | null;

export interface ParsedRow {
  /** Sheet row number (1-based). */
  readonly row: number;
  readonly values: Readonly<Record<string, ParsedValue>>;
  /** A1 address of each present field's cell. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface ParsedTable {
  readonly sheet?: string | undefined;
  /** Sheet row of the header's first row (a two- or three-row header starts above headerRow). */
  readonly headerTop: number;
  /** Sheet row of the header's last row: data starts below it. */
  readonly headerRow: number;
  /** Sheet column (1-based) of each field found. */
  readonly columns: Readonly<Record<string, number>>;
  readonly rows: readonly ParsedRow[];
  /** Sheet rows read as data, usable or not, in order (totals, notes, headings and blank rows are not). */
  readonly dataRows: readonly number[];
  /** The block's values as read (same shape and origin): each merged area's top-left value across it. */
  readonly grid: readonly (readonly CellValue[])[];
  readonly issues: readonly Issue[];
}

