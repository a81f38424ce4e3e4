/**
 * One batch's worth of state for WpsWorkbook. ET is synchronous, so reads happen at once; every change is queued and
 * run by the batch's end, in order, so a throw before the end writes nothing (as Excel's one final sync). A read of
 * cells after queued changes runs them first, so it sees them — as a later Excel sync sends queued writes.
 * What the batch learnt and changed (sheet list, active sheet, settings) is kept here, so later calls agree with the
 * queued changes before they are made.
 */
import { HostError, isHostError } from '../errors';
import { HIDDEN_SHEETS } from '../lists';
import { SETTINGS_SHEET } from '../port';
import { decodeSettings, type Settings } from '../settings';
import type { EtApp, EtSheet, EtWorkbook } from './et';
import { usedValues } from './read';

export interface SheetInfo {
  name: string;
  visible: number;
}

export interface WpsSession {
  readonly app: EtApp;
  readonly book: EtWorkbook;
  /** Every sheet in tab order, the add-in's very hidden ones included, as the queued changes will leave them. */
  sheets: SheetInfo[];
  active: string;
  settings: Settings;
  settingsDirty: boolean;
  /** Columns of the lists sheet taken, once asked. */
  listsColumns?: number;
  readonly queue: (() => void)[];
}

/** The failure of an ET call as a HostError people can read. */
export function etFailed(e: unknown): HostError {
  if (isHostError(e)) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new HostError('host-failed', { host: 'WPS', detail: msg }, { cause: e });
}

/** Runs `fn` on the ET model, turning its failures into HostError 'host-failed'. */
export function et<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw etFailed(e);
  }
}

export const noWorkbook = (): HostError => new HostError('host-unavailable', { host: 'WPS' });

/** Opens a batch: the sheet list, the active sheet and the settings, read at once. */
export function openSession(app: EtApp): WpsSession {
  return et(() => {
    const book = app.ActiveWorkbook;
    if (!book) throw noWorkbook();
    const all = book.Worksheets;
    const sheets: SheetInfo[] = [];
    for (let i = 1; i <= all.Count; i++) {
      const ws = all.Item(i);
      sheets.push({ name: ws.Name, visible: ws.Visible });
    }
    const active = app.ActiveSheet?.Name ?? sheets.find((s) => !HIDDEN_SHEETS.has(s.name))?.name ?? '';
    const settingsSheet = sheets.find((s) => s.name === SETTINGS_SHEET);
    const settings = settingsSheet ? decodeSettings(usedValues(all.Item(SETTINGS_SHEET)).values) : new Map<string, string>();
    return { app, book, sheets, active, settings, settingsDirty: false, queue: [] };
  });
}

/** The sheet holding `name` (any case), if any. */
export function findSheet(s: WpsSession, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return s.sheets.find((w) => w.name.toLowerCase() === lower);
}

/** The ET worksheet named `name` now (at flush time). */
export const sheetOf = (s: WpsSession, name: string): EtSheet => s.book.Worksheets.Item(name);

/** Runs the queued changes now, in order (a read about to look at cells, or the batch's end). */
export function runQueue(s: WpsSession): void {
  if (s.queue.length === 0) return;
  const ops = s.queue.splice(0);
  const screen = s.app.ScreenUpdating;
  et(() => {
    s.app.ScreenUpdating = false; // one repaint for the whole batch, not one per range
    try {
      for (const op of ops) op();
    } finally {
      s.app.ScreenUpdating = screen;
    }
  });
}
