import { columnLetters, isExcelError, type CellValue, type Origin } from './cell';
import { cleanText, isBlank, isCleanText, readDate, readNumber, readText } from './coerce';
import { readBody, type BodyRow } from './body';
import { gridOf, type Grid } from './grid';
import { findHeaderBand, normalizeHeader, type HeaderBand } from './header';
import { makeIssue, type Issue } from './issue';
import { nameKey } from './names';
import type { FieldSpec, ParsedRow, ParsedTable, ParsedValue, TableSpec } from './table-types';

export type { FieldSpec, FieldType, ParsedRow, ParsedTable, ParsedValue, TableSpec } from './table-types';
export { matchHeader, normalizeHeader, type HeaderBand } from './header';

/** A block of a sheet as the engine reads it: its values, rows × columns, and where its top-left cell sits. */
export interface TableInput {
  readonly values: readonly (readonly CellValue[])[];
  readonly origin: Origin;
}

const choiceIndexes = new WeakMap<FieldSpec, Map<string, string>>();

/** A choice field's spellings, normalised once per field spec: normalised spelling → code. */
function choiceIndex(f: FieldSpec): Map<string, string> {
  let m = choiceIndexes.get(f);
  if (!m) {
    m = new Map(Object.entries(f.choices ?? {}).map(([k, code]) => [normalizeHeader(k), code]));
    choiceIndexes.set(f, m);
  }
  return m;
}

/** Read one cell by its field's type; pushes issues and returns the value (undefined when unusable). */
export function readField(
  f: FieldSpec,
  v: CellValue | undefined,
  at: { cell: string; row: number; sheet?: string | undefined },
  issues: Issue[],
): ParsedValue | undefined {
  const loc = { field: f.label.zh, cell: at.cell, row: at.row, sheet: at.sheet };
  const fieldEn = f.label.en;
  const blank = f.blank ?? (f.type === 'text' ? 'null' : 'error');
  const onBlank = (): ParsedValue | undefined => {
    if (blank === 'zero') return 0;
    if (blank === 'null') return null;
    // "a blank is not read as 0" only means something for numbers.
    const code = f.type === 'number' || f.type === 'count' ? 'cell.blank-required' : 'cell.blank-text';
    issues.push(makeIssue(code, { fieldEn }, loc));
    return undefined;
  };
  // An Excel error value (#N/A, #REF! …) is never a name, a date or a choice: the formula behind it is broken.
  if (f.type !== 'number' && f.type !== 'count' && v !== undefined && isExcelError(v)) {
    issues.push(makeIssue('cell.excel-error', { fieldEn, value: cleanText(v).toUpperCase() }, loc));
    return undefined;
  }
  switch (f.type) {
    case 'text':
      return readText(v ?? null) ?? onBlank();
    case 'date': {
      if (readText(v ?? null) === null) return onBlank();
      const d = readDate(v ?? null);
      if (!d) issues.push(makeIssue('cell.not-a-date', { fieldEn, value: readText(v ?? null) ?? '' }, loc));
      return d;
    }
    case 'choice': {
      const t = readText(v ?? null);
      if (t === null) return onBlank();
      const hit = choiceIndex(f).get(normalizeHeader(t));
      if (hit === undefined) {
        issues.push(makeIssue('cell.bad-choice', { fieldEn, value: t, choices: Object.keys(f.choices ?? {}).join('/') }, loc));
        return undefined;
      }
      return hit;
    }
    case 'number':
    case 'count': {
      const r = readNumber(v);
      if (!r.ok) {
        if (r.kind === 'blank') return onBlank();
        issues.push(makeIssue(r.kind === 'excel-error' ? 'cell.excel-error' : 'cell.not-a-number', { fieldEn, value: r.text }, loc));
        return undefined;
      }
      if (r.coerced) issues.push(makeIssue('cell.coerced', { fieldEn, value: String(v), number: r.value }, loc));
      if (f.type === 'count' && (!Number.isInteger(r.value) || r.value < 0)) {
        issues.push(makeIssue('cell.not-whole', { fieldEn, value: r.value }, loc));
        return undefined;
      }
      if ((f.min !== undefined && r.value < f.min) || (f.max !== undefined && r.value > f.max)) {
        issues.push(makeIssue('cell.out-of-range', { fieldEn, value: r.value, range: `${f.min ?? '-∞'}–${f.max ?? '∞'}` }, loc));
        return undefined;
      }
      return r.value;
    }
  }
}

/** A row with nothing in it (every cell blank). */
export const isBlankRow = (row: readonly CellValue[]): boolean => row.every(isBlank);

/** Where a block's header is and which columns it names (one to three rows, merged cells counted): for telling tables apart. */
export function findHeader(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = { row: 1, col: 1 }): HeaderBand {
  return headerBand(values, spec, origin, () => gridOf(values, origin));
}

