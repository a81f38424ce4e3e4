/**
 * WpsWorkbook: the port on WPS 表格's synchronous object model (ET). Reads happen at once (one Value2 per block);
 * changes are queued and run at the end of the batch (see session.ts), so a throw before the end writes nothing,
 * as in Excel. Every write is one Value2 assignment after its number formats; fills, formats, lists and
 * conditional colours go by range. Settings and ownership live in the very hidden SETTINGS_SHEET, as in every adapter.
 * One instance serves one command at a time (its batch state is per instance).
 */
import type { CellValue } from '../../engine/core/cell';
import { sheetMissing } from '../errors';
import { HIDDEN_SHEETS, LISTS_SHEET, listSource } from '../lists';
import type {
  AddSheetOptions, Block, ChartSpec, ColorRule, Mark, PageSetup, RangeFormat, Snapshot, SnapshotOptions, TableRef, Workbook, WriteOptions,
} from '../port';
import { printAreaOf } from '../page';
import { parseRange, rectAddress } from '../range';
import { decideAddSheet, ownedSheets, setOwnedSheet } from '../settings';
import type { EtApiEvent, EtApp, EtRange, EtSheet } from './et';
import { addEtChart, applyColors, applyFormat, applyList, applyPage } from './format';
import { queueMarks } from './marks';
import { blockOf, readRect, selectedRect, selectionBlock, usedValues, type Read } from './read';
import { et, findSheet, openSession, runQueue, sheetOf, type WpsSession } from './session';
import { addEtSheet, hiddenSheet, listsWidth, writeSettings, writeValues } from './write';

export interface WpsOptions {
  /** The ET Application (window.Application in WPS). */
  readonly app: EtApp;
  /** wps.ApiEvent (or Application.ApiEvent): selection changes; without it the port has no onSelectionChanged. */
  readonly events?: EtApiEvent | undefined;
}

/** Ends a batch: the settings sheet, then every queued change, in order. */
function finish(s: WpsSession): void {
  if (s.settingsDirty) s.queue.push(() => writeSettings(s));
  runQueue(s);
}

export class WpsWorkbook implements Workbook {
  readonly kind = 'wps' as const;
  readonly can = { charts: true, selection: true, tables: true } as const;
  private session: WpsSession | undefined;
  readonly onSelectionChanged?: (cb: (sel: { sheet: string; address: string }) => void) => Promise<() => Promise<void>>;

  constructor(private readonly opts: WpsOptions) {
    const events = opts.events;
    if (events) this.onSelectionChanged = async (cb) => this.listen(events, cb);
  }

  async sheetNames(): Promise<string[]> {
    return this.use((s) => s.sheets.filter((w) => !HIDDEN_SHEETS.has(w.name)).map((w) => w.name));
  }
  async activeSheet(): Promise<string> {
    return this.use((s) => s.active);
  }
  async activateSheet(name: string): Promise<void> {
    this.use((s) => {
      const sheet = this.known(s, name);
      s.active = sheet;
      s.queue.push(() => sheetOf(s, sheet).Activate());
    });
  }

  async snapshot(sheet?: string, opts: SnapshotOptions = {}): Promise<Snapshot> {
    return this.use((s) => {
      const name = sheet === undefined ? s.active : this.known(s, sheet);
      const ws = this.cells(s, name);
      const used = et(() => usedValues(ws));
      const also = (opts.also ?? [])
        .map((n) => findSheet(s, n)?.name)
        .filter((n): n is string => n !== undefined && !HIDDEN_SHEETS.has(n))
        .map((n) => this.usedBlock(s, n));
      return {
        sheets: s.sheets.filter((w) => !HIDDEN_SHEETS.has(w.name)).map((w) => w.name),
        active: s.active,
        selection: this.selection(s, { sheet: name, read: used }),
        sheet: name,
        tables: this.tableRefs(ws, name),
        used: et(() => blockOf(ws, name, used)),
        ...(opts.also ? { also } : {}),
      };
    });
  }
  async readTable(sheet: string, range?: string): Promise<Block> {
    return this.use((s) => {
      const name = this.known(s, sheet);
      if (range === undefined) return this.usedBlock(s, name);
      const r = parseRange(range);
      const ws = this.cells(s, name);
      return et(() => blockOf(ws, name, { rect: r, values: readRect(ws, r) }));
    });
  }
  async readTables(sheets: readonly string[]): Promise<Block[]> {
    return this.use((s) => sheets.map((n) => this.known(s, n)).map((name) => this.usedBlock(s, name)));
  }
  /**
   * Activates `sheet` and selects `address` on it (an issue clicked in the pane). Not a port method: Excel's pane
   * glue selects through Office.js itself; here it is one more queued change, run when the batch ends.
   */
  async selectRange(sheet: string, address: string): Promise<void> {
    this.use((s) => {
      const name = this.known(s, sheet);
      const where = rectAddress(parseRange(address)); // a bad address fails now, not at the end of the batch
      s.active = name;
      s.queue.push(() => {
        const ws = sheetOf(s, name);
        ws.Activate(); // ET selects only on the active sheet
        ws.Range(where).Select();
      });
    });
  }
  async readSelection(): Promise<Block | null> {
    return this.use((s) => {
      runQueue(s);
      return this.selection(s);
    });
  }
  async tables(sheet: string): Promise<TableRef[]> {
    return this.use((s) => {
      const name = this.known(s, sheet);
      return this.tableRefs(sheetOf(s, name), name);
    });
  }

