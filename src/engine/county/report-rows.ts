import { a1, type CellValue, type Origin } from '../core/cell';
import { cleanText } from '../core/coerce';
import type { Issue } from '../core/issue';
import { readField, readTable, type FieldSpec, type ParsedValue, type TableSpec } from '../core/table';

/** Rows scanned for the header: as many as readTable scans. */
const HEADER_SCAN = 30;

/** One report row as read: values by field key (undefined = unusable, already reported). */
export interface ReportRow {
  readonly row: number;
  readonly values: Readonly<Record<string, ParsedValue | undefined>>;
}

export interface ReportHeader {
  readonly sheet?: string | undefined;
  readonly headerRow: number;
  /** Sheet column (1-based) of each field found. */
  readonly columns: Readonly<Record<string, number>>;
  /** Header problems; row problems are added here as rows are read. */
  readonly issues: Issue[];
  /** The header could not be used: no rows can be read. */
  readonly noTable: boolean;
}

/** Blank as readTable counts it (zero-width and ideographic spaces included). */
const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && !isCleanText(v) && cleanText(v) === '');

/** A string readText would return unchanged: no surrounding space of any kind (cleanText's set). */
function isCleanText(v: string): boolean {
  if (v.length === 0) return false;
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(v.length - 1);
  return a > 0x20 && b > 0x20 && a !== 0xa0 && b !== 0xa0 && a !== 0x3000 && b !== 0x3000 && a !== 0x200b && b !== 0x200b && a !== 0xfeff && b !== 0xfeff;
}

/** Find the header (and its issues) through readTable on the top rows only. */
export function readReportHeader(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin): ReportHeader {
  const head = readTable(values.slice(0, HEADER_SCAN + 1), spec, origin);
  const issues = head.issues.filter((i) => i.code.startsWith('table.') && i.code !== 'table.duplicate-key');
  return { sheet: head.sheet, headerRow: head.headerRow, columns: head.columns, issues, noTable: issues.some((i) => i.severity === 'error') };
}

/**
 * Read every row below the header in one tight pass and hand each to `onRow` (rows are not kept):
 * plain finite numbers and clean text are taken as they are, anything else goes through readField,
 * which names the cell. Same values and issues as readTable, without building an A1 address for
 * every cell — a monthly report may hold 100,000 rows.
 */
export function forEachReportRow(
  values: readonly (readonly CellValue[])[],
  spec: TableSpec,
  origin: Origin,
  h: ReportHeader,
  onRow: (row: ReportRow) => void,
): void {
  if (h.noTable) return;
  const fields: { f: FieldSpec; i: number; col: number }[] = spec.fields
    .filter((f) => h.columns[f.key] !== undefined)
    .map((f) => ({ f, col: h.columns[f.key]!, i: h.columns[f.key]! - origin.col }));
  for (let r = h.headerRow - origin.row + 1; r < values.length; r++) {
    const raw = values[r] ?? [];
    if (raw.every(isBlank)) continue;
    const sheetRow = origin.row + r;
    const vals: Record<string, ParsedValue | undefined> = {};
    for (const { f, i, col } of fields) {
      const v = raw[i];
      if (f.type === 'number' && typeof v === 'number' && Number.isFinite(v) && f.min === undefined && f.max === undefined) vals[f.key] = v;
      else if (f.type === 'text' && typeof v === 'string' && isCleanText(v)) vals[f.key] = v;
      else vals[f.key] = readField(f, v, { cell: a1(sheetRow, col), row: sheetRow, sheet: h.sheet }, h.issues);
    }
    onRow({ row: sheetRow, values: vals });
  }
}
