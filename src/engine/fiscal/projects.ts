import { makeIssue, type Issue } from '../core/issue';
import type { CellValue, Origin } from '../core/cell';
import type { FieldSpec, ParsedRow, TableSpec } from '../core/table';
import { readNumber } from '../core/coerce';
import { readLoose, textOf, type LooseTable } from './sheet-rows';

/** The rows of one project in a fiscal table. */
export interface ProjectRows {
  readonly name: string;
  readonly rows: readonly ParsedRow[];
  /** Sheet row and cell of the project's name. */
  readonly row: number;
  readonly cell: string;
}

/**
 * Group rows by project. Real tables write 项目名称 (and the other project fields) only on the
 * project's first row (merged cells): a blank name continues the current project, a different
 * name starts a new one, the same name again (unmerged tables) continues it.
 */
export function groupProjects(rows: readonly ParsedRow[], nameKey: string, sheet: string | undefined, issues: Issue[], loose?: LooseTable): ProjectRows[] {
  const out: { name: string; rows: ParsedRow[]; row: number; cell: string }[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const name = textOf(r, nameKey);
    const current = out[out.length - 1];
    const cell = r.cells[nameKey] ?? '?';
    if (name === null || name === current?.name) {
      if (current) current.rows.push(r);
      else issues.push(makeIssue('fiscal.no-project', { row: r.row }, { field: '项目名称', cell, row: r.row, sheet }), ...(loose?.errorsOf(r) ?? []));
      continue;
    }
    const first = firstRow.get(name);
    if (first !== undefined) issues.push(makeIssue('fiscal.duplicate-project', { project: name, firstRow: first }, { field: '项目名称', cell, row: r.row, sheet }));
    else firstRow.set(name, r.row);
    out.push({ name, rows: [r], row: r.row, cell });
  }
  return out;
}

/** The first row of a project holding a value for `key` (merged cells put it on the first row). */
export function carried(p: ProjectRows, key: string): ParsedRow | undefined {
  return p.rows.find((r) => r.values[key] !== null && r.values[key] !== undefined);
}

/** A project field's value (carried down merged cells) with where it sits, for issues. */
export function carriedArg(g: ProjectRows, loose: LooseTable, key: string, field: string, sheet: string | undefined): { value: CellValue; at: { field: string; cell: string; row: number; sheet: string | undefined } } {
  const r = carried(g, key) ?? g.rows[0]!;
  return { value: textOf(r, key), at: { field, cell: loose.cell(r, key), row: r.row, sheet } };
}

/** The Excel-error issues in a project's cells (they count against the project). */
export const cellErrors = (g: ProjectRows, loose: LooseTable): Issue[] => g.rows.flatMap((r) => loose.errorsOf(r));

/**
 * Read a fiscal table, group its rows by project and map each project; table issues first, then each
 * project's Excel-error cells and its own issues. A table with a header and no rows is the core's table.empty.
 */
export function mapProjects<T>(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin, each: (g: ProjectRows, loose: LooseTable, issues: Issue[]) => T): { items: T[]; issues: Issue[] } {
  const loose = readLoose(values, spec, origin);
  const issues: Issue[] = [...loose.table.issues];
  if (loose.table.rows.length === 0) return { items: [], issues };
  const groups = groupProjects(loose.table.rows, 'project', origin.sheet, issues, loose);
  const items = groups.map((g) => {
    issues.push(...cellErrors(g, loose));
    return each(g, loose, issues);
  });
  return { items, issues: loose.dedupe(issues) };
}

/**
 * A project field written again on a later row of the project must repeat the first value (unmerged
 * tables); a different one means two projects share a name, or a typing slip: an error on the later cell.
 */
export function checkConflicts(g: ProjectRows, loose: LooseTable, fields: readonly FieldSpec[], sheet: string | undefined, issues: Issue[]): void {
  for (const f of fields) {
    const r0 = carried(g, f.key);
    const first = r0 && textOf(r0, f.key);
    if (!r0 || !first) continue;
    const later = g.rows.find((r) => r.row > r0.row && textOf(r, f.key) !== null && !sameValue(textOf(r, f.key)!, first));
    if (!later) continue;
    issues.push(makeIssue('fiscal.field-conflict', { project: g.name, value: textOf(later, f.key) ?? '', first, firstRow: r0.row, fieldEn: f.label.en }, { field: f.label.zh, cell: loose.cell(later, f.key), row: later.row, sheet }));
  }
}

/** Same text, or the same number written differently (100 / 100.00 / "１００"). */
function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = readNumber(a);
  const y = readNumber(b);
  return x.ok && y.ok && x.value === y.value;
}
