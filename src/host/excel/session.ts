/**
 * One Excel.run's worth of state for ExcelWorkbook: the request context and what the first read learned
 * (sheet list, active sheet, settings, lists sheet width), so later calls in the same batch need no sync.
 */
import { a1, type CellValue } from '../../engine/core/cell';
import { LISTS_SHEET } from '../lists';
import { isPercentFormat } from '../number-format';
import { SETTINGS_SHEET } from '../port';
import type { Block } from '../port';
import { blockRect, rectAddress, splitSheet, widthOf } from '../range';
import { decodeSettings, encodeSettings, type Settings } from '../settings';
import type { NotesState } from './notes';

export interface SheetInfo {
  name: string;
  position: number;
}

export interface Session {
  readonly ctx: Excel.RequestContext;
  /** Cell notes are available (ExcelApi 1.18). */
  readonly notesOn: boolean;
  /** Where the workbook's notes are, learnt alongside the batch's syncs (excel/notes.ts). */
  notes?: NotesState;
  /** The workbook's tables (name and sheet), listed by the batch's first sync (excel/tables.ts). */
  tablesAll?: Excel.TableCollection;
  /** Ranges of the tables on sheets read by readTables, so tables() of those sheets needs no sync. */
  readonly tableRanges: Map<string, { name: string; range: Excel.Range }[]>;
  /** Table names of sheets read by readTables before the list was known: tables() syncs only when there are some. */
  readonly tableLists: Map<string, Excel.TableCollection>;
  /** Known after the first read of the batch (prime). */
  sheets?: SheetInfo[];
  active?: string;
  settings?: Settings;
  listsColumns?: number;
  settingsDirty: boolean;
  /** A sheet deletion is queued: the next sync must not look up notes, which may have gone with the sheet. */
  deletesPending?: boolean;
  /** Commands are queued that the next sync must send. */
  pending: boolean;
  /** context.sync() calls this batch has made (a command promises at most MAX_SYNCS). */
  syncs: number;
}

/** The most context.sync() calls one command (one batch) makes, whatever the row count. */
export const MAX_SYNCS = 3;

export const newSession = (ctx: Excel.RequestContext, notesOn: boolean): Session =>
  ({ ctx, notesOn, tableRanges: new Map(), tableLists: new Map(), settingsDirty: false, pending: false, syncs: 0 });

/** Loads queued by prime(), read back by primed() after the sync. */
export interface PrimeLoads {
  sheets?: Excel.WorksheetCollection;
  active?: Excel.Worksheet;
  settings?: Excel.Range;
}

/** Queues loads for whatever the session does not know yet; nothing when it is primed. */
export function prime(s: Session): PrimeLoads {
  if (s.sheets) return {};
  const wb = s.ctx.workbook;
  const sheets = wb.worksheets.load('items/name,items/position');
  const active = wb.worksheets.getActiveWorksheet().load('name');
  const settings = wb.worksheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true).load('values');
  return { sheets, active, settings };
}

/** After the sync: stores what prime() loaded. */
export function primed(s: Session, p: PrimeLoads): void {
  if (!p.sheets || !p.active || !p.settings) return;
  s.sheets = p.sheets.items.map((w) => ({ name: w.name, position: w.position }));
  s.active = p.active.name;
  s.settings = p.settings.isNullObject ? new Map() : decodeSettings(fromOffice(p.settings.values));
}

/**
 * prime() reads the settings through getItemOrNullObject(…).getUsedRangeOrNullObject(); should a host refuse that
 * chain on a missing sheet, this learns the same in two plain steps: the sheet list, then the add-in's sheets.
 */
