/**
 * Finding a table's header as offices write it: one row, or two or three rows where a parent is merged over its
 * children (加减分 over 加分/减分) and the other names are merged down; names with line breaks, spaces, full-width
 * brackets, a unit note (（分）, (元)) or a leading * / ※ for required.
 */
import type { CellValue } from './cell';
import { cleanText, halfWidth, readText } from './coerce';
import type { Grid } from './grid';
import type { FieldSpec, TableSpec } from './table-types';

/** Texts normalised so far: header search normalises the same cells for every spec tried and every band size. */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 16384;

/** Header text → comparable form: half width, lower case, no spaces or line breaks. */
export function normalizeHeader(h: string): string {
  let n = normalized.get(h);
  if (n === undefined) {
    n = halfWidth(cleanText(h)).toLowerCase().replace(/[\s_\-]+/g, '');
    // Bounded: a long run of distinct texts starts the memo afresh rather than growing it.
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(h, n);
  }
  return n;
}

const stripNote = (h: string): string => h.replace(/[(（\[【][^)）\]】]*[)）\]】]$/, '');
/** A header's own noise: a leading * or ※ (required), a trailing colon. */
const stripMarks = (h: string): string => h.replace(/^[*※★☆]+/, '').replace(/[:：]+$/, '');

const headerNameCache = new WeakMap<FieldSpec, readonly string[]>();

/** A field's header spellings, normalised once per field spec. */
function headerNames(f: FieldSpec): readonly string[] {
  let names = headerNameCache.get(f);
  if (!names) {
    names = [f.key, f.label.zh, f.label.en, ...(f.aliases ?? [])].map(normalizeHeader);
    headerNameCache.set(f, names);
  }
  return names;
}

/** Normalised spelling → field, for one list of fields, with a bounded memo of the texts looked up. */
interface NameIndex {
  readonly names: Map<string, FieldSpec>;
  readonly memo: Map<string, FieldSpec | null>;
}

const indexes = new WeakMap<readonly FieldSpec[], NameIndex>();

function indexOf(fields: readonly FieldSpec[]): NameIndex {
  let ix = indexes.get(fields);
  if (!ix) {
    const names = new Map<string, FieldSpec>();
    for (const f of fields) for (const n of headerNames(f)) if (!names.has(n)) names.set(n, f);
    ix = { names, memo: new Map() };
    indexes.set(fields, ix);
  }
  return ix;
}

/** The field a normalised header names: as written first, then without its trailing (…) note. */
function lookup(n: string, ix: NameIndex): FieldSpec | undefined {
  const hit = ix.memo.get(n);
  if (hit !== undefined) return hit ?? undefined;
  const bare = stripMarks(n);
  const f = ix.names.get(n) ?? ix.names.get(bare) ?? ix.names.get(stripNote(bare)) ?? ix.names.get(stripMarks(stripNote(bare)));
  if (ix.memo.size < 4096) ix.memo.set(n, f ?? null);
  return f;
}

/** Which field a header cell names, if any. */
export function matchHeader(cell: CellValue | undefined, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const t = readText(cell ?? null);
  return t === null ? undefined : lookup(normalizeHeader(t), indexOf(fields));
}

/** A child that stands for its parent's own value (指标评估 over 中期/年终/合计). */
const TOTAL_CHILD = /^(合计|小计|总计|得分|总分|合计得分|得分合计|综合|综合得分)$/;

/**
 * The field a column's header path names (top to bottom, merged-down repeats removed): the leaf joined to an
 * ancestor (完成值 over 中期 → 中期完成值), else the leaf alone (加减分 over 加分 → 加分), else — for a 合计/得分
 * child — whatever its parent names.
 */
function matchPath(path: readonly string[], ix: NameIndex): FieldSpec | undefined {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return undefined;
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = stripNote(stripMarks(path[i]!));
    const hit = lookup(leaf + parent, ix) ?? lookup(parent + leaf, ix);
    if (hit) return hit;
  }
  return lookup(leaf, ix) ?? (path.length > 1 && TOTAL_CHILD.test(stripNote(stripMarks(leaf))) ? matchPath(path.slice(0, -1), ix) : undefined);
}

/** One header column: the field it names, the cell naming it, and its parent's text when it has one. */
interface Column {
  readonly c: number;
  readonly field: FieldSpec | undefined;
  /** Band row (0-based within the block) of the text that names the column. */
  readonly leafRow: number;
  /** The parent's normalised text (the row above the leaf), for columns under a merged parent. */
  readonly parent: string | undefined;
}

