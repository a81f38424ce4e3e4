/**
 * The WPS adapter over the fake ET, with MemoryWorkbook's inspection API (cell, values, fill, note, conditionalFill,
 * validation, charts, put, select, stats…), read back from the fake's own state. So any test written against
 * MemoryWorkbook — the command tests, a shared contract suite — runs unchanged over WPS: one entry, `WpsHarness`.
 */
import type { CellValue } from '../../src/engine/core/cell';
import type { ChartRecord, ColorRule, RangeFormat } from '../../src/host/port';
import { parseRange, rectAddress } from '../../src/host/range';
import { a1 } from '../../src/engine/core/cell';
import { WpsWorkbook } from '../../src/host/wps/workbook';
import { XL } from '../../src/host/wps/et';
import { FakeEt } from './wps-fake/app';
import { hasValue, hexOf, key, shown, unkey, type FCell } from './wps-fake/model';
import type { FakeRange } from './wps-fake/range';

export interface HarnessOptions {
  readonly active?: string;
  readonly selection?: { sheet: string; address: string };
}

const DATE_FORMAT = /^yyyy-mm-dd/;
const addressOf = (r: unknown): string => rectAddress(parseRange((r as FakeRange).Address(false, false)));

const ALIGNS: Readonly<Record<number, 'left' | 'center' | 'right'>> = { [XL.alignLeft]: 'left', [XL.alignCenter]: 'center', [XL.alignRight]: 'right' };

export class WpsHarness extends WpsWorkbook {
  /** Port block reads and writes served, counted as MemoryWorkbook counts them. */
  readonly stats = { reads: 0, writes: 0 };

  constructor(readonly x: FakeEt = new FakeEt()) {
    super({ app: x, events: x.ApiEvent });
  }

  static fromSheets(sheets: Record<string, readonly (readonly CellValue[])[]>, opts: HarnessOptions = {}): WpsHarness {
    const x = FakeEt.from(sheets);
    if (opts.active) x.activeSheet = x.sheet(opts.active);
    if (opts.selection) {
      const active = x.activeSheet;
      x.select(opts.selection.sheet, opts.selection.address);
      if (opts.active === undefined && active) x.activeSheet = active;
    }
    return new WpsHarness(x);
  }

  // ---- counted port reads and writes ----

  override async snapshot(...args: Parameters<WpsWorkbook['snapshot']>): ReturnType<WpsWorkbook['snapshot']> {
    const out = await super.snapshot(...args);
    this.stats.reads++;
    return out;
  }
  override async readTable(...args: Parameters<WpsWorkbook['readTable']>): ReturnType<WpsWorkbook['readTable']> {
    const out = await super.readTable(...args);
    this.stats.reads++;
    return out;
  }
  override async readTables(...args: Parameters<WpsWorkbook['readTables']>): ReturnType<WpsWorkbook['readTables']> {
    const out = await super.readTables(...args);
    this.stats.reads++;
    return out;
  }
  override async readSelection(): ReturnType<WpsWorkbook['readSelection']> {
    const out = await super.readSelection();
    this.stats.reads++;
    return out;
  }
  override async write(...args: Parameters<WpsWorkbook['write']>): Promise<void> {
    await super.write(...args);
    this.stats.writes++;
  }

  // ---- inspection and user actions, as MemoryWorkbook has them ----

