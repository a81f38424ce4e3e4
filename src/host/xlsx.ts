/**
 * FileWorkbook: the port over a file, on ExcelJS — for the `perf` CLI and file tests. Opens .xlsx, and .csv as a
 * one-sheet workbook (sheet named after the file; encoding detected, see file/csv.ts); always saves .xlsx.
 * Settings and ownership live in the very-hidden SETTINGS_SHEET, so they survive save and reopen and are the same
 * ones Excel and WPS read. Charts: ExcelJS cannot write them, so addChart returns false.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../engine/core/cell';
import { HostError, sheetMissing } from './errors';
import { patchStyle, removeNote, shareEmptyStyles, solidFill } from './file/cells';
import { addColors, addList, formatRect } from './file/format';
import { readCsv, sheetNameFromFile, type CsvEncoding } from './file/csv';
import { detectKind, fileCorrupt, fileEmpty, fileMissing } from './file/detect';
import { inflateCapped, packXlsx, readFile, writeFile } from './file/io';
import { blockIn, clearValues, readRect, usedRect, writeRect } from './file/sheet-io';
import { emptyTextFormulas } from './file/text-formulas';
import { HIDDEN_SHEETS, listSource, LISTS_SHEET } from './lists';
import {
  MARK_FILLS, SETTINGS_SHEET,
  type AddSheetOptions, type Block, type ChartSpec, type ColorRule, type Mark, type RangeFormat, type Snapshot, type SnapshotOptions,
  type TableRef, type Workbook, type WriteOptions,
} from './port';
import { blockRect, parseRange, rectAddress, widthOf } from './range';
import {
  cellsByKind, decideAddSheet, decodeSettings, encodeSettings, markedCells, notedCells, ownedSheets, setMarkedCells,
  setNotedCells, setOwnedSheet,
  type Settings,
} from './settings';

export interface FileSource {
  readonly path?: string;
  readonly format: 'xlsx' | 'csv' | 'new';
  readonly encoding?: CsvEncoding;
}

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
  ) {}

  /** Opens .xlsx or .csv; HostError 'file-missing' | 'file-not-workbook' | 'file-encrypted' | 'file-unsupported' | 'file-corrupt'. */
  static async open(path: string): Promise<FileWorkbook> {
    let buf: Uint8Array;
    try {
      buf = await readFile(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') throw fileMissing(path);
      throw new HostError('host-failed', { zh: `无法读取文件“${path}”。`, en: `Cannot read "${path}".` }, { cause: e });
    }
    return FileWorkbook.fromOwned(buf, path);
  }

  /** Same as open, from bytes; `name` (a file name or path) decides CSV vs workbook and names a CSV's sheet. */
  static async fromBuffer(buf: Uint8Array, name: string): Promise<FileWorkbook> {
    return FileWorkbook.fromOwned(buf.slice(), name); // kept as the rollback source: the caller may reuse its buffer
  }
  private static async fromOwned(bytes: Uint8Array, name: string): Promise<FileWorkbook> {
    const { wb, source } = await parse(bytes, name);
    const file = new FileWorkbook(wb, source, async () => (await parse(bytes, name)).wb);
    if (source.format === 'xlsx') file.pkg = bytes;
    return file;
  }

  /** A new workbook with these sheets, values from A1 (for tests and the CLI's outputs). */
  static create(sheets: Record<string, readonly (readonly CellValue[])[]> = { Sheet1: [] }): FileWorkbook {
    const copy = Object.entries(sheets).map(([name, values]) => [name, values.map((r) => r.map(copyValue))] as const);
    const build = (): ExcelJS.Workbook => {
      const wb = new ExcelJS.Workbook();
      for (const [name, values] of copy) writeRect(wb.addWorksheet(name), blockRect('A1', values.length, widthOf(values)), values);
      return wb;
    };
    return new FileWorkbook(build(), { format: 'new' }, async () => build());
  }

  /** Saves as .xlsx (a CSV source too); any other extension is refused rather than silently mislabelled. */
  async saveAs(path: string): Promise<void> {
    if (!/\.xlsx$/i.test(path)) {
      throw new HostError('file-unsupported', { zh: `只能保存为 .xlsx：“${path}”。`, en: `Can only save as .xlsx: "${path}".` });
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
    const text = this.textFormulas.get(ws.name) ?? emptyTextFormulas(this.pkg, ws.name);
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
    for (const [kind, cells] of cellsByKind(marks)) {
      for (const cell of cells) patchStyle(ws.getCell(cell), { fill: solidFill(MARK_FILLS[kind]) });
    }
    const noted: string[] = [];
    for (const m of marks) {
      const cell = ws.getCell(m.cell.toUpperCase());
      if (cell.note !== undefined && !ownNotes.has(cell.address)) continue; // the user's own note stays
      cell.note = m.note;
      noted.push(cell.address);
    }
    this.updateSettings((s) => {
      setMarkedCells(s, ws.name, [...markedCells(s, ws.name), ...marks.map((m) => m.cell.toUpperCase())]);
      setNotedCells(s, ws.name, [...ownNotes, ...noted]);
    });
  }
  async clearMarks(sheet: string): Promise<void> {
    const ws = this.ws(sheet);
    await this.beforeChange();
    const settings = this.settings();
    const existing = (address: string): ExcelJS.Cell | undefined => {
      const { top, left } = parseRange(address);
      return ws.findCell(top, left);
    };
    for (const address of markedCells(settings, ws.name)) {
      const cell = existing(address);
      if (cell) patchStyle(cell, { fill: undefined });
    }
    for (const address of notedCells(settings, ws.name)) {
      const cell = existing(address);
      if (cell) removeNote(cell);
    }
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

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings().get(key);
  }
  async setSetting(key: string, value: string): Promise<void> {
    await this.beforeChange();
    this.updateSettings((s) => s.set(key, value));
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inBatch) return fn();
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
    const ws = this.find(SETTINGS_SHEET);
    const r = ws && usedRect(ws);
    return ws && r ? decodeSettings(readRect(ws, r)) : new Map();
  }
  private updateSettings(change: (s: Settings) => void): void {
    const settings = this.settings();
    change(settings);
    const ws = this.find(SETTINGS_SHEET) ?? this.wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    clearValues(ws);
    const rows = encodeSettings(settings);
    writeRect(ws, blockRect('A1', rows.length, widthOf(rows)), rows);
  }
}

