/**
 * MemoryWorkbook: the port over a whole workbook held in memory — several sheets, sparse cells, used ranges, active
 * sheet, selection with change events, fills, notes, formats, validation lists, conditional formats, charts,
 * settings in the very-hidden settings sheet and ownership records — for tests and the browser preview. The
 * document itself, and what its user sees and does, is MemoryDocument (memory-document.ts).
 */
import type { CellValue } from '../engine/core/cell';
import { MemoryDocument, type Listener } from './memory-document';
import { blockOf, cellAt, keyOf, newSheet, prune, type MemCell, type MemSheet } from './memory-model';
import {
  MARK_FILLS, SETTINGS_SHEET,
  type AddSheetOptions, type Block, type ChartSpec, type ColorRule, type Mark, type PageSetup, type RangeFormat,
  type Snapshot, type SnapshotOptions, type TableRef, type Workbook, type WriteOptions,
} from './port';
import { blockRect, intersect, parseRange, rectAddress, widthOf } from './range';
import {
  cellsByKind, decideAddSheet, markedCells, notedCells, ownedSheets, setMarkedCells, setNotedCells, setOwnedSheet,
} from './settings';

export interface MemoryOptions {
  /** Active sheet; the first sheet by default. */
  readonly active?: string;
  /** Initial selection, e.g. { sheet: 'Sheet1', address: 'A1:F49' }. */
  readonly selection?: { sheet: string; address: string };
}

export class MemoryWorkbook extends MemoryDocument implements Workbook {
  readonly kind = 'memory' as const;
  readonly can = { charts: true, selection: true, tables: true } as const;
  /** How many block reads and writes the port has served: commands promise one read and few writes. */
  readonly stats = { reads: 0, writes: 0 };
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

  async mergeCells(sheet: string, range: string): Promise<void> {
    const s = this.portSheet(sheet);
    const r = parseRange(range);
    s.merges = s.merges.filter((m) => !intersect(m, r)); // as Excel: merging over a merged area makes one merge of the whole
    this.merge(s.name, rectAddress(r));
  }
  async pageSetup(sheet: string, setup: PageSetup): Promise<void> {
    const s = this.portSheet(sheet);
    if (setup.printArea !== undefined) parseRange(setup.printArea); // a bad address fails here, as on every host
    s.page = structuredClone(setup);
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
}
