/** The fake ET Range: one or more areas of a sheet, behaving as ET documents (see model.ts and src/host/wps/et.ts). */
import { a1 } from '../../../src/engine/core/cell';
import type { EtComment, EtFormatCondition, EtRange, EtSheet, EtValidation } from '../../../src/host/wps/et';
import { XL } from '../../../src/host/wps/et';
import type { Rect } from '../../../src/host/range';
import {
  cellsOf, ERROR_CODES, inMerge, key, shown, typeInto, type FCell, type FSheet, type FValidation,
} from './model';

/** What a range needs from the fake application: its sheets' wrappers and the call counts. */
export interface RangeHost {
  count(call: string): void;
  /** A dialog asked the user (unless DisplayAlerts is false). */
  alerted(): void;
  sheetObject(s: FSheet): EtSheet;
  /** Range.Select: the range becomes the selection (its sheet must be active, as in ET); listeners hear of it. */
  selectRange(s: FSheet, areas: readonly Rect[]): void;
}

const abs = (row: number, col: number, absolute: boolean): string => {
  const plain = a1(row, col);
  return absolute ? plain.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2') : plain;
};

export class FakeRange implements EtRange {
  constructor(private readonly host: RangeHost, readonly sheet: FSheet, readonly areas: readonly Rect[]) {
    if (areas.length === 0) throw new Error('a range has at least one area');
  }

  private get first(): Rect {
    return this.areas[0]!;
  }
  private cell(row: number, col: number, create: true): FCell;
  private cell(row: number, col: number, create?: false): FCell | undefined;
  private cell(row: number, col: number, create = false): FCell | undefined {
    let c = this.sheet.cells.get(key(row, col));
    if (!c && create) this.sheet.cells.set(key(row, col), (c = {}));
    return c;
  }
  private *all(): Generator<{ row: number; col: number }> {
    for (const r of this.areas) yield* cellsOf(r);
  }
  private each(fn: (c: FCell) => void): void {
    for (const { row, col } of this.all()) fn(this.cell(row, col, true));
  }
  /** The one value all cells share, or null when they differ. */
  private uniform<T>(get: (c: FCell | undefined) => T): T | null {
    let seen: { v: T } | undefined;
    for (const { row, col } of this.all()) {
      const v = get(this.cell(row, col));
      if (!seen) seen = { v };
      else if (seen.v !== v) return null;
    }
    return seen!.v;
  }
  private valueAt(row: number, col: number): unknown {
    const c = this.cell(row, col);
    if (!c) return undefined;
    if (c.err !== undefined) return ERROR_CODES[c.err] ?? ERROR_CODES['#VALUE!'];
    return c.v;
  }

