/**
 * The in-memory document under MemoryWorkbook (memory.ts, the port): its state, the sheet lookups every method
 * shares, what a user sees in it (values, fills, notes, formats, lists, charts) and what a user does to it (types
 * values or formulas, merges, writes a note, selects, makes a table) — so tests and the preview can act as the user
 * and look at the result.
 */
import { a1, type CellValue } from '../engine/core/cell';
import { sheetMissing } from './errors';
import {
  blockOf, cellAt, conditionalFillAt, formatAt, keyOf, newSheet, prune, readRect, usedRect, validationAt,
  type MemSheet, type MemState,
} from './memory-model';
import { SETTINGS_SHEET, type Block, type ChartRecord, type ColorRule, type PageSetup, type RangeFormat } from './port';
import { blockRect, intersect, parseRange, rectAddress, widthOf, type Rect } from './range';
import { decodeSettings, encodeSettings, type Settings } from './settings';

export type Listener = (sel: { sheet: string; address: string }) => void;

export abstract class MemoryDocument {
  protected state: MemState = { sheets: [], active: '', selection: null };
  protected listeners = new Set<Listener>();

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
  /** How the sheet prints (the port's pageSetup), undefined when never set. */
  page(sheet: string): PageSetup | undefined {
    return this.sheet(sheet).page;
  }
  /** Merged areas of a sheet, as A1 ranges. */
  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(rectAddress);
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

  // ---- shared by the port's methods ----

  protected find(name: string): MemSheet | undefined {
    const lower = name.toLowerCase(); // Excel sheet names are case-insensitive
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  protected sheet(name: string): MemSheet {
    const s = this.find(name);
    if (!s) throw sheetMissing(name);
    return s;
  }
  /** A sheet the port may touch: the add-in's settings sheet is reached only through get/setSetting. */
  protected portSheet(name: string): MemSheet {
    const s = this.sheet(name);
    if (s.name === SETTINGS_SHEET) throw sheetMissing(name);
    return s;
  }
  protected sheetOrNew(name: string): MemSheet {
    const found = this.find(name);
    if (found) return found;
    const s = newSheet(name, name === SETTINGS_SHEET);
    this.state.sheets.push(s);
    if (!this.state.active && !s.hidden) this.state.active = name;
    return s;
  }
  protected setBlock(s: MemSheet, rect: Rect, values: readonly (readonly CellValue[])[]): void {
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
  protected usedBlock(s: MemSheet): Block {
    const r = usedRect(s);
    if (!r) return { sheet: s.name, address: 'A1', origin: { row: 1, col: 1 }, values: [] };
    return blockOf(s, r);
  }
  protected selectionBlock(): Block | null {
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
  protected settings(): Settings {
    const s = this.find(SETTINGS_SHEET);
    return s ? decodeSettings(this.values(SETTINGS_SHEET)) : new Map();
  }
  protected saveSettings(settings: Settings): void {
    const s = this.sheetOrNew(SETTINGS_SHEET);
    s.hidden = true;
    s.cells.clear();
    const rows = encodeSettings(settings);
    this.setBlock(s, blockRect('A1', rows.length, widthOf(rows)), rows);
  }
}
