/**
 * FileWorkbook: the port over a file, on ExcelJS — for the `perf` CLI and file tests. Opens .xlsx, and .csv as a
 * one-sheet workbook (sheet named after the file; encoding detected, see file/csv.ts); always saves .xlsx.
 * Settings and ownership live in the very-hidden SETTINGS_SHEET, so they survive save and reopen and are the same
 * ones Excel and WPS read. Charts: ExcelJS cannot write them, so addChart returns false.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../engine/core/cell';
import { HostError, isHostError, sheetMissing } from './errors';
import { shareEmptyStyles } from './file/cells';
import { fileMissing } from './file/detect';
import { addColors, addList, formatRect, setPage } from './file/format';
import { packXlsx, readFile, writeFile } from './file/io';
import { clearCells, markCells } from './file/marks';
import { copyValue, loadXlsx, parse, type FileSource } from './file/package';
import { readSettings, writeSettings } from './file/settings-sheet';
import { blockIn, readRect, usedRect, writeRect } from './file/sheet-io';
import { emptyTextFormulas } from './file/text-formulas';
import { HIDDEN_SHEETS, listSource, LISTS_SHEET } from './lists';
import type {
  AddSheetOptions, Block, ChartSpec, ColorRule, Mark, PageSetup, RangeFormat, Snapshot, SnapshotOptions, TableRef, Workbook, WriteOptions,
} from './port';
import { blockRect, parseRange, rectAddress, widthOf } from './range';
import { decideAddSheet, markedCells, notedCells, ownedSheets, setMarkedCells, setNotedCells, setOwnedSheet, type Settings } from './settings';

/** How a file workbook is kept. */
export interface FileOptions {
  /**
   * Whether batch() can roll back (default true, the port's promise: a throw leaves the workbook as it was).
   * false: a batch keeps no way back, so a throw leaves the changes made so far — for a caller that never keeps a
   * workbook whose command failed (the CLI writes a new file only after a clean run: the file on disk is the
   * rollback). It saves the copy a batch takes of a workbook changed since it was opened (a full serialisation).
   */
  readonly rollback?: boolean;
}

export type { FileSource } from './file/package';

const valueAt = (ws: ExcelJS.Worksheet, row: number, col: number): CellValue => readRect(ws, { top: row, left: col, bottom: row, right: col })[0]![0]!;

export class FileWorkbook implements Workbook {
  readonly kind = 'file' as const;
  readonly can = { charts: false, selection: false, tables: true } as const;
  /** Bytes of the workbook before a batch's first change, taken only when `pristine` cannot rebuild it. */
  private backup: Uint8Array | undefined;
  private inBatch = false;
  /** The .xlsx package the workbook was opened from, for what ExcelJS does not keep (formulas whose value is ""). */
  private pkg: Uint8Array | undefined;
  private readonly textFormulas = new Map<string, Set<string>>();
  /** Whether the current batch has changed anything. */
  private changed = false;

  /**
   * @param pristine rebuilds the workbook as it stands now — from the bytes it was opened from or last saved to,
   * or the sheets it was created with — valid while nothing has changed since. A batch on such a workbook rolls
   * back by rebuilding instead of copying the whole workbook before its first change.
   */
  private constructor(
    private wb: ExcelJS.Workbook,
    readonly source: FileSource,
    private pristine: (() => Promise<ExcelJS.Workbook>) | undefined,
    private readonly options: FileOptions = {},
  ) {}

