/**
 * A small Excel for tests of ExcelWorkbook: ranges, worksheets, notes, charts and conditional formats are
 * office-addin-mock objects (a property read before load + sync gives the mock's error text, so a missing load
 * shows up as a wrong value), method calls are queued and applied at ctx.sync() in order, then property writes
 * are applied — as Excel sends a batch. `syncs` counts context.sync() independently of the adapter.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1 } from '../../src/engine/core/cell';
import { contains, intersect, parseRange, qualify, rectAddress, type Rect } from '../../src/host/range';

type Scalar = string | number | boolean;
export interface FakeCell { value: Scalar; numberFormat?: string; fill?: string; note?: string }
export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  conditional: { address: string; fill: string; font?: string; rule: { formula1: string; operator: string } }[];
  validations: { address: string; rule: unknown }[];
  charts: { type: string; title: string; position: string; series: { name: string; values?: string; x?: string; color?: string }[] }[];
  tables: { name: string; address: string }[];
  formats: { address: string; bold?: boolean; font?: string; columnWidth?: number; wrap?: boolean; align?: string; size?: number; rowHeight?: number; borders?: string[] }[];
  /** Merged areas (A1 ranges); only their top-left cell holds a value. */
  merges: string[];
  /** worksheet.pageLayout as the add-in set it (ExcelApi 1.9). */
  page: FakePage;
}

export interface FakePage {
  paperSize?: string;
  orientation?: string;
  centerHorizontally?: boolean;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printArea?: string;
  headers: Record<string, string>;
}

