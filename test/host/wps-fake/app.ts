/**
 * A fake WPS 表格 application for tests, typed by the adapter's narrow ET interfaces (themselves checked against
 * et-jsapi-declare): synchronous, 1-based, Value2 a scalar for one cell and a 2-D array otherwise, BGR colours,
 * Address() a method, Worksheets.Add activating the new sheet, Delete asking the user unless DisplayAlerts is false,
 * UsedRange covering formatted empty cells, AddComment failing on a cell that has one. Besides the ET members it has
 * what a user does (put values, format, merge, comment, select) and what a test inspects, plus call counts.
 */
import type { CellValue } from '../../../src/engine/core/cell';
import { parseRange, rectAddress, type Rect } from '../../../src/host/range';
import type { EtApiEvent, EtApp, EtChartObjects, EtListObject, EtSheet, EtSheets, EtWorkbook } from '../../../src/host/wps/et';
import { XL } from '../../../src/host/wps/et';
import { cellsOf, isUsed, key, newFSheet, typeInto, unkey, type FChart, type FPage, type FSheet } from './model';
import { FakeRange, type RangeHost } from './range';

type Listener = (...args: never[]) => void;
const MAX_ADDRESS = 255;

class FakeSheet implements EtSheet {
  constructor(private readonly x: FakeEt, readonly s: FSheet) {}
  get Name(): string {
    return this.s.name;
  }
  set Name(name: string) {
    if (this.x.state.some((o) => o !== this.s && o.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称“${name}”已被占用`);
    this.s.name = name;
  }
  get Index(): number {
    return this.x.state.indexOf(this.s) + 1;
  }
  get Visible(): number {
    return this.s.visible;
  }
  set Visible(v: number) {
    if (v !== XL.sheetVisible && this.x.state.filter((o) => o !== this.s && o.visible === XL.sheetVisible).length === 0) throw new Error('a workbook keeps one visible sheet');
    this.s.visible = v;
  }
  Activate(): void {
    if (this.s.visible !== XL.sheetVisible) throw new Error(`cannot activate hidden sheet ${this.s.name}`);
    this.x.activeSheet = this.s;
  }
  Delete(): void {
    if (this.x.DisplayAlerts) this.x.alertsShown++;
    const others = this.x.state.filter((o) => o !== this.s && o.visible === XL.sheetVisible);
    if (others.length === 0) throw new Error('a workbook keeps one visible sheet');
    this.x.state.splice(this.x.state.indexOf(this.s), 1);
    if (this.x.activeSheet === this.s) this.x.activeSheet = others[0]!;
  }
  get UsedRange(): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.s.cells) {
      if (!isUsed(c)) continue;
      const { row, col } = unkey(k);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return this.range(bottom === 0 ? [{ top: 1, left: 1, bottom: 1, right: 1 }] : [{ top, left, bottom, right }]);
  }
  Range(address: string): FakeRange {
    this.x.count('Range');
    if (address.length > MAX_ADDRESS) throw new Error(`address longer than ${MAX_ADDRESS} characters`);
    return this.range(address.split(',').map((a) => parseRange(a)));
  }
  get ListObjects(): { readonly Count: number; Item(index: number): EtListObject } {
    return { Count: this.s.tables.length, Item: (i) => ({ Name: this.s.tables[i - 1]!.name, Range: this.range([this.s.tables[i - 1]!.rect]) }) };
  }
  ChartObjects(): EtChartObjects {
    return {
      Count: this.s.charts.length,
      Add: (left, top) => {
        const chart: FChart = {
          ChartType: 0, HasTitle: false, ChartTitle: { Text: '' }, series: [], left, top,
        };
        this.s.charts.push(chart);
        const et = {
          get ChartType() { return chart.ChartType; },
          set ChartType(v: number) { chart.ChartType = v; },
          get HasTitle() { return chart.HasTitle; },
          set HasTitle(v: boolean) { chart.HasTitle = v; },
          ChartTitle: chart.ChartTitle,
          SeriesCollection: () => ({
            NewSeries: () => {
              const s = { Name: '', Values: undefined as unknown, XValues: undefined as unknown, Format: { Fill: { ForeColor: { RGB: undefined as unknown } } } };
              chart.series.push(s);
              return s;
            },
          }),
        };
        return { Chart: et };
      },
    };
  }
  get PageSetup(): FPage {
    return this.s.page;
  }
  private range(areas: Rect[]): FakeRange {
    return new FakeRange(this.x, this.s, areas);
  }
}

export class FakeEt implements EtApp, RangeHost {
  state: FSheet[] = [];
  activeSheet: FSheet | undefined;
  /** The selected range, or 'chart' when a chart is selected, or null. */
  selection: { sheet: FSheet; areas: Rect[] } | 'chart' | null = null;
  DisplayAlerts = true;
  ScreenUpdating = true;
  Version: unknown = '12.0';
  Build: unknown = '12.1.0.20540';
  /** Times Delete asked the user (DisplayAlerts left on). */
  alertsShown = 0;
  /** False: no workbook is open. */
  open = true;
  readonly calls = new Map<string, number>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly wrappers = new WeakMap<FSheet, FakeSheet>();

  /** A workbook holding these sheets from A1 (first one active); null and '' leave a cell empty. */
  static from(sheets: Record<string, readonly (readonly CellValue[])[]>): FakeEt {
    const x = new FakeEt();
    for (const [name, rows] of Object.entries(sheets)) {
      x.state.push(newFSheet(name));
      x.put(name, 'A1', rows);
    }
    x.activeSheet = x.state[0];
    return x;
  }

  alerted(): void {
    if (this.DisplayAlerts) this.alertsShown++;
  }
  count(call: string): void {
    this.calls.set(call, (this.calls.get(call) ?? 0) + 1);
  }
  /** How many times `call` was made (e.g. 'Value2.set'). */
  made(call: string): number {
    return this.calls.get(call) ?? 0;
  }
  sheetObject(s: FSheet): FakeSheet {
    let w = this.wrappers.get(s);
    if (!w) this.wrappers.set(s, (w = new FakeSheet(this, s)));
    return w;
  }

  // ---- ET ----

  get ActiveWorkbook(): EtWorkbook | null {
    if (!this.open) return null;
    const sheets: EtSheets = {
      get Count() { return x.state.length; },
      Item: (index) => {
        const s = typeof index === 'number' ? this.state[index - 1] : this.state.find((o) => o.name.toLowerCase() === index.toLowerCase());
        if (!s) throw new Error(`下标越界 / no sheet ${String(index)}`);
        return this.sheetObject(s);
      },
      Add: (before, after) => {
        this.count('Worksheets.Add');
        let n = this.state.length + 1;
        while (this.state.some((o) => o.name.toLowerCase() === `sheet${n}`)) n++;
        const s = newFSheet(`Sheet${n}`);
        const at = before ? this.state.indexOf((before as FakeSheet).s) : after ? this.state.indexOf((after as FakeSheet).s) + 1 : this.state.indexOf(this.activeSheet!);
        this.state.splice(at, 0, s);
        this.activeSheet = s;
        return this.sheetObject(s);
      },
    };
    const x = this;
    return { Worksheets: sheets };
  }
  get ActiveSheet(): EtSheet | null {
    return this.open && this.activeSheet ? this.sheetObject(this.activeSheet) : null;
  }
  get Selection(): unknown {
    const sel = this.selection;
    if (sel === null || !this.open) return null;
    if (sel === 'chart') return { Chart: {}, Name: '图表 1' }; // a ChartObject: no Address, no Worksheet
    return new FakeRange(this, sel.sheet, sel.areas);
  }
  /** wps.ApiEvent */
  readonly ApiEvent: EtApiEvent = {
    AddApiEventListener: (event, cb) => {
      const set = this.listeners.get(event) ?? new Set();
      set.add(cb);
      this.listeners.set(event, set);
    },
    RemoveApiEventListener: (event, cb) => {
      if (cb) this.listeners.get(event)?.delete(cb);
      else this.listeners.delete(event);
    },
  };

  // ---- what a user does ----

  sheet(name: string): FSheet {
    const s = this.state.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  addSheet(name: string): FSheet {
    const s = newFSheet(name);
    this.state.push(s);
    this.activeSheet ??= s;
    return s;
  }
  /**
   * Types values from `topLeft` as the user would; text stays text (a test's input is what the user meant), an
   * error text ("#N/A") becomes an error value, a Date its serial formatted as a date, null empties the cell.
   */
  put(sheet: string, topLeft: string, rows: readonly (readonly CellValue[])[]): void {
    const s = this.state.find((o) => o.name === sheet) ?? this.addSheet(sheet);
    const at = parseRange(topLeft);
    rows.forEach((row, r) => row.forEach((v, c) => {
      const k = key(at.top + r, at.left + c);
      const cell = s.cells.get(k) ?? {};
      typeInto(cell, undefined); // what was there goes, as when the user types over it
      if (v === null || v === '') {
        if (isUsed(cell)) s.cells.set(k, cell);
        else s.cells.delete(k);
        return;
      }
      if (v instanceof Date) {
        cell.v = v.getTime() / 86400000 + 25569;
        cell.fmt ??= 'yyyy-mm-dd';
      }
      else if (typeof v === 'string' && /^#[A-Z/0!?]+/.test(v)) cell.err = v; // an error value, as a formula would leave
      else if (typeof v === 'string') cell.v = v; // typed text stays text in the setup
      else typeInto(cell, v);
      s.cells.set(k, cell);
    }));
  }
  format(sheet: string, address: string, fmt: string): void {
    const s = this.sheet(sheet);
    for (const { row, col } of cellsOf(parseRange(address))) {
      const k = key(row, col);
      s.cells.set(k, { ...s.cells.get(k), fmt });
    }
  }
  merge(sheet: string, address: string): void {
    this.sheet(sheet).merges.push(parseRange(address));
  }
  comment(sheet: string, address: string, text: string): void {
    const { top, left } = parseRange(address);
    const s = this.sheet(sheet);
    s.cells.set(key(top, left), { ...s.cells.get(key(top, left)), comment: text });
  }
  addTable(sheet: string, name: string, address: string): void {
    this.sheet(sheet).tables.push({ name, rect: parseRange(address) });
  }
  /** Selects `address` (several areas with commas), activating its sheet; listeners hear SheetSelectionChange. */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.activeSheet = s;
    this.selectRange(s, address.split(',').map((a) => parseRange(a)));
  }
  selectRange(s: FSheet, areas: readonly Rect[]): void {
    if (this.activeSheet !== s) throw new Error(`Range.Select: sheet ${s.name} is not active`); // as ET (and Excel) refuse
    this.selection = { sheet: s, areas: [...areas] };
    const range = new FakeRange(this, s, this.selection.areas);
    for (const cb of this.listeners.get('SheetSelectionChange') ?? []) (cb as (ws: EtSheet, r: FakeRange) => void)(this.sheetObject(s), range);
  }

  // ---- what a test inspects ----

  cell(sheet: string, address: string) {
    const { top, left } = parseRange(address);
    return this.sheet(sheet).cells.get(key(top, left));
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }
  addressOf(r: Rect): string {
    return rectAddress(r);
  }
}