  Select(): boolean {
    this.host.count('Select');
    this.host.selectRange(this.sheet, this.areas);
    return true;
  }
  get Value2(): unknown {
    this.host.count('Value2.get');
    const r = this.first;
    if (r.top === r.bottom && r.left === r.right) return this.valueAt(r.top, r.left);
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(this.valueAt(row, col));
      out.push(line);
    }
    return out;
  }
  set Value2(v: unknown) {
    this.host.count('Value2.set');
    if (!Array.isArray(v)) {
      this.each((c) => typeInto(c, v));
      return;
    }
    if (this.areas.length > 1) throw new Error('an array goes into one area');
    const r = this.first;
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown = v[row - r.top];
      if (!Array.isArray(line) || line.length !== r.right - r.left + 1) throw new Error(`Value2 row ${row - r.top} does not fit ${this.Address()}`);
      for (let col = r.left; col <= r.right; col++) typeInto(this.cell(row, col, true), line[col - r.left]);
    }
  }

  get NumberFormat(): unknown {
    this.host.count('NumberFormat.get');
    return this.uniform((c) => c?.fmt ?? 'General');
  }
  set NumberFormat(f: unknown) {
    this.host.count('NumberFormat.set');
    if (typeof f !== 'string') throw new TypeError('NumberFormat takes one format text');
    this.each((c) => (f === 'General' ? delete c.fmt : (c.fmt = f)));
  }

  get Text(): unknown {
    return shown(this.cell(this.first.top, this.first.left));
  }

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    const one = (r: Rect): string => {
      const from = abs(r.top, r.left, RowAbsolute && ColumnAbsolute);
      return r.top === r.bottom && r.left === r.right ? from : `${from}:${abs(r.bottom, r.right, RowAbsolute && ColumnAbsolute)}`;
    };
    return this.areas.map(one).join(',');
  }
  get Row(): number {
    return this.first.top;
  }
  get Column(): number {
    return this.first.left;
  }
  get Rows(): { readonly Count: number } {
    return { Count: this.first.bottom - this.first.top + 1 };
  }
  get Columns(): { readonly Count: number } {
    return { Count: this.first.right - this.first.left + 1 };
  }
  get Areas(): { readonly Count: number; Item(index: number): EtRange } {
    return { Count: this.areas.length, Item: (i) => new FakeRange(this.host, this.sheet, [this.areas[i - 1]!]) };
  }
  get Worksheet(): EtSheet {
    return this.host.sheetObject(this.sheet);
  }

  get Interior(): { Color: unknown; ColorIndex: unknown } {
    const range = this;
    return {
      get Color() {
        return range.uniform((c) => c?.fill ?? 16777215); // no fill reads as white
      },
      set Color(v: unknown) {
        range.host.count('Interior.Color.set');
        if (typeof v !== 'number') throw new TypeError('Interior.Color takes a BGR number');
        range.each((c) => (c.fill = v));
      },
      get ColorIndex() {
        return range.uniform((c) => (c?.fill === undefined ? XL.none : 1));
      },
      set ColorIndex(v: unknown) {
        range.host.count('Interior.ColorIndex.set');
        if (v !== XL.none) throw new Error('the fake only clears fills by ColorIndex');
        range.each((c) => delete c.fill);
      },
    };
  }
  get Font(): { Bold: unknown; Color: unknown; Size: unknown } {
    const range = this;
    return {
      get Size() {
        return range.uniform((c) => c?.size ?? 11);
      },
      set Size(v: unknown) {
        if (typeof v !== 'number') throw new TypeError('Font.Size takes points');
        range.each((c) => (c.size = v));
      },
      get Bold() {
        return range.uniform((c) => c?.bold ?? false);
      },
      set Bold(v: unknown) {
        range.each((c) => (c.bold = v === true));
      },
      get Color() {
        return range.uniform((c) => c?.font ?? 0);
      },
      set Color(v: unknown) {
        if (typeof v !== 'number') throw new TypeError('Font.Color takes a BGR number');
        range.each((c) => (c.font = v));
      },
    };
  }
  get WrapText(): unknown {
    return this.uniform((c) => c?.wrap ?? false);
  }
  set WrapText(v: unknown) {
    this.each((c) => (c.wrap = v === true));
  }
  get ColumnWidth(): unknown {
    return this.sheet.widths.get(this.first.left) ?? 8.38;
  }
  set ColumnWidth(v: unknown) {
    if (typeof v !== 'number') throw new TypeError('ColumnWidth takes a number of characters');
    for (const r of this.areas) for (let col = r.left; col <= r.right; col++) this.sheet.widths.set(col, v);
  }

  get RowHeight(): unknown {
    return this.sheet.heights.get(this.first.top) ?? 13.5;
  }
  set RowHeight(v: unknown) {
    if (typeof v !== 'number') throw new TypeError('RowHeight takes points');
    for (const r of this.areas) for (let row = r.top; row <= r.bottom; row++) this.sheet.heights.set(row, v);
  }
  get HorizontalAlignment(): unknown {
    return this.uniform((c) => c?.align ?? 1); // xlGeneral
  }
  set HorizontalAlignment(v: unknown) {
    if (v !== XL.alignLeft && v !== XL.alignCenter && v !== XL.alignRight) throw new TypeError(`HorizontalAlignment ${String(v)}`);
    this.each((c) => (c.align = v));
  }
  get Borders(): { LineStyle: unknown; Weight: unknown } {
    const range = this;
    return {
      get LineStyle() {
        return range.uniform((c) => c?.border ?? -4142);
      },
      set LineStyle(v: unknown) {
        if (typeof v !== 'number') throw new TypeError('Borders.LineStyle takes an XlLineStyle');
        range.each((c) => (c.border = v));
      },
      get Weight() {
        return XL.thin;
      },
      set Weight(v: unknown) {
        if (v !== XL.thin) throw new TypeError('the fake draws thin borders only');
      },
    };
  }
  /** As ET: one merge of the area; with several values the user is asked (unless DisplayAlerts is false) and only the top-left stays. */
  Merge(Across?: boolean): void {
    this.host.count('Merge');
    if (Across) throw new Error('the fake merges whole areas only');
    for (const r of this.areas) {
      let values = 0;
      for (const { row, col } of cellsOf(r)) {
        const c = this.cell(row, col);
        if (c && (c.v !== undefined || c.formula !== undefined || c.err !== undefined)) values++;
        if (c && (row !== r.top || col !== r.left)) {
          delete c.v;
          delete c.formula;
          delete c.err;
        }
      }
      if (values > 1) this.host.alerted();
      const kept = this.sheet.merges.filter((m) => !(m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left));
      this.sheet.merges.splice(0, this.sheet.merges.length, ...kept, r);
    }
  }

  get Comment(): EtComment | null {
    const c = this.cell(this.first.top, this.first.left);
    if (c?.comment === undefined) return null;
    return { Text: () => c.comment ?? '', Delete: () => void delete c.comment };
  }
  AddComment(Text?: string): EtComment {
    this.host.count('AddComment');
    const c = this.cell(this.first.top, this.first.left, true);
    if (c.comment !== undefined) throw new Error(`${this.Address(false, false)} 已有批注 / already has a comment`);
    c.comment = Text ?? '';
    return this.Comment!;
  }

  get MergeCells(): unknown {
    this.host.count('MergeCells.get');
    let merged = 0;
    let total = 0;
    for (const { row, col } of this.all()) {
      total++;
      if (inMerge(this.sheet, row, col)) merged++;
    }
    return merged === 0 ? false : merged === total ? true : null;
  }
  get MergeArea(): EtRange {
    const m = inMerge(this.sheet, this.first.top, this.first.left);
    return new FakeRange(this.host, this.sheet, [m ?? { top: this.first.top, left: this.first.left, bottom: this.first.top, right: this.first.left }]);
  }

  get Validation(): EtValidation {
    const range = this;
    let shared: FValidation | undefined;
    const target = (): FValidation => {
      if (!shared) throw new Error('Validation.Add first');
      return shared;
    };
    return {
      Delete: () => range.each((c) => delete c.validation),
      Add: (type, alert, _operator, formula1) => {
        range.host.count('Validation.Add');
        for (const { row, col } of range.all()) {
          if (range.cell(row, col)?.validation) throw new Error(`${a1(row, col)} 已有数据有效性 / already has validation`);
        }
        const v: FValidation = { type, alert, formula1, InCellDropdown: true, ShowError: true, ErrorTitle: '', ErrorMessage: '' };
        shared = v;
        range.each((c) => (c.validation = v));
      },
      get InCellDropdown() { return target().InCellDropdown; },
      set InCellDropdown(v) { target().InCellDropdown = v; },
      get ShowError() { return target().ShowError; },
      set ShowError(v) { target().ShowError = v; },
      get ErrorTitle() { return target().ErrorTitle; },
      set ErrorTitle(v) { target().ErrorTitle = v; },
      get ErrorMessage() { return target().ErrorMessage; },
      set ErrorMessage(v) { target().ErrorMessage = v; },
    };
  }
  get FormatConditions(): { Add(Type: number, Operator?: number, Formula1?: string): EtFormatCondition } {
    return {
      Add: (type, operator, formula1) => {
        const fc = { areas: this.areas, type, operator, formula1, Interior: { Color: undefined as unknown }, Font: { Color: undefined as unknown } };
        this.sheet.conditions.push(fc);
        return fc;
      },
    };
  }
  get Left(): unknown {
    return (this.first.left - 1) * 48;
  }
  get Top(): unknown {
    return (this.first.top - 1) * 15;
  }
}