  async write(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: WriteOptions = {}): Promise<void> {
    this.use((s) => {
      const name = this.known(s, sheet);
      parseRange(topLeft); // a bad address fails now, not at the end of the batch
      const rows = values.map((r) => [...r]);
      const text = [...(opts.textColumns ?? [])];
      s.queue.push(() => writeValues(sheetOf(s, name), topLeft, rows, text));
    });
  }

  async mark(sheet: string, marks: readonly Mark[]): Promise<void> {
    this.use((s) => queueMarks(s, this.known(s, sheet), marks.map((m) => ({ ...m })), false));
  }
  async clearMarks(sheet: string): Promise<void> {
    this.use((s) => queueMarks(s, this.known(s, sheet), [], true));
  }

  async addSheet(name: string, opts: AddSheetOptions = {}): Promise<void> {
    this.use((s) => {
      const existing = findSheet(s, name);
      const action = decideAddSheet(existing?.name, s.settings, opts.replaceOwn ?? false);
      if (action === 'replace' && existing) {
        const old = existing.name;
        existing.name = name;
        s.queue.push(() => this.replaceSheet(s, old, name));
      } else {
        s.sheets.push({ name, visible: -1 });
        s.queue.push(() => void addEtSheet(s, name));
      }
      setOwnedSheet(s.settings, name, true);
      s.settingsDirty = true;
    });
  }
  async isOwnSheet(name: string): Promise<boolean> {
    return this.use((s) => {
      const found = findSheet(s, name);
      return found !== undefined && ownedSheets(s.settings).includes(found.name);
    });
  }

  async conditionalColors(sheet: string, range: string, rules: readonly ColorRule[]): Promise<void> {
    this.onRange(sheet, range, (r) => applyColors(r, rules.map((x) => ({ ...x }))));
  }
  async formatRange(sheet: string, range: string, fmt: RangeFormat): Promise<void> {
    this.onRange(sheet, range, (r) => applyFormat(r, { ...fmt }));
  }
  async addChart(sheet: string, spec: ChartSpec): Promise<boolean> {
    if (spec.series.length === 0) return false;
    this.use((s) => {
      const name = this.known(s, sheet);
      s.queue.push(() => addEtChart(sheetOf(s, name), spec));
    });
    return true;
  }
  async validationList(sheet: string, range: string, items: readonly string[]): Promise<void> {
    this.use((s) => {
      const name = this.known(s, sheet);
      const rect = parseRange(range);
      const list = [...items];
      s.queue.push(() => {
        const formula = listSource(list, (column, values) => {
          writeValues(hiddenSheet(s, LISTS_SHEET), `${column}1`, values.map((v) => [v]), [0]);
          s.listsColumns = (s.listsColumns ?? 0) + 1;
        }, () => listsWidth(s, LISTS_SHEET));
        applyList(sheetOf(s, name).Range(rectAddress(rect)), formula);
      });
    });
  }

