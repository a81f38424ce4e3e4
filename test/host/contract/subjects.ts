/**
 * Every Workbook adapter under the one contract suite (workbook.contract.test.ts), each behind the same small
 * harness: make a workbook from sheets of values, look at what the host itself holds (a cell's value, whether it
 * is a formula, its fill, note, number format, conditional colour, drop-down list), act as the user (a note, a
 * percent format, a selection, an Excel table), and meet the same document again (a file saved and reopened,
 * another adapter over the same Excel or WPS). A new adapter joins by adding one entry to ADAPTERS.
 */
import ExcelJS from 'exceljs';
import { a1, type CellValue } from '../../../src/engine/core/cell';
import { ExcelWorkbook } from '../../../src/host/excel';
import { fromExcelJs } from '../../../src/host/file/cells';
import { MemoryWorkbook } from '../../../src/host/memory';
import { pageSections, PAPER_CODES, titleRowsRef } from '../../../src/host/page';
import type { RangeFormat, Workbook } from '../../../src/host/port';
import { contains, parseRange } from '../../../src/host/range';
import { FileWorkbook } from '../../../src/host/xlsx';
import { FakeExcel } from '../excel-fake';
import { WpsHarness } from '../wps-harness';
import { key } from '../wps-fake/model';

export type Sheets = Record<string, CellValue[][]>;

export interface MakeOptions {
  /** The active sheet; the first one otherwise. */
  readonly active?: string;
}

/** One adapter's workbook with a way to look at the host's own state and to act as its user. */
export interface Subject {
  readonly wb: Workbook;
  /** The cell's value as the host holds it (null when empty). */
  value(sheet: string, address: string): CellValue;
  /** The host holds the cell as a formula (so it would compute, not show the text). */
  isFormula(sheet: string, address: string): boolean;
  numberFormat(sheet: string, address: string): string | undefined;
  /** "#RRGGBB", upper case. */
  fill(sheet: string, address: string): string | undefined;
  note(sheet: string, address: string): string | undefined;
  /** The fill a conditional format gives the cell for the text it shows now. */
  conditionalFill(sheet: string, address: string): string | undefined;
  /** The items of the drop-down list in force at the cell. */
  validation(sheet: string, address: string): readonly string[] | undefined;
  /** The user writes a note (comment) on a cell. */
  userNote(sheet: string, address: string, text: string): void;
  /** The user formats a cell as a percentage. */
  userPercent(sheet: string, address: string, format: string): void;
  /** The user merges a range: only its top-left value stays. */
  userMerge(sheet: string, range: string): void;
  /** A formula cell saved without its computed value; absent where the host always computes (Excel, WPS). */
  readonly uncomputedFormula?: (sheet: string, address: string, formula: string) => void;
  /** The user selects a range; absent where the host has no selection. */
  readonly select?: (sheet: string, address: string) => Promise<void>;
  /** The user makes an Excel table; absent where the host has none. */
  readonly userTable?: (sheet: string, name: string, address: string) => void;
  /** The cell's look as the host holds it: alignment, font size, grid lines, its row's height. */
  look(sheet: string, address: string): Look;
  /** How the sheet prints as the host holds it, in OOXML's terms; undefined when never set. */
  printed(sheet: string): Printed | undefined;
  /** The same document met again: a file saved and opened anew, another adapter over the same host. */
  reopen(): Promise<Subject>;
}

export interface Look {
  readonly align?: string | undefined;
  readonly fontSize?: number | undefined;
  readonly border?: boolean | undefined;
  readonly rowHeight?: number | undefined;
}

/** Page setup as every host can state it: paper number (9 = A4), orientation, one page wide, title rows "4:4", print area, header/footer codes. */
export interface Printed {
  readonly paper: number;
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  readonly centered: boolean;
  readonly titleRows: string;
  readonly printArea: string;
  /** "&L…&C…&R…" with &P, &N. */
  readonly header: string;
  readonly footer: string;
}

const unDollar = (v: unknown): string => String(v ?? '').replace(/\$/g, '');
/** Three parts as one OOXML header string. */
const sections = (left: unknown, center: unknown, right: unknown): string =>
  [['L', left], ['C', center], ['R', right]].map(([k, v]) => (v ? `&${String(k)}${String(v)}` : '')).join('');
const lookOf = (f: RangeFormat): Look => ({ align: f.align, fontSize: f.fontSize, border: f.border, rowHeight: f.rowHeight });

export interface Adapter {
  readonly name: string;
  /** Holds one user sheet only (a CSV file): tests of several user sheets skip it. */
  readonly oneSheet?: boolean;
  /** An empty document is refused when opened (an empty CSV file): HostError file-empty. */
  readonly emptyRefused?: boolean;
  make(sheets: Sheets, opts?: MakeOptions): Promise<Subject>;
}