/** The rows a header search reads (SCAN_ROWS and a three-row band below the last), kept to tell a memo still holds. */
const HEAD_ROWS = 33;

interface KnownBand {
  readonly row: number;
  readonly col: number;
  readonly merges: string;
  readonly length: number;
  readonly head: readonly (readonly CellValue[])[];
  readonly band: HeaderBand;
}

/**
 * Header bands found, per block and spec: a sheet's kind is detected by trying each spec's header on it, then its
 * validation and its reading find the same header again. The band is reused only while every input it was found
 * from is the same (origin, merged areas, row count, the cells of the rows searched), so it is the band a fresh
 * search would give.
 */
const knownBands = new WeakMap<readonly (readonly CellValue[])[], Map<TableSpec, KnownBand>>();

function headerBand(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin, grid: () => Grid): HeaderBand {
  const merges = (origin.layout?.merges ?? []).join('|');
  const bySpec = knownBands.get(values);
  const known = bySpec?.get(spec);
  if (known && known.row === origin.row && known.col === origin.col && known.merges === merges && known.length === values.length && sameHead(known.head, values)) return known.band;
  const band = findHeaderBand(grid(), spec);
  const head = values.slice(0, HEAD_ROWS).map((r) => [...r]);
  const entry: KnownBand = { row: origin.row, col: origin.col, merges, length: values.length, head, band };
  if (bySpec) bySpec.set(spec, entry);
  else knownBands.set(values, new Map([[spec, entry]]));
  return band;
}

function sameHead(head: readonly (readonly CellValue[])[], values: readonly (readonly CellValue[])[]): boolean {
  for (let r = 0; r < head.length; r++) {
    const a = head[r]!;
    const b = values[r]!;
    if (a.length !== b.length) return false;
    for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  }
  return true;
}

/** A table's layout before any cell is read by type: where its header is, which columns hold which fields, its data rows. */
export interface TableScan {
  readonly sheet: string | undefined;
  readonly grid: Grid;
  readonly band: HeaderBand;
  readonly headerTop: number;
  readonly headerRow: number;
  /** Field key → block column (0-based). */
  readonly index: Readonly<Record<string, number>>;
  /** Field key → sheet column (1-based). */
  readonly columns: Readonly<Record<string, number>>;
  readonly rows: readonly BodyRow[];
  /** Header problems (no header, missing, doubled or unclear columns), table.empty, and notes on rows not read as data. */
  readonly issues: readonly Issue[];
  /** The header names every required field (the rows may be read). */
  readonly usable: boolean;
}

/**
 * Find a table as offices keep it: the header (one to three rows, merged parents over children, below titles and
 * 填报 lines) by Chinese or English names, then the data rows under it (see body.ts for the rows that are not).
 */
export function scanTable(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = { row: 1, col: 1 }): TableScan {
  const sheet = origin.sheet;
  const grid = gridOf(values, origin);
  const issues: Issue[] = [];
  const blank = values.every((row) => row.every(isBlank));
  const band = blank ? findHeaderBand(gridOf([], origin), spec) : headerBand(values, spec, origin, () => grid);
  const headerTop = origin.row + Math.max(band.top, 0);
  const headerRow = origin.row + Math.max(band.bottom, 0);
  const base = { sheet, grid, band, headerTop, headerRow, index: band.columns, columns: toSheetColumns(band.columns, origin), issues };
  if (blank) return { ...base, rows: [], usable: false, issues: [makeIssue('table.empty', {}, { sheet })] };
  for (const f of spec.fields) {
    const cells = band.cells[f.key];
    if (cells && cells.length > 1) {
      issues.push(makeIssue('table.duplicate-column', { fieldEn: f.label.en, cells: cells.join(', ') }, { field: f.label.zh, sheet, row: headerRow, cell: cells[1] }));
    }
  }
  for (const u of band.unclear) {
    const names = u.names.map((n, i) => `${u.cells[i]}“${n}”`).join('、');
    const namesEn = u.names.map((n, i) => `${u.cells[i]} "${n}"`).join(', ');
    issues.push(makeIssue('table.unclear-column', { fieldEn: u.field.label.en, names, namesEn }, { field: u.field.label.zh, sheet, row: headerRow, cell: u.cells[0] }));
  }
  const body = band.top < 0 ? undefined : readBody(grid, band, spec);
  const required = spec.fields.filter((f) => f.required);
  // A group column's place may be taken by group headings (一、乡镇 …) over the rows.
  const unclear = new Set(band.unclear.map((u) => u.field.key));
  const missing = required.filter((f) => band.columns[f.key] === undefined && !unclear.has(f.key) && !(f.key === spec.groupBy && body !== undefined && body.headings > 0));
  if (band.top < 0 || missing.length > 0 || unclear.size > 0) {
    if (band.top < 0 || (missing.length === required.length && missing.length > 0)) {
      issues.push(makeIssue('table.no-header', { missing: missing.map((f) => f.label.zh).join('、'), missingEn: missing.map((f) => f.label.en).join(', ') }, { sheet }));
    } else {
      for (const f of missing) issues.push(makeIssue('table.missing-column', { fieldEn: f.label.en }, { field: f.label.zh, sheet, row: headerRow }));
    }
    return { ...base, rows: [], usable: false };
  }
  issues.push(...body!.issues);
  if (body!.rows.length === 0 && !spec.optionalRows) {
    issues.push(makeIssue('table.empty', { row: headerRow }, { sheet, row: headerRow }));
  }
  return { ...base, rows: body!.rows, usable: true };
}

