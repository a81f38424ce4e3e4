/**
 * MemoryWorkbook: a whole workbook held in memory — several sheets, sparse cells, used ranges, active sheet,
 * selection with change events, fills, notes, formats, validation lists, conditional formats, charts,
 * settings in the very-hidden settings sheet and ownership records — for tests and the browser preview.
 */
import { a1, type CellValue } from '../engine/core/cell';
import { sheetMissing } from './errors';
import {
  blockOf, cellAt, conditionalFillAt, formatAt, keyOf, newSheet, prune, readRect, usedRect, validationAt,
  type MemCell, type MemSheet, type MemState,
} from './memory-model';
import {
  MARK_FILLS, SETTINGS_SHEET,
  type AddSheetOptions, type Block, type ChartRecord, type ChartSpec, type ColorRule, type Mark, type RangeFormat,
  type Snapshot, type SnapshotOptions, type TableRef, type Workbook, type WriteOptions,
} from './port';
import { blockRect, intersect, parseRange, rectAddress, widthOf, type Rect } from './range';
import {
  cellsByKind, decideAddSheet, decodeSettings, encodeSettings, markedCells, notedCells, ownedSheets, setMarkedCells,
  setNotedCells, setOwnedSheet,
  type Settings,
} from './settings';

type Listener = (sel: { sheet: string; address: string }) => void;

export interface MemoryOptions {
  /** Active sheet; the first sheet by default. */
  readonly active?: string;
  /** Initial selection, e.g. { sheet: 'Sheet1', address: 'A1:F49' }. */
  readonly selection?: { sheet: string; address: string };
}

export class MemoryWorkbook implements Workbook {
  readonly kind = 'memory' as const;
  readonly can = { charts: true, selection: true, tables: true } as const;
  /** How many block reads and writes the port has served: commands promise one read and few writes. */
  readonly stats = { reads: 0, writes: 0 };
  private state: MemState = { sheets: [], active: '', selection: null };
  private listeners = new Set<Listener>();
  private inBatch = false;