  async mergeCells(sheet: string, range: string): Promise<void> {
    this.onRange(sheet, range, (r) => {
      // Merge on a range holding several values asks the user whether to keep only the top-left one: it does.
      const alerts = this.opts.app.DisplayAlerts;
      this.opts.app.DisplayAlerts = false;
      try {
        r.Merge(false);
      } finally {
        this.opts.app.DisplayAlerts = alerts;
      }
    });
  }
  async pageSetup(sheet: string, setup: PageSetup): Promise<void> {
    if (setup.printArea !== undefined) printAreaOf(setup.printArea); // a bad address fails now, not at the batch's end
    this.use((s) => {
      const name = this.known(s, sheet);
      const copy = structuredClone(setup);
      s.queue.push(() => applyPage(sheetOf(s, name), copy));
    });
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.use((s) => s.settings.get(key));
  }
  async setSetting(key: string, value: string): Promise<void> {
    this.use((s) => {
      s.settings.set(key, value);
      s.settingsDirty = true;
    });
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.session) return fn();
    const s = openSession(this.opts.app);
    this.session = s;
    try {
      const result = await fn();
      finish(s);
      return result;
    } finally {
      this.session = undefined; // a throw leaves the queue unrun: nothing written
    }
  }

  // ---- internals ----

  /** Runs `fn` in the current batch, or (synchronously: ET is) in a batch of its own. */
  private use<T>(fn: (s: WpsSession) => T): T {
    if (this.session) return fn(this.session);
    const s = openSession(this.opts.app);
    this.session = s;
    try {
      const out = fn(s);
      finish(s);
      return out;
    } finally {
      this.session = undefined;
    }
  }
  /** The sheet's real name; HostError 'sheet-missing' when there is none (the add-in's hidden sheets included). */
  private known(s: WpsSession, name: string): string {
    const found = findSheet(s, name);
    if (!found || HIDDEN_SHEETS.has(found.name)) throw sheetMissing(name);
    return found.name;
  }
  /** The sheet, for reading its cells: queued changes run first, so the read sees them. */
  private cells(s: WpsSession, name: string): EtSheet {
    runQueue(s);
    return et(() => sheetOf(s, name));
  }
  private usedBlock(s: WpsSession, name: string): Block {
    const ws = this.cells(s, name);
    return et(() => blockOf(ws, name, usedValues(ws)));
  }
  /** The selection's used part; `known` is a read of its sheet already made (the snapshot's). */
  private selection(s: WpsSession, known?: { sheet: string; read: Read }): Block | null {
    return et(() => {
      const sel = selectedRect(s.app);
      if (!sel) return null;
      const sheet = findSheet(s, sel.sheet)?.name ?? sel.sheet;
      const ws = sheetOf(s, sheet);
      const read = known && known.sheet === sheet ? known.read : usedValues(ws);
      return selectionBlock(ws, sheet, sel.rect, read);
    });
  }
  private tableRefs(ws: EtSheet, sheet: string): TableRef[] {
    return et(() => {
      const list = ws.ListObjects;
      const out: TableRef[] = [];
      for (let i = 1; i <= list.Count; i++) {
        const t = list.Item(i);
        out.push({ name: t.Name, sheet, address: rectAddress(parseRange(t.Range.Address(false, false))) });
      }
      return out;
    });
  }
  private onRange(sheet: string, range: string, fn: (r: EtRange) => void): void {
    this.use((s) => {
      const name = this.known(s, sheet);
      const address = rectAddress(parseRange(range));
      s.queue.push(() => fn(sheetOf(s, name).Range(address)));
    });
  }
  /** Replaces the add-in's sheet `old` by a new empty one named `name` at the same place (a visible sheet always remains). */
  private replaceSheet(s: WpsSession, old: string, name: string): void {
    const prior = sheetOf(s, old);
    const wasActive = s.app.ActiveSheet?.Name === old;
    prior.Name = `${old.slice(0, 20)}~${Date.now() % 100000}`; // free the name for the new sheet
    const fresh = addEtSheet(s, name, prior);
    const alerts = s.app.DisplayAlerts;
    s.app.DisplayAlerts = false; // Delete would ask the user to confirm
    try {
      prior.Delete();
    } finally {
      s.app.DisplayAlerts = alerts;
    }
    if (wasActive) fresh.Activate();
  }
  private listen(events: EtApiEvent, cb: (sel: { sheet: string; address: string }) => void): () => Promise<void> {
    const handler = (ws: EtSheet, range: EtRange): void => {
      cb({ sheet: ws.Name, address: rectAddress(parseRange(range.Address(false, false).split(',')[0]!)) });
    };
    et(() => events.AddApiEventListener('SheetSelectionChange', handler as (...args: never[]) => void));
    return async () => et(() => events.RemoveApiEventListener('SheetSelectionChange', handler as (...args: never[]) => void));
  }
}
