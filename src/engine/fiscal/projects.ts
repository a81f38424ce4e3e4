import { makeIssue, type Issue } from '../core/issue';
import type { CellValue, Origin } from '../core/cell';
import type { ParsedRow, TableSpec } from '../core/table';
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
export function groupProjects(rows: readonly ParsedRow[], nameKey: string, sheet: string | undefined, issues: Issue[]): ProjectRows[] {
  const out: { name: string; rows: ParsedRow[]; row: number; cell: string }[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const name = textOf(r, nameKey);
    const current = out[out.length - 1];
    const cell = r.cells[nameKey] ?? '?';
    if (name === null || name === current?.name) {
      if (current) current.rows.push(r);
      else issues.push(makeIssue('fiscal.no-project', { row: r.row }, { field: '项目名称', cell, row: r.row, sheet }));
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

/** Read a fiscal table, group its rows by project and map each project; table issues first. */
export function mapProjects<T>(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin, each: (g: ProjectRows, loose: LooseTable, issues: Issue[]) => T): { items: T[]; issues: Issue[] } {
  const loose = readLoose(values, spec, origin);
  const issues: Issue[] = [...loose.table.issues];
  if (loose.table.rows.length === 0) return { items: [], issues };
  const groups = groupProjects(loose.table.rows, 'project', origin.sheet, issues);
  return { items: groups.map((g) => each(g, loose, issues)), issues };
}