const copyValue = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

/** An .xlsx from bytes; HostError 'file-corrupt' | 'file-not-workbook' when it is not one. */
async function loadXlsx(buf: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer); // JSZip takes a Uint8Array, in Node and in a browser
  } catch (e) {
    throw fileCorrupt(name, e);
  }
  if (wb.worksheets.length === 0) {
    throw new HostError('file-not-workbook', { zh: `文件“${name}”中没有工作表。`, en: `"${name}" holds no worksheets.` });
  }
  return wb;
}

/** Bytes → workbook: a CSV (by content and name) as one sheet named after the file, else an .xlsx. */
async function parse(buf: Uint8Array, name: string): Promise<{ wb: ExcelJS.Workbook; source: FileSource }> {
  if (detectKind(buf, name, inflateCapped) === 'csv') {
    const { values, encoding } = readCsv(buf, name);
    // 0 bytes, a BOM alone or blank lines: say so, rather than "no table found" on an empty sheet.
    if (values.every((row) => row.every((v) => v === null))) throw fileEmpty(name);
    const wb = new ExcelJS.Workbook();
    writeRect(wb.addWorksheet(sheetNameFromFile(name)), blockRect('A1', values.length, widthOf(values)), values);
    return { wb, source: { path: name, format: 'csv', encoding } };
  }
  return { wb: await loadXlsx(buf, name), source: { path: name, format: 'xlsx' } };
}