/**
 * Read a table: find it (scanTable), then read every data row by its fields' types, keeping each cell's address
 * (a merged cell's top-left). One pass; every problem becomes an issue. Rows with an unusable required value are
 * kept out of `rows` (their issues say why). A formula without a computed value is an error on its cell, never a blank.
 */
export function readTable(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = { row: 1, col: 1 }): ParsedTable {
  const scan = scanTable(values, spec, origin);
  const { sheet, grid } = scan;
  const issues = [...scan.issues];
  const out = { sheet, headerTop: scan.headerTop, headerRow: scan.headerRow, columns: scan.columns, grid: grid.values, issues };
  if (!scan.usable) return { ...out, rows: [], dataRows: [] };
  const rows: ParsedRow[] = [];
  const keyFirst = new Map<string, number>();
  // Per present field: its column index and letters, and whether plain values may skip readField.
  const present = spec.fields.flatMap((f) => {
    const i = scan.index[f.key];
    if (i === undefined) return [];
    const plainNumber = f.type === 'number' && f.min === undefined && f.max === undefined;
    return [{ f, i, letters: columnLetters(origin.col + i), plainNumber, plainText: f.type === 'text' }];
  });
  const headingField = spec.groupBy !== undefined && scan.index[spec.groupBy] === undefined ? spec.fields.find((f) => f.key === spec.groupBy) : undefined;
  const merged = grid.merged;
  const uncomputed = grid.hasUncomputed;
  for (const { r, row: sheetRow, group } of scan.rows) {
    const raw = grid.values[r] ?? [];
    const vals: Record<string, ParsedValue> = {};
    const cells: Record<string, string> = {};
    let usable = true;
    for (const p of present) {
      const cell = merged ? grid.address(r, p.i) : p.letters + sheetRow;
      cells[p.f.key] = cell;
      if (uncomputed && grid.isUncomputed(r, p.i)) {
        issues.push(makeIssue('cell.uncomputed', { fieldEn: p.f.label.en }, { field: p.f.label.zh, cell, row: sheetRow, sheet }));
        usable = false;
        continue;
      }
      const c = raw[p.i];
      // Fast paths give exactly what readField would: a finite number as is, clean text as is (unless it may be #N/A …).
      if (p.plainNumber && typeof c === 'number' && Number.isFinite(c)) vals[p.f.key] = c;
      else if (p.plainText && typeof c === 'string' && isCleanText(c) && c.charCodeAt(0) !== 0x23) vals[p.f.key] = c;
      else {
        const v = readField(p.f, c, { cell, row: sheetRow, sheet }, issues);
        if (v === undefined) usable = false;
        else vals[p.f.key] = v;
      }
    }
    if (headingField) {
      if (group) {
        vals[headingField.key] = group.value;
        cells[headingField.key] = group.cell;
      } else if (headingField.required) {
        issues.push(makeIssue('table.row-no-group', { row: sheetRow, fieldEn: headingField.label.en }, { field: headingField.label.zh, row: sheetRow, sheet }));
        usable = false;
      }
    }
    if (spec.key !== undefined) {
      const k = vals[spec.key];
      const cell = cells[spec.key];
      if (typeof k === 'string' && cell !== undefined) {
        const name = nameKey(k);
        const first = keyFirst.get(name);
        if (first !== undefined) {
          const f = spec.fields.find((x) => x.key === spec.key);
          issues.push(makeIssue('table.duplicate-key', { value: k, firstRow: first }, { field: f?.label.zh, cell, row: sheetRow, sheet }));
          usable = false;
        } else keyFirst.set(name, sheetRow);
      }
    }
    if (usable) rows.push({ row: sheetRow, values: vals, cells });
  }
  return { ...out, rows, dataRows: scan.rows.map((r) => r.row) };
}

function toSheetColumns(columns: Readonly<Record<string, number>>, origin: Origin): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, i] of Object.entries(columns)) out[k] = origin.col + i;
  return out;
}
