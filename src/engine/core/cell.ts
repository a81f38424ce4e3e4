/**
 * What a host hands the engine for one cell. Hosts normalise their own shapes to this:
 * Excel error values arrive as their text ("#N/A"), dates as Date or an Excel serial number.
 */
export type CellValue = string | number | boolean | Date | null;

/** Cells whose number format is a percentage: A1 address (sheet coordinates) → the format ("0%"), as hosts report them. */
export type PercentFormats = Readonly<Record<string, string>>;

/**
 * What a host knows of a sheet's cells beyond their values, in sheet coordinates (A1). Optional throughout:
 * a CSV has none of it. One object, so further per-cell facts (number formats) travel the same way.
 */
export interface SheetLayout {
  /** Merged areas meeting the block ("A1:F1"): each counts as its top-left value across the area. */
  readonly merges?: readonly string[] | undefined;
  /** Formula cells that carry no computed value (a file saved without calculation): never read as blank or 0. */
  readonly uncomputed?: readonly string[] | undefined;
  /** Percent-formatted cells holding a value (a percent-formatted 0.5 is 50%, FISCAL.md §3). */
  readonly percentFormats?: PercentFormats | undefined;
}

/** Where a table sits: the sheet and the 1-based row/column of its top-left cell, and the sheet's layout there. */
export interface Origin {
  readonly sheet?: string | undefined;
  readonly row: number;
  readonly col: number;
  readonly layout?: SheetLayout | undefined;
}

/** Where a row's data came from (a unit, a person, a project), so issues and results can point at it. */
export interface Source {
  readonly sheet?: string | undefined;
  readonly row?: number | undefined;
  /** A1 address per field key. */
  readonly cells?: Readonly<Record<string, string>> | undefined;
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based row and column → "C5". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "C5" → { row: 5, col: 3 }; undefined when not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Excel's error values, as the Office JavaScript API and ExcelJS spell them. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#BUSY!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!',
]);

export function isExcelError(v: CellValue): v is string {
  return typeof v === 'string' && EXCEL_ERRORS.has(v.trim().toUpperCase());
}
