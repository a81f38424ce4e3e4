/**
 * The part of WPS 表格's object model (ET, a synchronous VBA-like API) the add-in uses, as narrow interfaces:
 * the adapter is written against these, and the test fake implements them. Every member named here exists on
 * et-jsapi-declare's own types (checked at the bottom of this file), so nothing undocumented is relied on.
 * Facts of the model the adapter honours: indexes are 1-based (Item(1), Row, Column); Range.Value2 is one value for
 * a single cell and a 2-D array (rows of columns) otherwise; colours are BGR numbers; Address is a method.
 */

export interface EtApp {
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  readonly ActiveSheet: EtSheet | null | undefined;
  /** A Range, or a chart or shape when one is selected. */
  readonly Selection: unknown;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly Version: unknown;
  readonly Build: unknown;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
}

export interface EtSheets {
  readonly Count: number;
  /** By 1-based position or by name; a name not in the workbook may throw or return nothing. */
  Item(index: number | string): EtSheet;
  /** Adds a sheet before `Before` or after `After` (the other left undefined) and activates it. */
  Add(Before?: EtSheet, After?: EtSheet): EtSheet;
}

export interface EtListObject {
  readonly Name: string;
  readonly Range: EtRange;
}

export interface EtSheet {
  Name: string;
  readonly Index: number;
  /** XL_SHEET: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  Activate(): void;
  /** Asks the user to confirm unless Application.DisplayAlerts is false. */
  Delete(): void;
  /** Every cell ever used, formatted empty cells included; an empty sheet gives A1. */
  readonly UsedRange: EtRange;
  /** "A1", "A1:B2" or several areas "A1:A3,C1:C3" (at most 255 characters). */
  Range(address: string): EtRange;
  readonly ListObjects: { readonly Count: number; Item(index: number): EtListObject };
  ChartObjects(): EtChartObjects;
  readonly PageSetup: EtPageSetup;
}

/** How a sheet prints: Excel's numbers (PaperSize 9 = A4, Orientation 1 portrait / 2 landscape) and header codes (&P, &N). */
export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  /** false: scaled by FitToPagesWide/Tall instead of a percentage. */
  Zoom: unknown;
  FitToPagesWide: unknown;
  /** false: as many pages tall as the rows need. */
  FitToPagesTall: unknown;
  CenterHorizontally: boolean;
  PrintTitleRows: string;
  PrintArea: string;
  LeftHeader: string;
  CenterHeader: string;
  RightHeader: string;
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
}

export interface EtComment {
  /** Called without arguments: the comment's text. */
  Text(): string;
  Delete(): void;
}

export interface EtValidation {
  Delete(): void;
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
  InCellDropdown: boolean;
  ShowError: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface EtFormatCondition {
  readonly Interior: { Color: unknown };
  readonly Font: { Color: unknown };
}

export interface EtRange {
  /** One cell: its value (undefined when empty); several: rows × columns. Assign the same shapes. */
  Value2: unknown;
  /** The format text, or null when the cells differ. */
  NumberFormat: unknown;
  /** What the cell shows ("#N/A" for an error). */
  readonly Text: unknown;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  /** Makes the range the selection; its sheet must be the active one. */
  Select(): unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Areas: { readonly Count: number; Item(index: number): EtRange };
  readonly Worksheet: EtSheet;
  /** Color in BGR; ColorIndex XL_NONE clears the fill. */
  readonly Interior: { Color: unknown; ColorIndex: unknown };
  readonly Font: { Bold: unknown; Color: unknown; Size: unknown };
  WrapText: unknown;
  ColumnWidth: unknown;
  /** Points. */
  RowHeight: unknown;
  /** xlLeft -4131, xlCenter -4108, xlRight -4152. */
  HorizontalAlignment: unknown;
  /** Every border of the range at once (edges and inside lines): LineStyle 1 is a continuous line. */
  readonly Borders: { LineStyle: unknown; Weight: unknown };
  /** Merges the range into one cell (Across: each row on its own). */
  Merge(Across?: boolean): void;
  /** The cell's comment (note), or null. */
  readonly Comment: EtComment | null | undefined;
  /** Fails when the cell already has one. */
  AddComment(Text?: string): EtComment;
  /** true, false, or null when some cells are merged and others not. */
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Validation: EtValidation;
  readonly FormatConditions: { Add(Type: number, Operator?: number, Formula1?: string): EtFormatCondition };
  readonly Left: unknown;
  readonly Top: unknown;
}

export interface EtSeries {
  Name: string;
  Values: unknown;
  XValues: unknown;
  readonly Format: { readonly Fill: { readonly ForeColor: { RGB: unknown } } };
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): { NewSeries(): EtSeries };
}

export interface EtChartObjects {
  readonly Count: number;
  Add(Left: number, Top: number, Width: number, Height: number): { readonly Chart: EtChart };
}

/** The ApiEvent object (on `wps`, or on Application in some builds). */
export interface EtApiEvent {
  AddApiEventListener(event: string, callback: (...args: never[]) => void): void;
  RemoveApiEventListener(event: string, callback?: (...args: never[]) => void): void;
}

/** ET's enumeration values used here (Excel's numbers; the ambient Et enums have no runtime object). */
export const XL = {
  sheetVisible: -1,
  sheetVeryHidden: 2,
  /** xlNone / xlColorIndexNone */
  none: -4142,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  cellValue: 1,
  equal: 3,
  barClustered: 57,
  columnClustered: 51,
  alignLeft: -4131,
  alignCenter: -4108,
  alignRight: -4152,
  continuous: 1,
  thin: 2,
  portrait: 1,
  landscape: 2,
} as const;

// ---- every member above exists on et-jsapi-declare's types (a name missing there fails to compile) ----
type Missing<Mine, Theirs> = Exclude<keyof Mine, keyof Theirs>;
type Assert<T extends never> = T;
export type EtChecks = [
  Assert<Missing<EtApp, Et.Application>>,
  Assert<Missing<EtWorkbook, Et.Workbook>>,
  Assert<Missing<EtSheets, Et.Sheets>>,
  Assert<Missing<EtSheet, Et.Worksheet>>,
  Assert<Missing<EtListObject, Et.ListObject>>,
  Assert<Missing<EtRange, Et.Range>>,
  Assert<Missing<EtRange['Interior'], Et.Interior>>,
  Assert<Missing<EtRange['Font'], Et.Font>>,
  Assert<Missing<EtRange['Borders'], Et.Borders>>,
  Assert<Missing<EtPageSetup, Et.PageSetup>>,
  Assert<Missing<EtRange['Areas'], Et.Areas>>,
  Assert<Missing<EtComment, Et.Comment>>,
  Assert<Missing<EtValidation, Et.Validation>>,
  Assert<Missing<EtFormatCondition, Et.FormatCondition>>,
  Assert<Missing<EtChart, Et.Chart>>,
  Assert<Missing<EtChartObjects, Et.ChartObjects>>,
  Assert<Missing<EtSeries, Et.Series>>,
  Assert<Missing<EtApiEvent, WpsApiEventNames>>,
];
type WpsApiEventNames = { AddApiEventListener: unknown; RemoveApiEventListener: unknown };