  private at(sheet: string, address: string): FCell | undefined {
    const { top, left } = parseRange(address);
    return this.x.sheet(sheet).cells.get(key(top, left));
  }
  private valueIn(c: FCell | undefined): CellValue {
    if (!hasValue(c)) return null;
    if (c!.err !== undefined) return c!.err;
    if (c!.formula !== undefined) return c!.formula;
    const v = c!.v!;
    if (typeof v === 'number' && c!.fmt !== undefined && DATE_FORMAT.test(c!.fmt)) return new Date(Math.round((v - 25569) * 86400000));
    return v;
  }
  cell(sheet: string, address: string): CellValue {
    return this.valueIn(this.at(sheet, address));
  }
  /** Values from the first to the last cell holding one (the settings sheet too). */
  values(sheet: string): CellValue[][] {
    const s = this.x.sheet(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of s.cells) {
      if (!hasValue(c)) continue;
      const { row, col } = unkey(k);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    const out: CellValue[][] = [];
    for (let row = top; row <= bottom; row++) {
      const line: CellValue[] = [];
      for (let col = left; col <= right; col++) line.push(this.valueIn(s.cells.get(key(row, col))));
      out.push(line);
    }
    return out;
  }
  fill(sheet: string, address: string): string | undefined {
    const f = this.at(sheet, address)?.fill;
    return f === undefined ? undefined : hexOf(f);
  }
  note(sheet: string, address: string): string | undefined {
    return this.at(sheet, address)?.comment;
  }
  numberFormat(sheet: string, address: string): string | undefined {
    return this.at(sheet, address)?.fmt;
  }
  format(sheet: string, address: string): RangeFormat {
    const c = this.at(sheet, address);
    const width = this.x.sheet(sheet).widths.get(parseRange(address).left);
    const height = this.x.sheet(sheet).heights.get(parseRange(address).top);
    return {
      ...(c?.bold !== undefined ? { bold: c.bold } : {}),
      ...(c?.fill !== undefined ? { fill: hexOf(c.fill) } : {}),
      ...(c?.font !== undefined ? { font: hexOf(c.font) } : {}),
      ...(c?.fmt !== undefined ? { numberFormat: c.fmt } : {}),
      ...(c?.wrap !== undefined ? { wrap: c.wrap } : {}),
      ...(width !== undefined ? { columnWidth: width } : {}),
      ...(c?.align !== undefined ? { align: ALIGNS[c.align] } : {}),
      ...(c?.size !== undefined ? { fontSize: c.size } : {}),
      ...(c?.border === XL.continuous ? { border: true } : {}),
      ...(height !== undefined ? { rowHeight: height } : {}),
    };
  }
  /** The conditional format that colours the cell now (the last one matching its shown text). */
  conditionalFill(sheet: string, address: string): ColorRule | undefined {
    const { top, left } = parseRange(address);
    const s = this.x.sheet(sheet);
    const text = shown(s.cells.get(key(top, left)));
    let hit: ColorRule | undefined;
    for (const c of s.conditions) {
      if (!c.areas.some((r) => top >= r.top && top <= r.bottom && left >= r.left && left <= r.right)) continue;
      const equals = /^="(.*)"$/s.exec(c.formula1 ?? '')?.[1]?.replace(/""/g, '"');
      if (equals !== text) continue;
      const font = c.Font.Color;
      hit = { equals, fill: hexOf(c.Interior.Color as number), ...(typeof font === 'number' ? { font: hexOf(font) } : {}) };
    }
    return hit;
  }
  /** The drop-down list in force at the cell: inline items, or the referenced column of the lists sheet. */
  validation(sheet: string, address: string): string[] | undefined {
    const f = this.at(sheet, address)?.validation?.formula1;
    if (f === undefined) return undefined;
    if (!f.startsWith('=')) return f.split(',');
    const ref = /^='?([^'!]+)'?!(.+)$/.exec(f);
    if (!ref) throw new Error(`unreadable list source ${f}`);
    const r = parseRange(ref[2]!);
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) out.push(String(this.cell(ref[1]!, a1(row, r.left)) ?? ''));
    return out;
  }
  charts(sheet: string): ChartRecord[] {
    return this.x.sheet(sheet).charts.map((c) => ({
      type: c.ChartType === 57 ? 'bar' : 'column',
      title: c.ChartTitle.Text,
      categories: c.series[0] ? addressOf(c.series[0].XValues) : '',
      series: c.series.map((s) => ({ name: s.Name, values: addressOf(s.Values), ...(typeof s.Format.Fill.ForeColor.RGB === 'number' ? { color: hexOf(s.Format.Fill.ForeColor.RGB) } : {}) })),
      anchor: a1(c.top / 15 + 1, c.left / 48 + 1),
      sheet: this.x.sheet(sheet).name,
    }));
  }
  isHidden(sheet: string): boolean {
    return this.x.sheet(sheet).visible !== -1;
  }
  allSheetNames(): string[] {
    return this.x.state.map((s) => s.name);
  }
  /** Types values as the user would; `numberFormat` formats their cells as a user would ("0%": 0.5 shows 50%). */
  put(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts: { numberFormat?: string } = {}): void {
    this.x.put(sheet, topLeft, values);
    const { top, left } = parseRange(topLeft);
    const width = Math.max(0, ...values.map((r) => r.length));
    if (opts.numberFormat !== undefined && values.length > 0 && width > 0) {
      this.x.format(sheet, rectAddress({ top, left, bottom: top + values.length - 1, right: left + width - 1 }), opts.numberFormat);
    }
  }
  setNote(sheet: string, address: string, note: string): void {
    this.x.comment(sheet, address, note);
  }
  addTable(sheet: string, name: string, address: string): void {
    this.x.addTable(sheet, name, address);
  }
  select(sheet: string, address: string): void {
    this.x.select(sheet, address);
  }
}

/** The small two-sheet workbook the adapter tests start from, 单位 active. */
export const units = (): WpsHarness =>
  WpsHarness.fromSheets({
    说明: [['本表为县级绩效考核']],
    单位: [['单位', '分组', '得分'], ['县财政局', 'A', 91.5], ['县教育局', 'B', '88']],
  }, { active: '单位' });
