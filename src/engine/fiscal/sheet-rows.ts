import { columnLetters, isExcelError, type CellValue, type Origin } from '../core/cell';
import { readText } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { isBlankRow, readField, readTable, type FieldSpec, type ParsedRow, type ParsedTable, type ParsedValue, type TableSpec } from '../core/table';

/** A table read leniently: every row kept, each cell read by its field on demand. */
export interface LooseTable {
  readonly table: ParsedTable;
  /** Read one field of a row by its real type; undefined when absent or unusable (an issue says why). */
  read(row: ParsedRow, key: string, issues: Issue[]): ParsedValue | undefined;
  /** The cell of a field on a row as the host gave it (a number stays a number); undefined when the column is absent. */
  value(row: ParsedRow, key: string): CellValue | undefined;
  /** The cell address of a field on a row (the header cell's column when the row has none). */
  cell(row: ParsedRow, key: string): string;
  /** The Excel-error issues (#N/A, #DIV/0!…) of a row's cells, one per cell. */
  errorsOf(row: ParsedRow): readonly Issue[];
  /** Drop every issue but the first Excel-error one on a cell holding an Excel error (one message per cell). */
  dedupe(issues: readonly Issue[]): Issue[];
}

/** How many leading rows core/table.ts scans for the header (findHeader's limit). */
const HEADER_SCAN = 30;

const NO_HEADER: ReadonlySet<string> = new Set(['table.empty', 'table.no-header', 'table.missing-column']);

const textSpecs = new WeakMap<TableSpec, TableSpec>();
/** The spec with every field read as text, built once per spec. */
function asText(spec: TableSpec): TableSpec {
  let t = textSpecs.get(spec);
  if (!t) {
    t = { ...spec, fields: spec.fields.map((f) => ({ ...f, type: 'text' as const, blank: 'null' as const })) };
    textSpecs.set(spec, t);
  }
  return t;
}

const isBadDate = (v: CellValue | undefined): boolean => v instanceof Date && Number.isNaN(v.getTime());

/** An invalid Date (a host's unreadable date cell) is what Excel shows as #VALUE!: reported on its cell as that error. */
const asShown = (v: CellValue): CellValue => (isBadDate(v) ? '#VALUE!' : v);


/**
 * Fiscal tables carry project fields down merged cells, so a row with a bad number must not vanish
 * (its indicators would join the previous project): find the header with the core reader, then read
 * every row as text in one tight pass (reading all rows through readTable cost most of a 10k-row
 * validation), and each cell by its type only when asked. Excel errors are reported once per cell.
 */
export function readLoose(input: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin): LooseTable {
  const values = input.some((row) => row.some(isBadDate)) ? input.map((row) => row.map(asShown)) : input;
  const textSpec = asText(spec);
  const head = readTable(values.length > HEADER_SCAN ? values.slice(0, HEADER_SCAN) : values, textSpec, origin);
  // Only when the first rows are all blank does the slice differ from the whole table: read it all then.
  const table = head.issues.some((i) => i.code === 'table.empty') && values.length > HEADER_SCAN ? readTable(values, textSpec, origin) : head;
  const byKey = new Map<string, FieldSpec>(spec.fields.map((f) => [f.key, f]));
  const errors = new Map<number, Issue[]>();
  const errorCells = new Set<string>();
  const headerless = table.issues.some((i) => NO_HEADER.has(i.code));
  const rows = headerless ? [] : readRows(values, spec, origin, table, errors, errorCells);
  const raw = (row: ParsedRow, key: string): CellValue | undefined => {
    const col = table.columns[key];
    return col === undefined ? undefined : values[row.row - origin.row]?.[col - origin.col];
  };
  return {
    table: { ...table, rows },
    read(row, key, issues) {
      const f = byKey.get(key);
      const cell = row.cells[key];
      if (!f || cell === undefined || errorCells.has(cell)) return undefined;
      return readField(f, raw(row, key), { cell, row: row.row, sheet: origin.sheet }, issues);
    },
    value: raw,
    cell: (row, key) => row.cells[key] ?? '?',
    errorsOf: (row) => errors.get(row.row) ?? [],
    dedupe(issues) {
      if (errorCells.size === 0) return [...issues];
      const reported = new Set<string>();
      return issues.filter((i) => {
        if (i.cell === undefined || !errorCells.has(i.cell)) return true;
        if (i.code !== 'cell.excel-error' || reported.has(i.cell)) return false;
        reported.add(i.cell);
        return true;
      });
    },
  };
}

/** Every non-blank row after the header, each field as trimmed text (blank → null), as readTable would. */
function readRows(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin, table: ParsedTable, errors: Map<number, Issue[]>, errorCells: Set<string>): ParsedRow[] {
  const fields = spec.fields
    .filter((f) => table.columns[f.key] !== undefined)
    .map((f) => ({ f, i: table.columns[f.key]! - origin.col, letters: columnLetters(table.columns[f.key]!) }));
  const rows: ParsedRow[] = [];
  for (let r = table.headerRow - origin.row + 1; r < values.length; r++) {
    const raw = values[r] ?? [];
    const sheetRow = origin.row + r;
    const vals: Record<string, ParsedValue> = {};
    const cells: Record<string, string> = {};
    let filled = false;
    for (const { f, i, letters } of fields) {
      const v = raw[i];
      const cell = letters + sheetRow;
      cells[f.key] = cell;
      const t = readText(v ?? null);
      vals[f.key] = t;
      if (t !== null) filled = true;
      if (typeof v === 'string' && v.includes('#') && isExcelError(v)) {
        errorCells.add(cell);
        const list = errors.get(sheetRow) ?? [];
        list.push(makeIssue('cell.excel-error', { value: v.trim().toUpperCase() }, { field: f.label.zh, cell, row: sheetRow, sheet: origin.sheet }));
        errors.set(sheetRow, list);
      }
    }
    // Only a row with every field blank needs its other cells scanned (as readTable skips blank rows).
    if (!filled && isBlankRow(raw)) continue;
    rows.push({ row: sheetRow, values: vals, cells });
  }
  return rows;
}

/** A field read as text (blank → null). */
export const textOf = (row: ParsedRow, key: string): string | null => {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
};