  /** Opens .xlsx or .csv; HostError 'file-missing' | 'file-not-workbook' | 'file-encrypted' | 'file-unsupported' | 'file-corrupt'. */
  static async open(path: string, options: FileOptions = {}): Promise<FileWorkbook> {
    let buf: Uint8Array;
    try {
      buf = await readFile(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') throw fileMissing(path);
      if (isHostError(e)) throw e; // the browser's io: no file system at all
      throw new HostError('file-unreadable', { file: path }, { cause: e });
    }
    return FileWorkbook.fromOwned(buf, path, options);
  }

  /** Same as open, from bytes; `name` (a file name or path) decides CSV vs workbook and names a CSV's sheet. */
  static async fromBuffer(buf: Uint8Array, name: string, options: FileOptions = {}): Promise<FileWorkbook> {
    return FileWorkbook.fromOwned(buf.slice(), name, options); // kept as the rollback source: the caller may reuse its buffer
  }
  private static async fromOwned(bytes: Uint8Array, name: string, options: FileOptions): Promise<FileWorkbook> {
    const { wb, source } = await parse(bytes, name);
    const file = new FileWorkbook(wb, source, async () => (await parse(bytes, name)).wb, options);
    if (source.format === 'xlsx') file.pkg = bytes;
    return file;
  }

  /** A new workbook with these sheets, values from A1 (for tests and the CLI's outputs). */
  static create(sheets: Record<string, readonly (readonly CellValue[])[]> = { Sheet1: [] }, options: FileOptions = {}): FileWorkbook {
    const copy = Object.entries(sheets).map(([name, values]) => [name, values.map((r) => r.map(copyValue))] as const);
    const build = (): ExcelJS.Workbook => {
      const wb = new ExcelJS.Workbook();
      for (const [name, values] of copy) writeRect(wb.addWorksheet(name), blockRect('A1', values.length, widthOf(values)), values);
      return wb;
    };
    return new FileWorkbook(build(), { format: 'new' }, async () => build(), options);
  }

  /** Saves as .xlsx (a CSV source too); any other extension is refused rather than silently mislabelled. */
  async saveAs(path: string): Promise<void> {
    if (!/\.xlsx$/i.test(path)) {
      throw new HostError('save-not-xlsx', { file: path });
    }
    const bytes = await this.toBuffer();
    await writeFile(path, bytes);
    if (!this.inBatch) this.pristine = () => loadXlsx(bytes, path); // the saved file is now the rollback source
  }

  async toBuffer(): Promise<Uint8Array> {
    const active = await this.activeSheet();
    if (active) this.setActive(this.ws(active)); // Excel refuses a file whose active tab is a hidden sheet
    for (const ws of this.wb.worksheets) shareEmptyStyles(ws); // the save renders each style object once
    return packXlsx(this.wb);
  }

  /** The ExcelJS workbook underneath, for inspection in tests. */
  get workbook(): ExcelJS.Workbook {
    return this.wb;
  }

  // ---- the port ----

  async sheetNames(): Promise<string[]> {
    return this.wb.worksheets.filter((w) => !HIDDEN_SHEETS.has(w.name)).map((w) => w.name);
  }
  async activeSheet(): Promise<string> {
    const tab = this.wb.views?.[0]?.activeTab ?? 0;
    const ws = this.wb.worksheets[tab];
    return ws && !HIDDEN_SHEETS.has(ws.name) ? ws.name : ((await this.sheetNames())[0] ?? '');
  }
  async activateSheet(name: string): Promise<void> {
    const ws = this.ws(name);
    await this.beforeChange();
    this.setActive(ws);
  }
  private setActive(ws: ExcelJS.Worksheet): void {
    const tab = this.wb.worksheets.indexOf(ws);
    const view = this.wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: 'visible' };
    this.wb.views = [{ ...view, activeTab: tab, firstSheet: 0 } as ExcelJS.WorkbookView];
    for (const w of this.wb.worksheets) for (const v of w.views ?? []) (v as { tabSelected?: boolean }).tabSelected = w === ws;
  }

  async snapshot(sheet?: string, opts: SnapshotOptions = {}): Promise<Snapshot> {
    const name = sheet ?? (await this.activeSheet());
    const also = (opts.also ?? []).map((n) => this.find(n)).filter((w): w is ExcelJS.Worksheet => w !== undefined && !HIDDEN_SHEETS.has(w.name));
    return {
      sheets: await this.sheetNames(),
      active: await this.activeSheet(),
      selection: null,
      sheet: this.ws(name).name,
      tables: await this.tables(name),
      used: await this.readTable(name),
      ...(opts.also ? { also: await this.readTables(also.map((w) => w.name)) } : {}),
    };
  }
  async readTable(sheet: string, range?: string): Promise<Block> {
    const ws = this.ws(sheet);
    const r = range === undefined ? usedRect(ws) : parseRange(range);
    if (!r) return { sheet: ws.name, address: 'A1', origin: { row: 1, col: 1 }, values: [] };
    const b = blockIn(ws, r);
    if (!b.uncomputed || !this.pkg) return b;
    // ExcelJS reads a formula whose cached value is "" as one without a value: the package tells them apart.
    const text = this.textFormulas.get(ws.name) ?? (await emptyTextFormulas(this.pkg, ws.name));
    this.textFormulas.set(ws.name, text);
    const uncomputed = b.uncomputed.filter((a) => !text.has(a));
    const { uncomputed: _all, ...rest } = b;
    return uncomputed.length > 0 ? { ...rest, uncomputed } : rest;
  }
  async readTables(sheets: readonly string[]): Promise<Block[]> {
    for (const name of sheets) this.ws(name); // a missing sheet fails before anything is read
    return Promise.all(sheets.map((name) => this.readTable(name)));
  }
  async readSelection(): Promise<Block | null> {
    return null; // a file has no selection
  }
  async tables(sheet: string): Promise<TableRef[]> {
    const ws = this.ws(sheet);
    return ws.getTables().map((entry) => {
      const t = (Array.isArray(entry) ? entry[0] : entry) as unknown as { name: string; table: { tableRef?: string; ref: string } };
      return { name: t.name, sheet: ws.name, address: t.table.tableRef ?? t.table.ref };
    });
  }