const upper = (hex: string | undefined): string | undefined => hex?.toUpperCase();

/** A list source's items: inline "A,B,C", or a column of the hidden lists sheet read through `value`. */
function listItems(source: string, value: (sheet: string, address: string) => CellValue): string[] {
  if (!source.startsWith('=')) return source.replace(/^"|"$/g, '').split(',');
  const ref = /^='?([^'!]+)'?!(.+)$/.exec(source);
  if (!ref) throw new Error(`unreadable list source ${source}`);
  const r = parseRange(ref[2]!.replace(/\$/g, ''));
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(String(value(ref[1]!, a1(row, r.left)) ?? ''));
  return out;
}

/** The conditional "equals" rules over a cell: the last one matching the text it shows wins. */
function ruleFill(rules: readonly { area: string; equals: string; fill: string }[], address: string, shown: string): string | undefined {
  const at = parseRange(address);
  return upper(rules.filter((r) => contains(parseRange(r.area), at.top, at.left) && r.equals === shown).at(-1)?.fill);
}

// ---- memory, and any adapter whose harness has MemoryWorkbook's inspection API (WpsHarness) ----

/** MemoryWorkbook's inspection and user actions, which WpsHarness has too. */
type Inspectable = Workbook & Pick<MemoryWorkbook, 'cell' | 'numberFormat' | 'fill' | 'note' | 'conditionalFill' | 'validation' | 'setNote' | 'select' | 'addTable' | 'format'>;

function inspected(wb: Inspectable, own: Pick<Subject, 'isFormula' | 'userPercent' | 'userMerge' | 'reopen' | 'uncomputedFormula' | 'printed'>): Subject {
  return {
    wb,
    value: (s, a) => wb.cell(s, a),
    numberFormat: (s, a) => wb.numberFormat(s, a),
    fill: (s, a) => upper(wb.fill(s, a)),
    note: (s, a) => wb.note(s, a),
    conditionalFill: (s, a) => upper(wb.conditionalFill(s, a)?.fill),
    validation: (s, a) => wb.validation(s, a),
    look: (s, a) => lookOf(wb.format(s, a)),
    userNote: (s, a, t) => wb.setNote(s, a, t),
    select: async (s, a) => wb.select(s, a),
    userTable: (s, n, a) => wb.addTable(s, n, a),
    ...own,
  };
}

function memorySubject(wb: MemoryWorkbook): Subject {
  return inspected(wb, {
    isFormula: () => false, // memory keeps values only: nothing it holds ever computes
    userPercent: (s, a, f) => wb.put(s, a, [[wb.cell(s, a)]], { numberFormat: f }),
    userMerge: (s, r) => wb.merge(s, r),
    uncomputedFormula: (s, a, f) => wb.putFormula(s, a, f),
    // Memory keeps the port's PageSetup as it was given: stated here in the hosts' codes.
    printed: (s) => {
      const p = wb.page(s);
      return p && {
        paper: PAPER_CODES[p.paper], landscape: p.orientation === 'landscape', fitToWidth: p.fitToWidth, centered: p.centered ?? false,
        titleRows: p.titleRows ? titleRowsRef(p.titleRows, false) : '', printArea: p.printArea ?? '', header: pageSections(p.header), footer: pageSections(p.footer),
      };
    },
    reopen: async () => memorySubject(wb), // the document is the object itself
  });
}

// ---- files (.xlsx, .csv) ----

