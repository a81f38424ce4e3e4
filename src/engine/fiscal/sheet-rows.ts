import type { CellValue, Origin } from '../core/cell';
import type { Issue } from '../core/issue';
import { readField, readTable, type FieldSpec, type ParsedRow, type ParsedTable, type ParsedValue, type TableSpec } from '../core/table';

/** A table read leniently: every row kept, each cell read by its field on demand. */
export interface LooseTable {
  readonly table: ParsedTable;
  /** Read one field of a row by its real type; undefined when absent or unusable (an issue says why). */
  read(row: ParsedRow, key: string, issues: Issue[]): ParsedValue | undefined;
  /** The cell address of a field on a row (the header cell's column when the row has none). */
  cell(row: ParsedRow, key: string): string;
}

/**
 * Fiscal tables carry project fields down merged cells, so a row with a bad number must not vanish
 * (its indicators would join the previous project): read the structure as text, then each cell by type.
 */
export function readLoose(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin): LooseTable {
  const asText: TableSpec = { ...spec, fields: spec.fields.map((f) => ({ ...f, type: 'text' as const, blank: 'null' as const })) };
  const table = readTable(values, asText, origin);
  const byKey = new Map<string, FieldSpec>(spec.fields.map((f) => [f.key, f]));
  const raw = (row: ParsedRow, key: string): CellValue | undefined => {
    const col = table.columns[key];
    return col === undefined ? undefined : values[row.row - origin.row]?.[col - origin.col];
  };
  return {
    table,
    read(row, key, issues) {
      const f = byKey.get(key);
      const cell = row.cells[key];
      if (!f || cell === undefined) return undefined;
      return readField(f, raw(row, key), { cell, row: row.row, sheet: origin.sheet }, issues);
    },
    cell: (row, key) => row.cells[key] ?? '?',
  };
}

/** A field read as text (blank → null). */
export const textOf = (row: ParsedRow, key: string): string | null => {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
};