  async write(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: WriteOptions = {}): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    writeRect(ws, blockRect(topLeft, values.length, widthOf(values)), values, opts.textColumns);
  }

  async mark(sheet: string, marks: readonly Mark[]): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    const ownNotes = new Set(notedCells(this.settings(), ws.name));
    const noted = markCells(ws, marks, ownNotes);
    this.updateSettings((s) => {
      setMarkedCells(s, ws.name, [...markedCells(s, ws.name), ...marks.map((m) => m.cell.toUpperCase())]);
      setNotedCells(s, ws.name, [...ownNotes, ...noted]);
    });
  }
  async clearMarks(sheet: string): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    const settings = this.settings();
    clearCells(ws, markedCells(settings, ws.name), notedCells(settings, ws.name));
    this.updateSettings((s) => {
      setMarkedCells(s, ws.name, []);
      setNotedCells(s, ws.name, []);
    });
  }

  async addSheet(name: string, opts: AddSheetOptions = {}): Promise<void> {
    const existing = this.find(name);
    const settings = this.settings();
    const action = decideAddSheet(existing?.name, settings, opts.replaceOwn ?? false);
    await this.beforeChange();
    if (action === 'replace' && existing) {
      const orderNo = (existing as unknown as { orderNo: number }).orderNo;
      this.wb.removeWorksheet(existing.id);
      (this.wb.addWorksheet(name) as unknown as { orderNo: number }).orderNo = orderNo; // keep the tab where it was
    } else {
      this.wb.addWorksheet(name);
    }
    this.updateSettings((s) => setOwnedSheet(s, name, true));
  }
  async isOwnSheet(name: string): Promise<boolean> {
    const ws = this.find(name);
    return ws !== undefined && ownedSheets(this.settings()).includes(ws.name);
  }

  async conditionalColors(sheet: string, range: string, rules: readonly ColorRule[]): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    addColors(ws, rectAddress(parseRange(range)), rules);
  }
  async formatRange(sheet: string, range: string, fmt: RangeFormat): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    formatRect(ws, parseRange(range), fmt);
  }
  async addChart(_sheet: string, _spec: ChartSpec): Promise<boolean> {
    return false; // ExcelJS cannot write charts
  }
  async validationList(sheet: string, range: string, items: readonly string[]): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    const formula = listSource(items, (column, values) => {
      const lists = this.find(LISTS_SHEET) ?? this.wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
      writeRect(lists, blockRect(`${column}1`, values.length, 1), values.map((v) => [v]));
    }, () => this.find(LISTS_SHEET)?.actualColumnCount ?? 0);
    addList(ws, rectAddress(parseRange(range)), formula);
  }

  async mergeCells(sheet: string, range: string): Promise<void> {
    const ws = this.ws(sheet);
    const r = parseRange(range);
    await this.beforeChange();
    // As a user merging: the top-left value stays, the others go (ExcelJS would keep them under the merge).
    writeRect(ws, r, [[valueAt(ws, r.top, r.left)]]);
    ws.mergeCells(rectAddress(r));
  }
  async pageSetup(sheet: string, setup: PageSetup): Promise<void> {
    const ws = this.ws(sheet);
    if (setup.printArea !== undefined) parseRange(setup.printArea);
    await this.beforeChange();
    setPage(ws, setup);
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings().get(key);
  }
  async setSetting(key: string, value: string): Promise<void> {
    await this.beforeChange();
    this.updateSettings((s) => s.set(key, value));
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    // Without rollback (FileOptions) a batch is just the work: nothing to copy, nothing to rebuild.
    if (this.inBatch || this.options.rollback === false) return fn();
    this.inBatch = true;
    this.changed = false;
    this.backup = undefined;
    const rebuild = this.pristine;
    try {
      const out = await fn();
      if (this.changed) this.pristine = undefined;
      return out;
    } catch (e) {
      // A failed command leaves the workbook as it found it: rebuilt from its source, or from the copy.
      if (this.changed) this.wb = this.backup ? await loadXlsx(this.backup, this.source.path ?? 'workbook') : await rebuild!();
      throw e;
    } finally {
      this.inBatch = false;
      this.backup = undefined;
    }
  }

  // ---- internals ----

  /**
   * Before any change: outside a batch the workbook no longer matches its source; inside one, the rollback is the
   * source (free) while the workbook still matches it, else a copy taken before the batch's first change.
   */
  private async beforeChange(): Promise<void> {
    if (!this.inBatch) {
      this.pristine = undefined;
      return;
    }
    if (!this.changed && !this.pristine) this.backup = await this.toBuffer();
    this.changed = true;
  }
  private find(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.wb.worksheets.find((w) => w.name.toLowerCase() === lower);
  }
  private ws(name: string): ExcelJS.Worksheet {
    const ws = this.find(name);
    if (!ws || HIDDEN_SHEETS.has(ws.name)) throw sheetMissing(name);
    return ws;
  }
  private settings(): Settings {
    return readSettings(this.wb);
  }
  private updateSettings(change: (s: Settings) => void): void {
    const settings = this.settings();
    change(settings);
    writeSettings(this.wb, settings);
  }
}