const ERRORS = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);
const set = (v: unknown): boolean => v !== undefined && v !== '' && !(typeof v === 'string' && ERRORS.has(v));
/** Requests are sized in UTF-8 bytes, as sent: a Chinese character is 3. */
const utf8 = new TextEncoder();
const plainSet = (v: unknown): boolean => set(v) && !(v instanceof OfficeMockObject);
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeExcel {
  sheets: FakeSheet[] = [];
  active = '';
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  /** Office.js calls that reach cells, counted to show formatting goes by range, not cell by cell. */
  calls = { getRange: 0, getRanges: 0, noteAdd: 0, noteLocate: 0, mergedAreas: 0 };
  /** Makes getSelectedRange fail, as when a chart is selected. */
  selectionFails = false;
  /** Makes a method called on a missing sheet's null object fail the sync (the strict reading of the docs). */
  nullChainFails = false;
  private ops: (() => void)[] = [];
  /** Property writes to apply at the next sync; `keep` ones (ranges, sheets) look again at every later sync. */
  private watchers: (() => void)[] = [];
  private kept: (() => void)[] = [];
  private mocks: OfficeMockObject[] = [];
  /** Estimated bytes of each context.sync()'s request, in order (see `queue`); `largestRequestKB` reads it. */
  requests: number[] = [];
  private requestBytes = 0;

  /** The largest request sent since sync number `from` (0: ever), in KB. */
  largestRequestKB(from = 0): number {
    return Math.max(0, ...this.requests.slice(from)) / 1024;
  }

  /**
   * Counts what Office.js would put in the request for one queued action: a method call or object path with its
   * arguments, a property set with its value, or a load. The envelope is modelled on the RichApi JSON
   * ({"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}, plus an ObjectPath entry
   * for a call that returns an object), so the estimate tracks the real request size within the envelope's ~100 bytes.
   */
  private queue(name: string, args: readonly unknown[], objectPath = true): void {
    const action = utf8.encode(JSON.stringify({ Id: 99999, ActionType: 1, Name: name, ObjectPathId: 99999, ArgumentInfo: { Arguments: args } })).length;
    this.requestBytes += action + (objectPath ? JSON.stringify({ Id: 99999, ObjectPathType: 3, Name: name, ParentObjectPathId: 99999 }).length : 0);
  }

  static from(sheets: Record<string, Scalar[][]>, selection?: { sheet: string; address: string }): FakeExcel {
    const x = new FakeExcel();
    for (const [name, rows] of Object.entries(sheets)) {
      const s = x.addSheetState(name);
      rows.forEach((row, r) => row.forEach((v, c) => v !== '' && s.cells.set(a1(r + 1, c + 1), { value: v })));
    }
    x.active = Object.keys(sheets)[0] ?? '';
    x.selection = selection ?? null;
    return x;
  }

  /** Stand-in for Excel.run. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.kept = []; // objects of an earlier run are no longer valid
    // A new request context starts with nothing queued: what a failed run queued is never sent.
    this.ops = [];
    this.watchers = [];
    this.requestBytes = 0;
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  private handlers: { handler: (e: { worksheetId: string; address: string }) => Promise<void> }[] = [];

  /** The user selects a range: Excel raises WorksheetCollection.onSelectionChanged (the fake's sheet ids are names). */
  async select(sheet: string, address: string): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, address };
    for (const h of [...this.handlers]) await h.handler({ worksheetId: sheet, address });
  }

  /** The user formats cells (e.g. "0%": a 0.5 shows as 50%); Range.numberFormat reads it back. */
  setNumberFormat(sheet: string, range: string, numberFormat: string): void {
    this.each(sheet, parseRange(range), (c) => { c.numberFormat = numberFormat; });
  }

  /** The user merges cells: as Excel, only the top-left value stays. */
  merge(sheet: string, address: string): void {
    const r = parseRange(address);
    const s = this.sheet(sheet);
    for (const [cell, c] of s.cells) {
      const p = parseRange(cell);
      if (contains(r, p.top, p.left) && (p.top !== r.top || p.left !== r.left)) c.value = '';
    }
    s.merges.push(rectAddress(r));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  // ---- the object model ----

  private context(): Any {
    const fake = this; // eslint-disable-line @typescript-eslint/no-this-alias
    const workbook = {
      worksheets: {
        load: () => { this.queue('load', ['items/name,items/position'], false); return workbook.worksheets; },
        get items() { return fake.sheets.map((s, i) => ({ name: s.name, position: i })); },
        getItem: (name: string) => this.worksheet(name, true),
        getItemOrNullObject: (name: string) => this.worksheet(name, false),
        getActiveWorksheet: () => this.worksheet(this.active, true),
        add: (name: string) => {
          this.ops.push(() => this.addSheetState(name));
          return this.worksheet(name, false, true);
        },
        onSelectionChanged: {
          add: (handler: (e: { worksheetId: string; address: string }) => Promise<void>) => {
            const entry = { handler, remove: () => this.ops.push(() => { this.handlers = this.handlers.filter((h) => h !== entry); }), context: ctx };
            this.ops.push(() => this.handlers.push(entry));
            return entry;
          },
        },
      },
      tables: {
        load: () => workbook.tables,
        get items() {
          return fake.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, worksheet: { name: s.name }, getRange: () => fake.range(s.name, parseRange(t.address)) })));
        },
      },
      notes: {
        load: () => { this.queue('load', ['items/visible'], false); return workbook.notes; },
        get items() {
          return fake.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.note !== undefined).map(([cell]) => fake.note(s.name, cell)));
        },
      },
      getSelectedRange: () => {
        if (this.selectionFails) this.ops.push(() => { throw new Error('InvalidSelection'); });
        const sel = this.selection;
        return sel ? this.range(sel.sheet, parseRange(sel.address)) : this.range(this.active, null);
      },
    };
    const ctx = { workbook, sync: () => this.sync() };
    return ctx;
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops.splice(0);
    const watchers = this.watchers.splice(0);
    for (const op of ops) op();
    for (const w of [...this.kept, ...watchers]) w();
    this.requests.push(this.requestBytes);
    this.requestBytes = 0;
    for (const m of this.mocks.splice(0)) await m.sync();
  }

  /** Queues a method call that returns nothing (counted in the request). */
  private queued(name: string, op: () => void): void {
    this.queue(name, [], false);
    this.ops.push(op);
  }
  /** Counts a property set found at a sync in the request; returns the fake for chaining. */
  private sent(name: string, value: unknown): this {
    this.queue(name, [value], false);
    return this;
  }

  private addSheetState(name: string): FakeSheet {
    const s: FakeSheet = { name, visibility: 'Visible', cells: new Map(), conditional: [], validations: [], charts: [], tables: [], formats: [], merges: [], page: { headers: {} } };
    this.sheets.push(s);
    return s;
  }

  private mock(data: Any, plain: Any = {}): OfficeMockObject & Any {
    const m = new OfficeMockObject(data) as OfficeMockObject & Any;
    Object.assign(m, plain); // values readable without load (collections' items, isNullObject)
    const load = m.load.bind(m);
    m.load = (props: Parameters<typeof load>[0]) => {
      this.queue('load', [props ?? ''], false);
      return load(props);
    };
    this.mocks.push(m);
    return m;
  }

  private worksheet(name: string, required: boolean, created = false): Any {
    const s = this.sheets.find((x) => x.name === name);
    this.queue('getItem', [name]);
    if (required) this.ops.push(() => { if (!this.sheets.some((x) => x.name === name)) throw new Error(`ItemNotFound: ${name}`); });
    const ws = this.mock({
      name, position: 0, visibility: s?.visibility ?? 'Visible',
      getRange: (address?: string) => {
        this.calls.getRange++;
        return this.range(name, address ? parseRange(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 });
      },
      getRanges: (list: string) => {
        this.calls.getRanges++;
        return this.areas(name, list);
      },
      getUsedRangeOrNullObject: () => {
        if (!s && !created && this.nullChainFails) this.ops.push(() => { throw new Error(`InvalidReference: ${name} is a null object`); });
        return this.range(name, s ? usedRect(s) ?? null : null);
      },
      activate: () => this.ops.push(() => { this.active = name; }),
      delete: () => this.ops.push(() => { this.sheets = this.sheets.filter((x) => x.name !== name); }),
      notes: {
        add: (cell: string, content: string) => {
          this.calls.noteAdd++;
          this.queue('add', [cell, content]);
          this.ops.push(() => {
            const c = this.cellFor(name, cell);
            if (c.note !== undefined) throw new Error(`InvalidArgument: ${cell} already has a note`);
            c.note = content;
          });
          return this.note(name, cell);
        },
        getItemOrNullObject: (cell: string) => {
          const note = this.sheets.find((x) => x.name === name)?.cells.get(cell)?.note;
          return this.mock({ content: note ?? '', delete: () => this.ops.push(() => { delete this.cellFor(name, cell).note; }) }, { isNullObject: note === undefined });
        },
      },
      charts: { add: (type: string, source: Any) => this.chart(name, type, source) },
      pageLayout: {
        paperSize: '', orientation: '', centerHorizontally: '', zoom: '',
        setPrintTitleRows: (rows: string) => this.ops.push(() => { this.sheet(name).page.printTitleRows = rows; }),
        setPrintArea: (area: string) => this.ops.push(() => { this.sheet(name).page.printArea = area; }),
        headersFooters: { defaultForAllPages: Object.fromEntries(HEADER_PARTS.map((k) => [k, ''])) },
      },
    }, {
      isNullObject: !s && !created,
      tables: { load() { return this; }, items: (s?.tables ?? []).map((t) => ({ name: t.name, getRange: () => this.range(name, parseRange(t.address)) })) },
    });
    const fresh = changes();
    this.kept.push(() => {
      const target = this.sheets.find((x) => x.name === name);
      if (!target) return;
      if (plainSet(ws.visibility) && fresh('vis', ws.visibility)) {
        this.queue('visibility', [ws.visibility], false);
        target.visibility = ws.visibility;
      }
      const p = ws.pageLayout;
      const page = target.page;
      if (plainSet(p.paperSize) && fresh('paper', p.paperSize)) { this.sent('paperSize', p.paperSize); page.paperSize = p.paperSize; }
      if (plainSet(p.orientation) && fresh('orient', p.orientation)) { this.sent('orientation', p.orientation); page.orientation = p.orientation; }
      if (typeof p.centerHorizontally === 'boolean' && fresh('center', p.centerHorizontally)) { this.sent('centerHorizontally', p.centerHorizontally); page.centerHorizontally = p.centerHorizontally; }
      if (plainSet(p.zoom) && fresh('zoom', p.zoom)) { this.sent('zoom', p.zoom); page.zoom = { ...p.zoom }; }
      for (const k of HEADER_PARTS) {
        const v = p.headersFooters.defaultForAllPages[k];
        if (typeof v === 'string' && !ERRORS.has(v) && fresh(k, v)) { this.sent(k, v); page.headers[k] = v; }
      }
      if (typeof ws.position === 'number' && fresh('pos', ws.position)) {
        this.sheets = this.sheets.filter((x) => x !== target);
        this.sheets.splice(ws.position, 0, target);
      }
    });
    return ws;
  }

  private range(sheet: string, rect: Rect | null): Any {
    const s = this.sheets.find((x) => x.name === sheet);
    const r = rect;
    const small = s !== undefined && r !== null && (r.bottom - r.top + 1) * (r.right - r.left + 1) <= 2_000_000; // a whole sheet is not loadable
    const values = r && small ? this.matrix(sheet, r, (c) => c?.value ?? '') : [];
    const types = values.map((row) => row.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : String(v).startsWith('#') ? 'Error' : 'String')));
    const formats = r && small ? this.matrix(sheet, r, (c) => c?.numberFormat ?? 'General') : [];
    const address = r ? qualify(sheet, rectAddress(r)) : '';
    this.queue('getRange', [address]);
    const range = this.mock({
      address, values, valueTypes: types, numberFormat: formats,
      rowIndex: (r?.top ?? 1) - 1, columnIndex: (r?.left ?? 1) - 1,
      rowCount: r ? r.bottom - r.top + 1 : 0, columnCount: r ? r.right - r.left + 1 : 0,
      format: {
        fill: { color: '', clear: () => this.queued('clear', () => this.each(sheet, r, (c) => delete c.fill)) }, font: { bold: false, color: '', size: 0 }, columnWidth: 0, wrapText: false,
        horizontalAlignment: '', rowHeight: 0,
        borders: { getItem: (edge: string) => this.border(sheet, r, edge) },
      },
      merge: (across?: boolean) => this.queued('merge', () => {
        if (across) throw new Error('the fake merges whole areas only');
        this.merge(sheet, rectAddress(r!));
      }),
      clear: () => this.queued('clear', () => this.each(sheet, r, (c) => { c.value = ''; })),
      select: () => this.ops.push(() => { this.active = sheet; this.selection = { sheet, address: r ? rectAddress(r) : '' }; }),
      getUsedRangeOrNullObject: () => {
        const used = s && r ? usedRect(s) : undefined;
        const inter = used && r ? intersect(used, r) : undefined;
        return this.range(sheet, inter ?? null);
      },
      conditionalFormats: { add: (type: string) => this.conditional(sheet, address, type) },
      // Range.getMergedAreasOrNullObject (ExcelApi 1.13): "Sheet1!A1:B2, Sheet1!D4:E5", a null object when none meet the range.
      getMergedAreasOrNullObject: () => {
        this.calls.mergedAreas++;
        const meeting = r && s ? s.merges.filter((m) => intersect(parseRange(m), r)) : [];
        return this.mock({ address: meeting.map((m) => qualify(sheet, m)).join(', ') }, { isNullObject: meeting.length === 0 });
      },
      dataValidation: { clear: () => this.ops.push(() => { this.sheet(sheet).validations = this.sheet(sheet).validations.filter((v) => v.address !== address); }), rule: {}, errorAlert: {} },
    }, { isNullObject: r === null });
    const fresh = changes();
    this.kept.push(() => {
      if (Array.isArray(range.numberFormat) && range.numberFormat !== formats && fresh('nf', range.numberFormat)) this.sent('numberFormat', range.numberFormat).put(sheet, r, range.numberFormat, (c, v) => { c.numberFormat = String(v); });
      if (Array.isArray(range.values) && range.values !== values && fresh('v', range.values)) this.sent('values', range.values).put(sheet, r, range.values, (c, v) => { c.value = v as Scalar; });
      if (plainSet(range.format.fill.color) && fresh('fill', range.format.fill.color)) this.sent('color', range.format.fill.color).each(sheet, r, (c) => { c.fill = range.format.fill.color; });
      const f = range.format;
      const fmt = { ...(typeof f.font.bold === 'boolean' ? { bold: f.font.bold } : {}), ...(plainSet(f.font.color) ? { font: f.font.color } : {}),
        ...(typeof f.columnWidth === 'number' ? { columnWidth: f.columnWidth } : {}), ...(typeof f.wrapText === 'boolean' ? { wrap: f.wrapText } : {}),
        ...(plainSet(f.horizontalAlignment) ? { align: f.horizontalAlignment } : {}), ...(typeof f.font.size === 'number' ? { size: f.font.size } : {}),
        ...(typeof f.rowHeight === 'number' ? { rowHeight: f.rowHeight } : {}) };
      if (Object.keys(fmt).length && fresh('fmt', JSON.stringify(fmt))) this.sent('format', fmt).sheet(sheet).formats.push({ address: rectAddress(r!), ...fmt });
      if (plainSet(range.dataValidation.rule) && fresh('rule', range.dataValidation.rule)) this.sent('rule', range.dataValidation.rule).sheet(sheet).validations.push({ address: rectAddress(r!), rule: range.dataValidation.rule });
    });
    return range;
  }

  /** Range.format.borders.getItem(edge): a style set on it is recorded with the range's format. */
  private border(sheet: string, r: Rect | null, edge: string): Any {
    const b = this.mock({ style: '' });
    this.watchers.push(() => {
      if (!plainSet(b.style) || !r) return;
      const address = rectAddress(r);
      const s = this.sheet(sheet);
      const f = s.formats.find((x) => x.address === address && x.borders) ?? (s.formats.push({ address, borders: [] }), s.formats.at(-1)!);
      f.borders!.push(`${edge}:${String(b.style)}`);
    });
    return b;
  }

  /** A note as Excel.Note: where it is, and its deletion (queued). */
  private note(sheet: string, cell: string): Any {
    return {
      visible: false,
      getLocation: () => {
        this.calls.noteLocate++;
        // As Excel: a note deleted (or whose sheet was deleted) by an earlier command of the same sync is not found.
        this.ops.push(() => { if (this.sheets.find((x) => x.name === sheet)?.cells.get(cell)?.note === undefined) throw new Error(`ItemNotFound: note ${sheet}!${cell}`); });
        return this.range(sheet, parseRange(cell));
      },
      delete: () => this.queued('delete', () => {
        const c = this.sheet(sheet).cells.get(cell);
        if (c?.note === undefined) throw new Error(`ItemNotFound: no note at ${cell}`);
        delete c.note;
      }),
    };
  }

  private areas(sheet: string, list: string): Any {
    const rects = list.split(',').map((a) => parseRange(a));
    this.queue('getRanges', [list]);
    const each = (fn: (c: FakeCell) => void): void => rects.forEach((r) => this.each(sheet, r, fn));
    const areas = this.mock({ format: { fill: { color: '', clear: () => this.queued('clear', () => each((c) => delete c.fill)) } } });
    const fresh = changes();
    this.kept.push(() => { if (plainSet(areas.format.fill.color) && fresh('fill', areas.format.fill.color)) this.sent('color', areas.format.fill.color) && each((c) => { c.fill = areas.format.fill.color; }); });
    return areas;
  }

  private conditional(sheet: string, address: string, type: string): Any {
    const cf = this.mock({ type, cellValue: { format: { fill: { color: '' }, font: { color: '' } }, rule: {} } });
    this.watchers.push(() => {
      const f = cf.cellValue.format;
      this.sheet(sheet).conditional.push({
        address: address.split('!')[1]!, fill: f.fill.color, rule: cf.cellValue.rule,
        ...(plainSet(f.font.color) ? { font: f.font.color } : {}),
      });
    });
    return cf;
  }

  private chart(sheet: string, type: string, source: Any): Any {
    const record: FakeSheet['charts'][number] = { type, title: '', position: '', series: [] };
    const series = (values?: string): Any => {
      const entry: FakeSheet['charts'][number]['series'][number] = { name: '', ...(values ? { values } : {}) };
      record.series.push(entry);
      const m = this.mock({
        name: '',
        setValues: (r: Any) => { entry.values = r.address; },
        setXAxisValues: (r: Any) => { entry.x = r.address; },
        format: { fill: { setSolidColor: (c: string) => { entry.color = c; } } },
      });
      this.watchers.push(() => { entry.name = m.name; });
      return m;
    };
    const first = series(source.address);
    const chart = this.mock({
      title: { text: '' },
      setPosition: (cell: string) => { record.position = cell; },
      series: { getItemAt: () => first, add: (name: string) => { const m = series(); m.name = name; return m; } },
    });
    this.watchers.push(() => {
      record.title = chart.title.text;
      this.sheet(sheet).charts.push(record);
    });
    return chart;
  }

  // ---- cells ----

  private cellFor(sheet: string, address: string): FakeCell {
    const s = this.sheet(sheet);
    let c = s.cells.get(address);
    if (!c) {
      c = { value: '' };
      s.cells.set(address, c);
    }
    return c;
  }
  private matrix<T>(sheet: string, r: Rect, pick: (c: FakeCell | undefined) => T): T[][] {
    const s = this.sheet(sheet);
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(pick(s.cells.get(a1(row, col))));
      out.push(line);
    }
    return out;
  }
  private each(sheet: string, r: Rect | null, fn: (c: FakeCell) => void): void {
    if (!r) return;
    const s = this.sheet(sheet);
    if (r.bottom - r.top > 100000) {
      for (const [address, c] of s.cells) if (contains(r, parseRange(address).top, parseRange(address).left)) fn(c);
      return;
    }
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(this.cellFor(sheet, a1(row, col)));
  }
  private put(sheet: string, r: Rect | null, m: unknown[][], fn: (c: FakeCell, v: unknown) => void): void {
    if (!r) throw new Error('write to a null range');
    m.forEach((row, i) => row.forEach((v, j) => fn(this.cellFor(sheet, a1(r.top + i, r.left + j)), v)));
  }
}

const HEADER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/** Tells whether a property holds a value not applied before, remembering it. */
function changes(): (key: string, value: unknown) => boolean {
  const seen = new Map<string, unknown>();
  return (key, value) => {
    if (seen.get(key) === value) return false;
    seen.set(key, value);
    return true;
  };
}

export function usedRect(s: FakeSheet): Rect | undefined {
  let rect: Rect | undefined;
  for (const [address, c] of s.cells) {
    if (c.value === '') continue;
    const p = parseRange(address);
    rect = rect ? { top: Math.min(rect.top, p.top), left: Math.min(rect.left, p.left), bottom: Math.max(rect.bottom, p.top), right: Math.max(rect.right, p.left) } : p;
  }
  return rect;
}
