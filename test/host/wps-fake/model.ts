/**
 * The plain state behind the fake WPS 表格 (ET): sheets of sparse cells keyed "row:col", each cell with what ET keeps
 * for it — value, error, formula, number format, fill (BGR), font, comment, validation. What typing a value into ET
 * does is modelled too (Value2 = "001" into a General cell stores the number 1; "=…" makes a formula; a cell
 * formatted "@" keeps text as typed), so the adapter's text protection is tested against the behaviour it guards.
 */
import { contains, type Rect } from '../../../src/host/range';
import type { EtPageSetup } from '../../../src/host/wps/et';

export interface FValidation {
  readonly type: number;
  readonly alert: number | undefined;
  readonly formula1: string | undefined;
  InCellDropdown: boolean;
  ShowError: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface FCell {
  v?: string | number | boolean;
  /** An error value shown as this text ("#N/A"). */
  err?: string;
  formula?: string;
  fmt?: string;
  /** BGR */
  fill?: number;
  bold?: boolean;
  /** BGR */
  font?: number;
  wrap?: boolean;
  /** Font size in points. */
  size?: number;
  /** HorizontalAlignment (xlLeft, xlCenter, xlRight). */
  align?: number;
  /** Borders.LineStyle set on the cell's range. */
  border?: number;
  comment?: string;
  validation?: FValidation;
}

export interface FCondition {
  readonly areas: readonly Rect[];
  readonly type: number;
  readonly operator: number | undefined;
  readonly formula1: string | undefined;
  readonly Interior: { Color: unknown };
  readonly Font: { Color: unknown };
}

export interface FSeries {
  Name: string;
  Values: unknown;
  XValues: unknown;
  readonly Format: { readonly Fill: { readonly ForeColor: { RGB: unknown } } };
}

export interface FChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  readonly series: FSeries[];
  readonly left: number;
  readonly top: number;
}

export interface FSheet {
  name: string;
  visible: number;
  readonly cells: Map<string, FCell>;
  readonly merges: Rect[];
  readonly conditions: FCondition[];
  readonly charts: FChart[];
  readonly tables: { name: string; rect: Rect }[];
  readonly widths: Map<number, number>;
  /** Row heights in points. */
  readonly heights: Map<number, number>;
  /** PageSetup as ET keeps it: Excel's defaults until set. */
  readonly page: FPage;
}

/** PageSetup as ET keeps it. */
export type FPage = EtPageSetup;

/** A new sheet's page setup in a Chinese-locale ET: A4 portrait at 100%, no titles, no header or footer. */
const newPage = (): FPage => ({
  PaperSize: 9, Orientation: 1, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, CenterHorizontally: false,
  PrintTitleRows: '', PrintArea: '', LeftHeader: '', CenterHeader: '', RightHeader: '', LeftFooter: '', CenterFooter: '', RightFooter: '',
});

export const newFSheet = (name: string): FSheet => ({
  name, visible: -1, cells: new Map(), merges: [], conditions: [], charts: [], tables: [], widths: new Map(), heights: new Map(), page: newPage(),
});

export const key = (row: number, col: number): string => `${row}:${col}`;
export const unkey = (k: string): { row: number; col: number } => {
  const [row, col] = k.split(':').map(Number) as [number, number];
  return { row, col };
};

/** Every (row, col) of a rectangle, row by row. */
export function* cellsOf(r: Rect): Generator<{ row: number; col: number }> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield { row, col };
}

/** What Value2 gives for an error cell: the VT_ERROR code as a number (0x800A0000 + Excel's xlErr value). */
export const ERROR_CODES: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288, '#DIV/0!': -2146826281, '#VALUE!': -2146826273, '#REF!': -2146826265,
  '#NAME?': -2146826259, '#NUM!': -2146826252, '#N/A': -2146826246,
};

/** A cell holds something UsedRange covers: a value, or formatting, or a comment. */
export const isUsed = (c: FCell): boolean => Object.values(c).some((x) => x !== undefined);
export const hasValue = (c: FCell | undefined): boolean => c !== undefined && (c.v !== undefined || c.err !== undefined || c.formula !== undefined);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/** Stores `x` as ET does when it is assigned through Value2. */
export function typeInto(c: FCell, x: unknown): void {
  delete c.v;
  delete c.err;
  delete c.formula;
  if (x === undefined || x === null || x === '') return;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new TypeError(`ET cannot store ${x}`);
    c.v = x;
    return;
  }
  if (typeof x === 'boolean') {
    c.v = x;
    return;
  }
  if (typeof x !== 'string') throw new TypeError(`Value2 given a ${typeof x}; ET stores numbers, text and booleans`);
  if (c.fmt === '@') {
    c.v = x; // a text-formatted cell keeps exactly what was typed
    return;
  }
  const t = x.trim();
  if (NUMBER.test(t)) c.v = Number(t);
  else if (PERCENT.test(t)) {
    c.v = Number(t.slice(0, -1)) / 100;
    c.fmt ??= '0%';
  } else if (/^(TRUE|FALSE)$/i.test(t)) c.v = t.toUpperCase() === 'TRUE';
  else if (/^[=+\-@]/.test(t)) c.formula = t.startsWith('=') ? t : `=${t.replace(/^@/, '')}`;
  else c.v = x;
}

/** What the cell shows: the error text, the value as text, or "" for an empty cell. */
export function shown(c: FCell | undefined): string {
  if (!c) return '';
  if (c.err !== undefined) return c.err;
  if (c.v === undefined) return c.formula ?? '';
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  return String(c.v);
}

export const inMerge = (s: FSheet, row: number, col: number): Rect | undefined => s.merges.find((m) => contains(m, row, col));

/** "#RRGGBB" → ET's BGR number, and back. */
export const bgr = (hex: string): number => {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
export const hexOf = (b: number): string => `#${[b & 0xff, (b >> 8) & 0xff, (b >> 16) & 0xff].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
