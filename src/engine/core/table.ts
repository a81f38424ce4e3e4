import { a1, columnLetters, type CellValue, type Origin } from './cell';
import { cleanText, halfWidth, isBlank, isCleanText, readDate, readNumber, readText, type YMD } from './coerce';
import { makeIssue, type Issue } from './issue';
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
  /** Other header spellings, either language. Matching ignores case, spaces, full width and a trailing (…) note. */
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

/** A block of a sheet as the engine reads it: its values, rows × columns, and where its top-left cell sits. */
export interface TableInput {
  readonly values: readonly (readonly CellValue[])[];
  readonly origin: Origin;
}

export interface TableSpec {
  /** What the table is, for messages. */
  readonly name: Text;
  readonly fields: readonly FieldSpec[];
  /** A field whose values must be unique (e.g. the unit name). */
  readonly key?: string;
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
  /** Sheet row of the header. */
  readonly headerRow: number;
  /** Sheet column (1-based) of each field found. */
  readonly columns: Readonly<Record<string, number>>;
  readonly rows: readonly ParsedRow[];
  readonly issues: readonly Issue[];
}

/** Header text → comparable form: half width, lower case, no spaces or line breaks. */
export function normalizeHeader(h: string): string {
  return halfWidth(cleanText(h)).toLowerCase().replace(/[\s_\-]+/g, '');
}

const stripNote = (h: string): string => h.replace(/[(（\[【][^)）\]】]*[)）\]】]$/, '');

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

/** Which field a header cell names, if any. */
export function matchHeader(cell: CellValue | undefined, fields: readonly FieldSpec[]): FieldSpec | undefined {
  const t = readText(cell ?? null);
  if (t === null) return undefined;
  const n = normalizeHeader(t);
  const bare = stripNote(n);
  return fields.find((f) => headerNames(f).includes(n)) ?? fields.find((f) => headerNames(f).includes(bare));
}

/** Scan the first rows for the one that names the most fields; prefer one naming every required field. */
function findHeader(values: readonly (readonly CellValue[])[], spec: TableSpec): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(values.length, 30);
  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    const found = new Set<string>();
    for (const c of row) {
      const f = matchHeader(c, spec.fields);
      if (f) found.add(f.key);
    }
    const required = spec.fields.filter((f) => f.required).every((f) => found.has(f.key));
    const score = found.size + (required ? 1000 : 0);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
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

/**
 * Read a table: find its header row by Chinese or English names, then read every row
 * by its fields' types, keeping each cell's address. One pass; every problem becomes an issue.
 * Rows with an unusable required value are kept out of `rows` (their issues say why).
 */
export function readTable(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = { row: 1, col: 1 }): ParsedTable {
  const issues: Issue[] = [];
  const sheet = origin.sheet;
  const base = { sheet, headerRow: origin.row, columns: {}, rows: [] };
  if (values.length === 0 || values.every(isBlankRow)) {
    return { ...base, issues: [makeIssue('table.empty', {}, { sheet })] };
  }
  const h = findHeader(values, spec);
  const headerCells = h >= 0 ? (values[h] ?? []) : [];
  const columns: Record<string, number> = {};
  const seen: Record<string, string[]> = {};
  headerCells.forEach((c, i) => {
    const f = matchHeader(c, spec.fields);
    if (!f) return;
    const addr = a1(origin.row + h, origin.col + i);
    (seen[f.key] ??= []).push(addr);
    if (columns[f.key] === undefined) columns[f.key] = i;
  });
  const headerRow = origin.row + Math.max(h, 0);
  for (const f of spec.fields) {
    const cells = seen[f.key];
    if (cells && cells.length > 1) {
      issues.push(makeIssue('table.duplicate-column', { fieldEn: f.label.en, cells: cells.join(', ') }, { field: f.label.zh, sheet, row: headerRow, cell: cells[1] }));
    }
  }
  const missing = spec.fields.filter((f) => f.required && columns[f.key] === undefined);
  if (h < 0 || missing.length > 0) {
    if (h < 0 || missing.length === spec.fields.filter((f) => f.required).length) {
      issues.push(makeIssue('table.no-header', { missing: missing.map((f) => f.label.zh).join('、'), missingEn: missing.map((f) => f.label.en).join(', ') }, { sheet }));
    } else {
      for (const f of missing) issues.push(makeIssue('table.missing-column', { fieldEn: f.label.en }, { field: f.label.zh, sheet, row: headerRow }));
    }
    return { ...base, headerRow, columns: toSheetColumns(columns, origin), issues };
  }
  const rows: ParsedRow[] = [];
  const keyFirst = new Map<string, number>();
  // Per present field: its column index and letters, and whether plain values may skip readField.
  const present = spec.fields.flatMap((f) => {
    const i = columns[f.key];
    if (i === undefined) return [];
    const plainNumber = f.type === 'number' && f.min === undefined && f.max === undefined;
    return [{ f, i, letters: columnLetters(origin.col + i), plainNumber, plainText: f.type === 'text' }];
  });
  for (let r = h + 1; r < values.length; r++) {
    const raw = values[r] ?? [];
    if (isBlankRow(raw)) continue;
    const sheetRow = origin.row + r;
    const vals: Record<string, ParsedValue> = {};
    const cells: Record<string, string> = {};
    let usable = true;
    for (const p of present) {
      const cell = p.letters + sheetRow;
      cells[p.f.key] = cell;
      const c = raw[p.i];
      // Fast paths give exactly what readField would: a finite number as is, clean text as is.
      if (p.plainNumber && typeof c === 'number' && Number.isFinite(c)) vals[p.f.key] = c;
      else if (p.plainText && typeof c === 'string' && isCleanText(c)) vals[p.f.key] = c;
      else {
        const v = readField(p.f, c, { cell, row: sheetRow, sheet }, issues);
        if (v === undefined) usable = false;
        else vals[p.f.key] = v;
      }
    }
    if (spec.key !== undefined) {
      const k = vals[spec.key];
      const cell = cells[spec.key];
      if (typeof k === 'string' && cell !== undefined) {
        const first = keyFirst.get(k);
        if (first !== undefined) {
          const f = spec.fields.find((x) => x.key === spec.key);
          issues.push(makeIssue('table.duplicate-key', { value: k, firstRow: first }, { field: f?.label.zh, cell, row: sheetRow, sheet }));
          usable = false;
        } else keyFirst.set(k, sheetRow);
      }
    }
    if (usable) rows.push({ row: sheetRow, values: vals, cells });
  }
  return { ...base, headerRow, columns: toSheetColumns(columns, origin), rows, issues };
}

function toSheetColumns(columns: Record<string, number>, origin: Origin): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, i] of Object.entries(columns)) out[k] = origin.col + i;
  return out;
}