  /** A workbook whose sheets hold these values from A1, in this order. */
  static fromSheets(sheets: Record<string, readonly (readonly CellValue[])[]>, opts: MemoryOptions = {}): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const [name, values] of Object.entries(sheets)) {
      wb.state.sheets.push(newSheet(name));
      wb.put(name, 'A1', values);
    }
    wb.state.active = opts.active ?? Object.keys(sheets)[0] ?? '';
    if (opts.selection) wb.state.selection = { ...opts.selection };
    return wb;
  }

  // ---- inspection and user actions (not part of the port) ----

  /** The value in one cell, as the port would read it. */
  cell(sheet: string, address: string): CellValue {
    const { top, left } = parseRange(address);
    return this.sheet(sheet).cells.get(keyOf(top, left))?.value ?? null;
  }
  /** The cell's own fill (marks), else the fill of the last range format covering it. */
  fill(sheet: string, address: string): string | undefined {
    const { top, left } = parseRange(address);
    const s = this.sheet(sheet);
    return s.cells.get(keyOf(top, left))?.fill ?? formatAt(s, address).fill;
  }
  note(sheet: string, address: string): string | undefined {
    const { top, left } = parseRange(address);
    return this.sheet(sheet).cells.get(keyOf(top, left))?.note;
  }
  numberFormat(sheet: string, address: string): string | undefined {
    const { top, left } = parseRange(address);
    const s = this.sheet(sheet);
    return s.cells.get(keyOf(top, left))?.numberFormat ?? formatAt(s, address).numberFormat;
  }
  format(sheet: string, address: string): RangeFormat {
    return formatAt(this.sheet(sheet), address);
  }
  /** The conditional rule that colours the cell now, evaluated on its current value. */
  conditionalFill(sheet: string, address: string): ColorRule | undefined {
    return conditionalFillAt(this.sheet(sheet), address);
  }
  validation(sheet: string, address: string): string[] | undefined {
    return validationAt(this.sheet(sheet), address);
  }
  charts(sheet: string): ChartRecord[] {
    return [...this.sheet(sheet).charts];
  }
  /** Used-range values of a sheet (the settings sheet too, for tests of where settings live). */
  values(sheet: string): CellValue[][] {
    const s = this.sheet(sheet);
    const r = usedRect(s);
    return r ? readRect(s, r) : [];
  }
  isHidden(sheet: string): boolean {
    return this.sheet(sheet).hidden;
  }
  /** Every sheet including the hidden settings sheet. */
  allSheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }
  /**
   * Puts values as a user would type them (not counted as a port write, no text protection); `numberFormat` gives
   * each of their cells that format, as a user formatting the cells would ("0%": 0.5 shows as 50%).
   */
  put(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: { numberFormat?: string } = {}): void {
    const s = this.sheetOrNew(sheet);
    const rect = blockRect(topLeft, values.length, widthOf(values));
    this.setBlock(s, rect, values);
    const format = opts.numberFormat;
    if (format === undefined) return;
    for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) cellAt(s, row, col, true).numberFormat = format;
  }
  /** Merges cells as the user would: the area keeps only its top-left value (as Excel and WPS do). */
  merge(sheet: string, range: string): void {
    const s = this.sheet(sheet);
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const c = cellAt(s, row, col);
        if (!c) continue;
        c.value = null;
        delete c.formula;
        prune(s, keyOf(row, col));
      }
    }
    s.merges.push(r);
  }
  /** Types a formula as the user would; without `value` it has no computed value (a file saved without calculating). */
  putFormula(sheet: string, address: string, formula: string, value: CellValue = null): void {
    const { top, left } = parseRange(address);
    const c = cellAt(this.sheetOrNew(sheet), top, left, true);
    c.formula = formula;
    c.value = value;
  }
  /** Writes a note as the user would (not the add-in's). */
  setNote(sheet: string, address: string, note: string): void {
    const { top, left } = parseRange(address);
    cellAt(this.sheet(sheet), top, left, true).note = note;
  }
  /** Declares an Excel table (ListObject) over `address`. */
  addTable(sheet: string, name: string, address: string): void {
    const s = this.sheet(sheet);
    s.tables.push({ name, sheet: s.name, address: rectAddress(parseRange(address)) });
  }
  /** Selects a range as the user would: activates its sheet and notifies listeners. */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.state.active = s.name;
    this.state.selection = { sheet: s.name, address: rectAddress(parseRange(address)) };
    for (const cb of this.listeners) cb({ ...this.state.selection });
  }

  // ---- the port ----

  async sheetNames(): Promise<string[]> {
    return this.state.sheets.filter((s) => s.name !== SETTINGS_SHEET).map((s) => s.name);
  }
  async activeSheet(): Promise<string> {
    return this.state.active;
  }
  async activateSheet(name: string): Promise<void> {
    this.state.active = this.portSheet(name).name;
  }

  async snapshot(sheet?: string, opts: SnapshotOptions = {}): Promise<Snapshot> {
    const name = sheet === undefined ? this.state.active : this.portSheet(sheet).name;
    const also = (opts.also ?? []).map((n) => this.find(n)).filter((s): s is MemSheet => s !== undefined && s.name !== SETTINGS_SHEET);
    const snap: Snapshot = {
      sheets: await this.sheetNames(),
      active: this.state.active,
      selection: this.selectionBlock(),
      sheet: name,
      tables: await this.tables(name),
      used: this.usedBlock(this.portSheet(name)),
      ...(opts.also ? { also: also.map((s) => this.usedBlock(s)) } : {}),
    };
    this.stats.reads++;
    return snap;
  }
  async readTable(sheet: string, range?: string): Promise<Block> {
    const s = this.portSheet(sheet);
    this.stats.reads++;
    return range === undefined ? this.usedBlock(s) : blockOf(s, parseRange(range));
  }
  async readTables(sheets: readonly string[]): Promise<Block[]> {
    const found = sheets.map((n) => this.portSheet(n));
    this.stats.reads++;
    return found.map((s) => this.usedBlock(s));
  }
  async readSelection(): Promise<Block | null> {
    this.stats.reads++;
    return this.selectionBlock();
  }
  async onSelectionChanged(cb: Listener): Promise<() => Promise<void>> {
    this.listeners.add(cb);
    return async () => {
      this.listeners.delete(cb);
    };
  }
  async tables(sheet: string): Promise<TableRef[]> {
    return this.portSheet(sheet).tables.map((t) => ({ ...t }));
  }

  async write(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: WriteOptions = {}): Promise<void> {
    const s = this.portSheet(sheet);
    const rect = blockRect(topLeft, values.length, widthOf(values));
    this.setBlock(s, rect, values);
    for (const c of opts.textColumns ?? []) {
      for (let row = rect.top; row <= rect.bottom; row++) cellAt(s, row, rect.left + c, true).numberFormat = '@';
    }
    this.stats.writes++;
  }

  async mark(sheet: string, marks: readonly Mark[]): Promise<void> {
    const s = this.portSheet(sheet);
    const settings = this.settings();
    const ownNotes = new Set(notedCells(settings, s.name));
    for (const [kind, cells] of cellsByKind(marks)) {
      for (const cell of cells) {
        const { top, left } = parseRange(cell);
        cellAt(s, top, left, true).fill = MARK_FILLS[kind];
      }
    }
    const noted: string[] = [];
    for (const m of marks) {
      const { top, left } = parseRange(m.cell);
      const c = cellAt(s, top, left, true);
      const cell = m.cell.toUpperCase();
      if (c.note !== undefined && !ownNotes.has(cell)) continue; // the user's own note stays
      c.note = m.note;
      noted.push(cell);
    }
    setMarkedCells(settings, s.name, [...markedCells(settings, s.name), ...marks.map((m) => m.cell.toUpperCase())]);
    setNotedCells(settings, s.name, [...ownNotes, ...noted]);
    this.saveSettings(settings);
  }
  async clearMarks(sheet: string): Promise<void> {
    const s = this.portSheet(sheet);
    const settings = this.settings();
    const edit = (cells: string[], clear: (c: MemCell) => void): void => {
      for (const cell of cells) {
        const { top, left } = parseRange(cell);
        const c = cellAt(s, top, left);
        if (!c) continue;
        clear(c);
        prune(s, keyOf(top, left));
      }
    };
    edit(markedCells(settings, s.name), (c) => delete c.fill);
    edit(notedCells(settings, s.name), (c) => delete c.note);
    setMarkedCells(settings, s.name, []);
    setNotedCells(settings, s.name, []);
    this.saveSettings(settings);
  }

  async addSheet(name: string, opts: AddSheetOptions = {}): Promise<void> {
    const existing = this.find(name);
    const settings = this.settings();
    if (decideAddSheet(existing?.name, settings, opts.replaceOwn ?? false) === 'replace' && existing) {
      this.state.sheets.splice(this.state.sheets.indexOf(existing), 1, newSheet(name));
    } else {
      this.state.sheets.push(newSheet(name));
    }
    setOwnedSheet(settings, name, true);
    this.saveSettings(settings);
  }
  async isOwnSheet(name: string): Promise<boolean> {
    const s = this.find(name);
    return s !== undefined && ownedSheets(this.settings()).includes(s.name);
  }

  async conditionalColors(sheet: string, range: string, rules: readonly ColorRule[]): Promise<void> {
    this.portSheet(sheet).conditional.push({ rect: parseRange(range), rules: rules.map((r) => ({ ...r })) });
  }
  async formatRange(sheet: string, range: string, fmt: RangeFormat): Promise<void> {
    this.portSheet(sheet).formats.push({ rect: parseRange(range), fmt: { ...fmt } });
  }
  async addChart(sheet: string, spec: ChartSpec): Promise<boolean> {
    const s = this.portSheet(sheet);
    s.charts.push({ ...spec, series: spec.series.map((x) => ({ ...x })), sheet: s.name });
    return true;
  }
  async validationList(sheet: string, range: string, items: readonly string[]): Promise<void> {
    this.portSheet(sheet).validations.push({ rect: parseRange(range), items: [...items] });
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings().get(key);
  }
  async setSetting(key: string, value: string): Promise<void> {
    const settings = this.settings();
    settings.set(key, value);
    this.saveSettings(settings);
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inBatch) return fn();
    const saved = structuredClone(this.state);
    this.inBatch = true;
    try {
      return await fn();
    } catch (e) {
      this.state = saved; // a failed command leaves the workbook as it found it
      throw e;
    } finally {
      this.inBatch = false;
    }
  }

  // ---- internals ----

  private find(name: string): MemSheet | undefined {
    const lower = name.toLowerCase(); // Excel sheet names are case-insensitive
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  private sheet(name: string): MemSheet {
    const s = this.find(name);
    if (!s) throw sheetMissing(name);
    return s;
  }
  /** A sheet the port may touch: the add-in's settings sheet is reached only through get/setSetting. */
  private portSheet(name: string): MemSheet {
    const s = this.sheet(name);
    if (s.name === SETTINGS_SHEET) throw sheetMissing(name);
    return s;
  }
  private sheetOrNew(name: string): MemSheet {
    const found = this.find(name);
    if (found) return found;
    const s = newSheet(name, name === SETTINGS_SHEET);
    this.state.sheets.push(s);
    if (!this.state.active && !s.hidden) this.state.active = name;
    return s;
  }
  private setBlock(s: MemSheet, rect: Rect, values: readonly (readonly CellValue[])[]): void {
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line = values[row - rect.top] ?? [];
      for (let col = rect.left; col <= rect.right; col++) {
        const v = line[col - rect.left] ?? null;
        if (v === null && !s.cells.has(keyOf(row, col))) continue;
        const c = cellAt(s, row, col, true);
        c.value = v instanceof Date ? new Date(v.getTime()) : v;
        delete c.formula; // a value written replaces the formula
        prune(s, keyOf(row, col));
      }
    }
  }
  private usedBlock(s: MemSheet): Block {
    const r = usedRect(s);
    if (!r) return { sheet: s.name, address: 'A1', origin: { row: 1, col: 1 }, values: [] };
    return blockOf(s, r);
  }
  private selectionBlock(): Block | null {
    const sel = this.state.selection;
    if (!sel) return null;
    const s = this.sheet(sel.sheet);
    const r = parseRange(sel.address);
    const used = usedRect(s);
    const part = used && intersect(r, used); // as Excel's range.getUsedRange: only the part holding values
    if (!part) {
      return { sheet: s.name, address: a1(r.top, r.left), origin: { row: r.top, col: r.left }, values: [] };
    }
    return blockOf(s, part);
  }
  private settings(): Settings {
    const s = this.find(SETTINGS_SHEET);
    return s ? decodeSettings(this.values(SETTINGS_SHEET)) : new Map();
  }
  private saveSettings(settings: Settings): void {
    const s = this.sheetOrNew(SETTINGS_SHEET);
    s.hidden = true;
    s.cells.clear();
    const rows = encodeSettings(settings);
    this.setBlock(s, blockRect('A1', rows.length, widthOf(rows)), rows);
  }
}