/** The header as found: where it is and which column (0-based within the block) holds each field. */
export interface HeaderBand {
  /** Block rows (0-based) of the header's first and last rows; -1 when no row names any field. */
  readonly top: number;
  readonly bottom: number;
  /** Field key → block column (0-based) of the first column naming it. */
  readonly columns: Readonly<Record<string, number>>;
  /** Field key → sheet addresses of the header cells of every column naming it (more than one: ambiguous). */
  readonly cells: Readonly<Record<string, readonly string[]>>;
  /** A parent naming a field over several children none of which names one: which child is it? */
  readonly unclear: readonly { readonly field: FieldSpec; readonly cells: readonly string[]; readonly names: readonly string[] }[];
  readonly found: number;
  readonly required: number;
  readonly requiredFound: number;
}

const SCAN_ROWS = 30;
const MAX_ROWS = 3;

const isRequired = (spec: TableSpec, f: FieldSpec): boolean => f.required === true && f.key !== spec.groupBy;

/** The texts of band rows [top, top + n) with a blank parent cell carrying its left neighbour's name over children (CSV of a merged header). */
function bandTexts(grid: Grid, top: number, n: number): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (let i = 0; i < n; i++) rows.push((grid.values[top + i] ?? []).map((v) => (v === null ? null : readText(v))));
  for (let i = 0; i < n - 1; i++) {
    const row = rows[i]!;
    const below = rows[i + 1]!;
    for (let c = 1; c < below.length; c++) {
      const left = row[c - 1] ?? null;
      if (row[c] != null || left === null || below[c] == null || below[c - 1] == null || below[c - 1] === left) continue;
      if (grid.areaAt(top + i, c) >= 0) continue; // a merged area already says what covers the cell
      row[c] = left;
    }
  }
  return rows;
}

/** The columns of a candidate header band. */
function bandColumns(grid: Grid, top: number, n: number, ix: NameIndex): Column[] {
  const texts = bandTexts(grid, top, n);
  const width = Math.max(...texts.map((r) => r.length));
  const out: Column[] = [];
  for (let c = 0; c < width; c++) {
    // A name merged across several columns is one column: the area's first.
    if (c > 0 && texts.every((_, i) => grid.areaAt(top + i, c) >= 0 && grid.areaAt(top + i, c) === grid.areaAt(top + i, c - 1))) continue;
    const path: string[] = [];
    const rowsOf: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = texts[i]![c];
      if (t == null) continue;
      const norm = normalizeHeader(t);
      if (norm === '' || norm === path[path.length - 1]) continue;
      path.push(norm);
      rowsOf.push(top + i);
    }
    if (path.length === 0) continue;
    out.push({
      c,
      field: matchPath(path, ix),
      leafRow: rowsOf[rowsOf.length - 1]!,
      parent: path.length > 1 ? path[path.length - 2] : undefined,
    });
  }
  return out;
}

function scoreOf(cols: readonly Column[], spec: TableSpec): { found: number; requiredFound: number } {
  const keys = new Set<string>();
  for (const col of cols) if (col.field) keys.add(col.field.key);
  const requiredFound = spec.fields.filter((f) => isRequired(spec, f) && keys.has(f.key)).length;
  return { found: keys.size, requiredFound };
}

/**
 * Find the header among the first rows: the band of one to three rows naming the most required fields, then the
 * most fields, then the fewest rows; the earliest wins a tie. Rows above it (titles, 填报单位 lines) are not read.
 */