export async function primeStepwise(s: Session, sync: (s: Session) => Promise<void>): Promise<void> {
  const wb = s.ctx.workbook;
  const sheets = wb.worksheets.load('items/name,items/position');
  const active = wb.worksheets.getActiveWorksheet().load('name');
  await sync(s);
  const names = new Set(sheets.items.map((w) => w.name));
  const used = (name: string) => (names.has(name) ? wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values') : undefined);
  const settings = used(SETTINGS_SHEET);
  if (settings) await sync(s);
  s.sheets = sheets.items.map((w) => ({ name: w.name, position: w.position }));
  s.active = active.name;
  s.settings = settings && !settings.isNullObject ? decodeSettings(fromOffice(settings.values)) : new Map();
}

/** How many columns of the lists sheet are taken (one sync, the first time a long list needs the sheet). */
export async function listsWidth(s: Session, sync: (s: Session) => Promise<void>): Promise<number> {
  if (s.listsColumns !== undefined) return s.listsColumns;
  if (!s.sheets!.some((w) => w.name === LISTS_SHEET)) return (s.listsColumns = 0);
  const used = s.ctx.workbook.worksheets.getItem(LISTS_SHEET).getUsedRangeOrNullObject(true).load('columnIndex,columnCount');
  await sync(s);
  return (s.listsColumns = used.isNullObject ? 0 : used.columnIndex + used.columnCount);
}

/** Office values → CellValue: "" (an empty cell) → null; errors keep their text ("#N/A"). */
export function fromOffice(values: unknown[][]): CellValue[][] {
  return values.map((row) =>
    row.map((v) => {
      if (v === '' || v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
      return String(v);
    }),
  );
}

/** "Sheet1!B2:D9" → "B2:D9". */
export const localAddress = (address: string): string => splitSheet(address).range;

/** Excel's serial number for a Date, time of day kept (UTC, as the engine's dateToSerial). */
export const serialOf = (d: Date): number => d.getTime() / 86400000 + 25569;
const hasTime = (d: Date): boolean => d.getTime() % 86400000 !== 0;

/** The number format matrix and values matrix for a block: strings as text ("@") so nothing becomes a formula. */
export function officeBlock(
  values: readonly (readonly CellValue[])[],
  width: number,
  textColumns: readonly number[],
): { formats: string[][]; values: (string | number | boolean)[][] } {
  const asText = new Set(textColumns);
  const formats: string[][] = [];
  const out: (string | number | boolean)[][] = [];
  for (const row of values) {
    const f: string[] = [];
    const v: (string | number | boolean)[] = [];
    for (let c = 0; c < width; c++) {
      const x = row[c] ?? null;
      if (x instanceof Date) {
        f.push(hasTime(x) ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd');
        v.push(serialOf(x));
      } else {
        f.push(typeof x === 'string' || asText.has(c) ? '@' : 'General');
        v.push(x === null ? '' : x);
      }
    }
    formats.push(f);
    out.push(v);
  }
  return { formats, values: out };
}

/** Queues the rewrite of the very-hidden settings sheet from the session's settings (created when missing). */
export function queueSettings(s: Session): void {
  const sheets = s.ctx.workbook.worksheets;
  if (!s.sheets!.some((w) => w.name.toLowerCase() === SETTINGS_SHEET.toLowerCase())) {
    sheets.add(SETTINGS_SHEET).visibility = 'VeryHidden';
    s.sheets!.push({ name: SETTINGS_SHEET, position: s.sheets!.length });
  }
  const ws = sheets.getItem(SETTINGS_SHEET);
  ws.getRange().clear('Contents');
  const rows = encodeSettings(s.settings!);
  const width = widthOf(rows);
  if (rows.length) {
    const block = officeBlock(rows, width, []);
    const range = ws.getRange(rectAddress(blockRect('A1', rows.length, width)));
    range.numberFormat = block.formats;
    range.values = block.values;
  }
  s.settingsDirty = false;
  s.pending = true;
}

/** A loaded range (maybe a null object) → Block; `sel` gives the selection's corner when nothing in it is used. */
export function blockOf(r: Excel.Range, sel?: Excel.Range, sheet?: string): Block {
  if (r.isNullObject) {
    if (!sel) return { sheet: sheet ?? '', address: 'A1', origin: { row: 1, col: 1 }, values: [] };
    const corner = localAddress(sel.address).split(':')[0]!;
    return { sheet: sheet ?? splitSheet(sel.address).sheet ?? '', address: corner, origin: { row: sel.rowIndex + 1, col: sel.columnIndex + 1 }, values: [] };
  }
  const origin = { row: r.rowIndex + 1, col: r.columnIndex + 1 };
  const values = fromOffice(r.values);
  const percentFormats = percentCells(values, r.numberFormat as unknown[][] | undefined, origin);
  return {
    sheet: sheet ?? splitSheet(r.address).sheet ?? '',
    address: localAddress(r.address),
    origin,
    values,
    ...(percentFormats ? { percentFormats } : {}),
  };
}

/** The cells holding a value whose loaded number format is a percentage, address → format (Block.percentFormats). */
function percentCells(values: readonly (readonly CellValue[])[], formats: readonly (readonly unknown[])[] | undefined, origin: { row: number; col: number }): Record<string, string> | undefined {
  if (!Array.isArray(formats)) return undefined;
  let out: Record<string, string> | undefined;
  formats.forEach((line, i) => {
    if (!Array.isArray(line)) return;
    line.forEach((f, j) => {
      if (typeof f === 'string' && isPercentFormat(f) && values[i]?.[j] !== null && values[i]?.[j] !== undefined) (out ??= {})[a1(origin.row + i, origin.col + j)] = f;
    });
  });
  return out;
}