function fileSubject(wb: FileWorkbook): Subject {
  const ws = (sheet: string): ExcelJS.Worksheet => wb.workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase())!;
  const cell = (sheet: string, address: string): ExcelJS.Cell => ws(sheet).getCell(address);
  // A merged cell other than the top-left one holds nothing (ExcelJS shows it the top-left's value).
  const value = (sheet: string, address: string): CellValue => {
    const c = cell(sheet, address);
    return c.isMerged && c.master !== c ? null : fromExcelJs(c.value);
  };
  return {
    wb,
    value,
    isFormula: (s, a) => {
      const v = cell(s, a).value;
      return typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
    },
    numberFormat: (s, a) => cell(s, a).numFmt || undefined,
    fill: (s, a) => {
      const f = cell(s, a).fill as ExcelJS.FillPattern | undefined;
      return f?.fgColor?.argb === undefined ? undefined : `#${f.fgColor.argb.slice(2)}`;
    },
    note: (s, a) => {
      const n = cell(s, a).note as string | { texts?: { text: string }[] } | undefined;
      return typeof n === 'string' ? n : n?.texts?.map((t) => t.text).join('');
    },
    conditionalFill: (s, a) => {
      const list = (ws(s) as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      const rules = list.flatMap((cf) =>
        cf.rules.map((r) => ({
          area: cf.ref,
          equals: String((r as { formulae?: string[] }).formulae?.[0] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
          fill: `#${((r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? '').slice(2)}`,
        })),
      );
      return ruleFill(rules, a, String(value(s, a) ?? ''));
    },
    validation: (s, a) => {
      const dv = (ws(s) as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(a);
      const f = dv?.formulae?.[0];
      return f === undefined ? undefined : listItems(String(f).startsWith('"') ? String(f) : `=${String(f)}`, value);
    },
    look: (s, a) => {
      const c = cell(s, a);
      const b = c.border;
      return {
        align: c.alignment?.horizontal, fontSize: c.font?.size,
        border: b?.top?.style === 'thin' && b.bottom?.style === 'thin' && b.left?.style === 'thin' && b.right?.style === 'thin' ? true : undefined,
        rowHeight: ws(s).getRow(parseRange(a).top).height,
      };
    },
    printed: (s) => {
      const p = ws(s).pageSetup;
      const hf = ws(s).headerFooter;
      if (p.paperSize === undefined) return undefined;
      return {
        paper: p.paperSize, landscape: p.orientation === 'landscape', fitToWidth: p.fitToPage === true && p.fitToWidth === 1 && p.fitToHeight === 0,
        centered: p.horizontalCentered === true, titleRows: unDollar(p.printTitlesRow), printArea: unDollar(p.printArea), header: hf.oddHeader ?? '', footer: hf.oddFooter ?? '',
      };
    },
    userNote: (s, a, t) => {
      cell(s, a).note = t;
    },
    // As Excel saves it: the cell's own style (ExcelJS may share one style object between cells).
    userPercent: (s, a, f) => {
      const c = cell(s, a);
      c.style = { ...c.style, numFmt: f };
    },
    userMerge: (s, r) => ws(s).mergeCells(r),
    uncomputedFormula: (s, a, f) => {
      cell(s, a).value = { formula: f } as ExcelJS.CellFormulaValue;
    },
    userTable: (s, n, a) => {
      const r = parseRange(a);
      const rows: CellValue[][] = [];
      for (let row = r.top + 1; row <= r.bottom; row++) rows.push(Array.from({ length: r.right - r.left + 1 }, (_, i) => value(s, a1(row, r.left + i))));
      const header = Array.from({ length: r.right - r.left + 1 }, (_, i) => ({ name: String(value(s, a1(r.top, r.left + i)) ?? `c${i}`) }));
      ws(s).addTable({ name: n, ref: a1(r.top, r.left), headerRow: true, columns: header, rows });
    },
    reopen: async () => fileSubject(await FileWorkbook.fromBuffer(await wb.toBuffer(), 'reopened.xlsx')),
  };
}

/** A .csv of one sheet, as a user's file holds it: numbers plain, text quoted when it must be. */
function csvBytes(rows: readonly (readonly CellValue[])[]): Uint8Array {
  const field = (v: CellValue): string => {
    if (v === null) return '';
    const t = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return new TextEncoder().encode(rows.map((r) => r.map(field).join(',')).join('\r\n'));
}

// ---- Excel (Office.js, on the fake Excel) ----

function excelSubject(x: FakeExcel): Subject {
  const wb = new ExcelWorkbook({ run: x.run, notes: true, merges: true, pageLayout: true });
  const value = (s: string, a: string): CellValue => {
    const v = x.cell(s, a)?.value;
    return v === undefined || v === '' ? null : v;
  };
  return {
    wb,
    value,
    // Excel computes a text starting = + - @ unless the cell is formatted as text ("@").
    isFormula: (s, a) => {
      const c = x.cell(s, a);
      return typeof c?.value === 'string' && /^[=+\-@]/.test(c.value) && c.numberFormat !== '@';
    },
    numberFormat: (s, a) => x.cell(s, a)?.numberFormat,
    fill: (s, a) => upper(x.cell(s, a)?.fill),
    note: (s, a) => x.cell(s, a)?.note,
    conditionalFill: (s, a) => {
      const rules = x.sheet(s).conditional.map((c) => ({ area: c.address, equals: /^="(.*)"$/s.exec(c.rule.formula1)?.[1]?.replace(/""/g, '"') ?? '', fill: c.fill }));
      return ruleFill(rules, a, String(value(s, a) ?? ''));
    },
    validation: (s, a) => {
      const at = parseRange(a);
      const v = x.sheet(s).validations.filter((r) => contains(parseRange(r.address), at.top, at.left)).at(-1);
      const source = (v?.rule as { list?: { source: string } } | undefined)?.list?.source;
      return source === undefined ? undefined : listItems(source, value);
    },
    look: (s, a) => {
      const at = parseRange(a);
      const over = x.sheet(s).formats.filter((f) => contains(parseRange(f.address), at.top, at.left));
      const last = <K extends 'align' | 'size' | 'rowHeight'>(k: K) => over.filter((f) => f[k] !== undefined).at(-1)?.[k];
      const edges = new Set(over.flatMap((f) => f.borders ?? []).map((b) => b.split(':')[0]));
      const align = last('align');
      return { align: typeof align === 'string' ? align.toLowerCase() : undefined, fontSize: last('size'), rowHeight: last('rowHeight'), border: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].every((e) => edges.has(e)) ? true : undefined };
    },
    printed: (s) => {
      const p = x.sheet(s).page;
      if (p.paperSize === undefined) return undefined;
      const h = p.headers;
      return {
        paper: p.paperSize === 'A4' ? 9 : p.paperSize === 'A3' ? 8 : -1, landscape: p.orientation === 'Landscape',
        fitToWidth: p.zoom?.horizontalFitToPages === 1 && p.zoom.verticalFitToPages === 0, centered: p.centerHorizontally === true,
        titleRows: unDollar(p.printTitleRows), printArea: unDollar(p.printArea),
        header: sections(h.leftHeader, h.centerHeader, h.rightHeader), footer: sections(h.leftFooter, h.centerFooter, h.rightFooter),
      };
    },
    userNote: (s, a, t) => {
      const c = x.cell(s, a);
      if (c) c.note = t;
      else x.sheet(s).cells.set(a, { value: '', note: t });
    },
    userPercent: (s, a, f) => x.setNumberFormat(s, a, f),
    userMerge: (s, r) => x.merge(s, r),
    select: (s, a) => x.select(s, a),
    userTable: (s, n, a) => {
      x.sheet(s).tables.push({ name: n, address: a });
    },
    reopen: async () => excelSubject(x),
  };
}

// ---- WPS (ET JSAPI, on the fake ET) ----

function wpsSubject(wb: WpsHarness): Subject {
  return inspected(wb, {
    isFormula: (s, a) => {
      const { top, left } = parseRange(a);
      return wb.x.sheet(s).cells.get(key(top, left))?.formula !== undefined;
    },
    userPercent: (s, a, f) => wb.x.format(s, a, f),
    userMerge: (s, r) => wb.x.merge(s, r),
    printed: (s) => {
      const p = wb.x.sheet(s).page;
      // A sheet whose page was never set keeps ET's defaults: the same as "not set" for these tests.
      if (p.PrintTitleRows === '' && p.CenterFooter === '' && p.Zoom === 100 && p.PrintArea === '') return undefined;
      return {
        paper: p.PaperSize, landscape: p.Orientation === 2, fitToWidth: p.Zoom === false && p.FitToPagesWide === 1 && p.FitToPagesTall === false,
        centered: p.CenterHorizontally, titleRows: unDollar(p.PrintTitleRows), printArea: unDollar(p.PrintArea),
        header: sections(p.LeftHeader, p.CenterHeader, p.RightHeader), footer: sections(p.LeftFooter, p.CenterFooter, p.RightFooter),
      };
    },
    reopen: async () => wpsSubject(new WpsHarness(wb.x)),
  });
}

export const ADAPTERS: readonly Adapter[] = [
  { name: 'memory', make: async (sheets, o = {}) => memorySubject(MemoryWorkbook.fromSheets(sheets, o.active ? { active: o.active } : {})) },
  {
    name: 'file (.xlsx)',
    make: async (sheets, o = {}) => {
      const wb = await FileWorkbook.fromBuffer(await FileWorkbook.create(sheets).toBuffer(), 'book.xlsx');
      if (o.active) await wb.activateSheet(o.active);
      return fileSubject(await FileWorkbook.fromBuffer(await wb.toBuffer(), 'book.xlsx'));
    },
  },
  {
    name: 'file (.csv)',
    oneSheet: true,
    emptyRefused: true,
    make: async (sheets) => {
      const [name, rows] = Object.entries(sheets)[0]!;
      return fileSubject(await FileWorkbook.fromBuffer(csvBytes(rows), `${name}.csv`));
    },
  },
  {
    name: 'Excel (Office.js)',
    make: async (sheets, o = {}) => {
      const x = FakeExcel.from(Object.fromEntries(Object.entries(sheets).map(([n, rows]) => [n, rows.map((r) => r.map((v) => (v === null ? '' : v instanceof Date ? v.toISOString() : v)))])));
      if (o.active) x.active = o.active;
      return excelSubject(x);
    },
  },
  { name: 'WPS (ET JSAPI)', make: async (sheets, o = {}) => wpsSubject(WpsHarness.fromSheets(sheets, o.active ? { active: o.active } : {})) },
];