export function findHeaderBand(grid: Grid, spec: TableSpec): HeaderBand {
  const ix = indexOf(spec.fields);
  const required = spec.fields.filter((f) => isRequired(spec, f)).length;
  let best: { top: number; n: number; found: number; requiredFound: number; cols: Column[] } | undefined;
  const limit = Math.min(grid.values.length, SCAN_ROWS);
  for (let top = 0; top < limit; top++) {
    if ((grid.values[top] ?? []).every((v) => v === null || readText(v) === null)) continue;
    for (let n = 1; n <= MAX_ROWS && top + n <= grid.values.length; n++) {
      const cols = bandColumns(grid, top, n, ix);
      const s = scoreOf(cols, spec);
      if (s.found === 0) continue;
      const better = !best || s.requiredFound > best.requiredFound || (s.requiredFound === best.requiredFound && (s.found > best.found || (s.found === best.found && n < best.n)));
      if (better) best = { top, n, ...s, cols };
    }
    // A one-row band naming every field cannot be bettered by any later band (the earliest wins a tie): stop.
    if (best && best.n === 1 && best.found === spec.fields.length) break;
  }
  if (!best) return { top: -1, bottom: -1, columns: {}, cells: {}, unclear: [], found: 0, required, requiredFound: 0 };
  // A band of equal score with fewer rows may have cut a merged header short: take in the rows it belongs with.
  let { top, n } = best;
  while (n < MAX_ROWS && top > 0 && mergedAcross(grid, top - 1)) (top--, n++);
  while (n < MAX_ROWS && top + n < grid.values.length && isSubHeader(grid, top, n)) n++;
  const cols = n === best.n ? best.cols : bandColumns(grid, top, n, ix);
  return { ...settle(grid, cols, ix), top, bottom: top + n - 1, ...scoreOf(cols, spec), required };
}

/** Whether a merged area of row `r` reaches down into row r + 1 (a name merged down over the header's rows). */
function mergedAcross(grid: Grid, r: number): boolean {
  const row = grid.values[r] ?? [];
  for (let c = 0; c < Math.max(row.length, (grid.values[r + 1] ?? []).length); c++) {
    const a = grid.areaAt(r, c);
    if (a >= 0 && grid.areaAt(r + 1, c) === a) return true;
  }
  return false;
}

/**
 * Whether the row under band [top, top + n) is more header: each of its filled cells the lower part of a name
 * merged down, or a child under a parent spanning several columns (加分 under 加减分) — never data under a name.
 */
function isSubHeader(grid: Grid, top: number, n: number): boolean {
  const r = top + n;
  const texts = bandTexts(grid, top, n + 1);
  const parents = texts[n - 1]!;
  const row = grid.values[r] ?? [];
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || readText(v) === null) continue;
    filled++;
    const a = grid.areaAt(r, c);
    if (a >= 0 && grid.areaTop(a) < r) continue;
    const parent = parents[c];
    const spans = parent != null && (parents[c - 1] === parent || parents[c + 1] === parent);
    if (typeof v !== 'string' || !spans) return false;
  }
  return filled > 0;
}

/** The chosen band's columns per field, and the parents whose field no single child names. */
function settle(grid: Grid, cols: readonly Column[], ix: NameIndex): Pick<HeaderBand, 'columns' | 'cells' | 'unclear'> {
  const columns: Record<string, number> = {};
  const cells: Record<string, string[]> = {};
  for (const col of cols) {
    if (!col.field) continue;
    (cells[col.field.key] ??= []).push(grid.address(col.leafRow, col.c));
    if (columns[col.field.key] === undefined) columns[col.field.key] = col.c;
  }
  // Children of one parent that name nothing: the parent's field, when it names one nobody else does.
  const unclear: { field: FieldSpec; cells: string[]; names: string[] }[] = [];
  const orphans = cols.filter((col) => !col.field && col.parent !== undefined);
  for (let i = 0; i < orphans.length; ) {
    const first = orphans[i]!;
    let j = i + 1;
    while (j < orphans.length && orphans[j]!.parent === first.parent && orphans[j]!.c === orphans[j - 1]!.c + 1) j++;
    const group = orphans.slice(i, j);
    i = j;
    const field = lookup(first.parent!, ix);
    if (!field || columns[field.key] !== undefined) continue;
    if (group.length === 1) {
      columns[field.key] = first.c;
      cells[field.key] = [grid.address(first.leafRow, first.c)];
      continue;
    }
    const names = group.map((g) => readText(grid.values[g.leafRow]?.[g.c] ?? null) ?? '');
    unclear.push({ field, cells: group.map((g) => grid.address(g.leafRow, g.c)), names });
  }
  return { columns, cells, unclear };
}

/** How many cells of a row name a field of `fields` (a header repeated, or a second table's header). */
export function namesInRow(row: readonly CellValue[], fields: readonly FieldSpec[]): number {
  const ix = indexOf(fields);
  let n = 0;
  for (const v of row) {
    if (typeof v !== 'string') continue;
    if (lookup(normalizeHeader(v), ix)) n++;
  }
  return n;
}
