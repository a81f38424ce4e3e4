import { columnLetters, isExcelError, type CellValue, type Origin } from '../core/cell';
import { readText } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { readField, scanTable, type FieldSpec, type ParsedRow, type ParsedTable, type ParsedValue, type TableScan, type TableSpec } from '../core/table';

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
 * (its indicators would join the previous project): the core reader finds the header and the data rows
 * (scanTable), then every data row is read as text in one tight pass (reading all rows by type cost most
 * of a 10k-row validation), and each cell by its type only when asked. Excel errors are reported once per cell.
 */
export function readLoose(input: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin): LooseTable {
  const values = input.some((row) => row.some(isBadDate)) ? input.map((row) => row.map(asShown)) : input;
  const scan = scanTable(values, asText(spec), origin);
  const byKey = new Map<string, FieldSpec>(spec.fields.map((f) => [f.key, f]));
  const errors = new Map<number, Issue[]>();
  const errorCells = new Set<string>();
  const rows = scan.usable ? readRows(scan, spec, errors, errorCells) : [];
  const grid = scan.grid.values;
  const raw = (row: ParsedRow, key: string): CellValue | undefined => {
    const col = scan.index[key];
    return col === undefined ? undefined : grid[row.row - origin.row]?.[col];
  };
  return {
    table: { sheet: scan.sheet, headerTop: scan.headerTop, headerRow: scan.headerRow, columns: scan.columns, rows, dataRows: rows.map((r) => r.row), grid, issues: scan.issues },
    read(row, key, issues) {
      const f = byKey.get(key);
      const cell = row.cells[key];
      if (!f || cell === undefined || errorCells.has(cell) || row.values[key] === undefined) return undefined;
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
        if (!CELL_ERRORS.has(i.code) || reported.has(i.cell)) return false;
        reported.add(i.cell);
        return true;
      });
    },
  };
}

/** The one issue a cell gets when its value cannot be read at all (dedupe keeps the first). */
const CELL_ERRORS: ReadonlySet<string> = new Set(['cell.excel-error', 'cell.uncomputed']);

/**
 * Every data row, each field as trimmed text (blank → null), as the core reader finds them. An Excel error, or a
 * formula without a computed value (its field left out of the row, never blank), is an issue of its cell.
 */
function readRows(scan: TableScan, spec: TableSpec, errors: Map<number, Issue[]>, errorCells: Set<string>): ParsedRow[] {
  const { grid, sheet } = scan;
  const fields = spec.fields.filter((f) => scan.index[f.key] !== undefined).map((f) => ({ f, i: scan.index[f.key]!, letters: columnLetters(scan.columns[f.key]!) }));
  const rows: ParsedRow[] = [];
  for (const { r, row: sheetRow } of scan.rows) {
    const raw = grid.values[r] ?? [];
    const vals: Record<string, ParsedValue> = {};
    const cells: Record<string, string> = {};
    const unreadable = (issue: Issue): void => {
      errorCells.add(issue.cell!);
      const list = errors.get(sheetRow) ?? [];
      list.push(issue);
      errors.set(sheetRow, list);
    };
    for (const { f, i, letters } of fields) {
      const v = raw[i];
      const cell = grid.merged ? grid.address(r, i) : letters + sheetRow;
      const at = { field: f.label.zh, cell, row: sheetRow, sheet };
      cells[f.key] = cell;
      if (grid.hasUncomputed && grid.isUncomputed(r, i)) {
        unreadable(makeIssue('cell.uncomputed', { fieldEn: f.label.en }, at));
        continue;
      }
      vals[f.key] = readText(v ?? null);
      if (typeof v === 'string' && v.includes('#') && isExcelError(v)) unreadable(makeIssue('cell.excel-error', { value: v.trim().toUpperCase() }, at));
    }
    rows.push({ row: sheetRow, values: vals, cells });
  }
  return rows;
}

/** A field read as text (blank → null). */
export const textOf = (row: ParsedRow, key: string): string | null => {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
};
