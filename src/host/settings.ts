/**
 * Settings and ownership records, kept as rows of the very-hidden SETTINGS_SHEET: column A the key,
 * columns B… the value in chunks (a cell holds at most 32,767 characters; a scheme can be longer).
 */
import type { CellValue } from '../engine/core/cell';
import { sheetExists, sheetNotOwned } from './errors';
import { MARKS_KEY_PREFIX, OWNED_SHEETS_KEY } from './port';

const CHUNK = 30000;

export type Settings = Map<string, string>;

/** Settings → a rectangular block for the settings sheet, keys sorted so output is stable. */
export function encodeSettings(settings: Settings): CellValue[][] {
  const rows = [...settings.keys()].sort().map((key) => {
    const value = settings.get(key) ?? '';
    const chunks: CellValue[] = [];
    for (let i = 0; i < value.length; i += CHUNK) chunks.push(value.slice(i, i + CHUNK));
    return [key, ...(chunks.length ? chunks : [''])];
  });
  const width = rows.reduce((w, r) => Math.max(w, r.length), 2);
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}

/** The settings sheet's values → settings; rows without a text key are ignored. */
export function decodeSettings(values: readonly (readonly CellValue[])[]): Settings {
  const out: Settings = new Map();
  for (const row of values) {
    const key = row[0];
    if (typeof key !== 'string' || key === '') continue;
    out.set(key, row.slice(1).map((v) => (v === null ? '' : String(v))).join(''));
  }
  return out;
}

function readList(settings: Settings, key: string): string[] {
  const raw = settings.get(key);
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return []; // a hand-edited record that no longer parses owns nothing: safer than claiming user sheets
  }
}

function writeList(settings: Settings, key: string, list: readonly string[]): void {
  if (list.length === 0) settings.delete(key);
  else settings.set(key, JSON.stringify([...new Set(list)]));
}

export const ownedSheets = (s: Settings): string[] => readList(s, OWNED_SHEETS_KEY);

export function setOwnedSheet(s: Settings, name: string, own: boolean): void {
  const rest = ownedSheets(s).filter((n) => n !== name);
  writeList(s, OWNED_SHEETS_KEY, own ? [...rest, name] : rest);
}

/** Settings key prefix listing the cells whose note the add-in wrote (a user's own note is never replaced). */
export const NOTES_KEY_PREFIX = 'perf.notes:';

export const markedCells = (s: Settings, sheet: string): string[] => readList(s, MARKS_KEY_PREFIX + sheet);
export const notedCells = (s: Settings, sheet: string): string[] => readList(s, NOTES_KEY_PREFIX + sheet);

export function setNotedCells(s: Settings, sheet: string, cells: readonly string[]): void {
  writeList(s, NOTES_KEY_PREFIX + sheet, cells);
}

export function setMarkedCells(s: Settings, sheet: string, cells: readonly string[]): void {
  writeList(s, MARKS_KEY_PREFIX + sheet, cells);
}

/** Groups marks' cells by kind, so each kind is filled with one multi-area range. */
export function cellsByKind<K extends string>(marks: readonly { cell: string; kind: K }[]): Map<K, string[]> {
  const out = new Map<K, string[]>();
  for (const m of marks) {
    const list = out.get(m.kind);
    if (list) list.push(m.cell.toUpperCase());
    else out.set(m.kind, [m.cell.toUpperCase()]);
  }
  return out;
}

/**
 * What addSheet may do with `existing` (the sheet already holding that name, if any): add a new sheet, replace
 * the add-in's own one, or refuse — a sheet the add-in does not own is never replaced.
 */
export function decideAddSheet(existing: string | undefined, s: Settings, replaceOwn: boolean): 'add' | 'replace' {
  if (existing === undefined) return 'add';
  if (!ownedSheets(s).includes(existing)) throw sheetNotOwned(existing);
  if (!replaceOwn) throw sheetExists(existing);
  return 'replace';
}
