/**
 * The Workbook port: the one small async interface every host (Excel, WPS, files, memory) implements.
 * Commands are written once against it. Addresses are A1 strings on a named sheet ("B3", "A1:D10");
 * rows and columns are 1-based. Reads and writes are whole blocks; formatting is by range lists or
 * conditional formats, never cell by cell, so the Excel adapter can keep a command to a few context.sync().
 *
 * Settings and ownership: every adapter keeps document-level settings in one very-hidden sheet named
 * SETTINGS_SHEET ("_perf"), key in column A and value in columns B… (split into 30,000-character chunks).
 * A sheet is the only store that ExcelJS, Office.js and WPS all read and that survives save and reopen, so the
 * scheme travels with the file. The add-in's own sheets and marked cells are recorded there too (keys
 * OWNED_SHEETS_KEY and MARKS_KEY_PREFIX + sheet), so a rerun replaces only the add-in's earlier output.
 */
import type { CellValue } from '../engine/core/cell';

/** Where the settings (and ownership records) live in every workbook; very hidden. */
export const SETTINGS_SHEET = '_perf';
/** Settings key listing the sheets the add-in created (JSON string[]). */
export const OWNED_SHEETS_KEY = 'perf.ownedSheets';
/** Settings key prefix listing the cells the add-in marked on a sheet (JSON string[] of A1 cells). */
export const MARKS_KEY_PREFIX = 'perf.marks:';

/** A rectangular block read from a sheet. `values` is rows × columns, empty cells as null. */
export interface Block {
  readonly sheet: string;
  /** The block's A1 range, e.g. "A1:F49"; "A1" with values [] for an empty sheet. */
  readonly address: string;
  /** 1-based row and column of the block's top-left cell. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: CellValue[][];
  /**
   * The block's cells whose number format is a percentage (host/number-format.ts): A1 address in sheet coordinates
   * ("D7") → the format ("0%", "0.0%"). Only cells holding a value are listed; absent when there are none. A
   * percent-formatted 0.5 shows 50%, a typed 0.5 shows 0.5 — the engine tells them apart by this (FISCAL.md §3).
   */
  readonly percentFormats?: Readonly<Record<string, string>>;
  /**
   * Merged areas meeting the block, as A1 ranges in sheet coordinates ("A1:F1"); only the top-left cell of each
   * holds a value in `values`. Absent when there are none (or the host cannot tell).
   */
  readonly merges?: readonly string[];
  /** A1 addresses of formula cells in the block that carry no computed value (only files saved without calculation have them). */
  readonly uncomputed?: readonly string[];
}

/** An Excel table (ListObject) on a sheet, with its whole range including the header row. */
export interface TableRef {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

/**
 * Everything a command needs to find its input, in ONE read (one context.sync in Excel; a second only when
 * `sheet` has Excel tables, whose ranges need their names first): sheet names, the active sheet, the selection,
 * Excel tables of `sheet`, and the used range of `sheet`. A table's values are a sub-block of `used`.
 */
export interface Snapshot {
  readonly sheets: string[];
  readonly active: string;
  /**
   * The used part of the selection (selection ∩ cells with values, so selecting whole columns reads only data);
   * values [] at the selection's corner when it holds nothing; null where the host has no selection.
   */
  readonly selection: Block | null;
  /** The sheet `used` and `tables` describe: the one asked for, else the active sheet. */
  readonly sheet: string;
  readonly tables: TableRef[];
  readonly used: Block;
  /** The used ranges of SnapshotOptions.also that exist, in the order asked (same read, no extra round trip). */
  readonly also?: readonly Block[];
}

export interface SnapshotOptions {
  /**
   * Further sheets whose used ranges come with the snapshot in the same read (one context.sync in Excel), e.g. the
   * add-in's output sheet a rerun must compare before replacing. Names not in the workbook are skipped.
   */
  readonly also?: readonly string[];
}

export type MarkKind = 'error' | 'warning' | 'info';

/** The fill each mark kind gets (ARGB-free "#RRGGBB"): Excel's own bad / neutral / note colours. */
export const MARK_FILLS: Readonly<Record<MarkKind, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** One cell to mark: its fill and a note (comment) explaining the issue, Chinese first. */
export interface Mark {
  readonly cell: string;
  readonly kind: MarkKind;
  readonly note: string;
}

/** Conditional colour: cells whose displayed text equals `equals` get this fill (and font colour). */
export interface ColorRule {
  readonly equals: string;
  /** "#RRGGBB" */
  readonly fill: string;
  readonly font?: string;
}

/** Formatting of a whole range. columnWidth is in characters (adapters convert to their units). */
export interface RangeFormat {
  readonly bold?: boolean;
  readonly fill?: string;
  readonly font?: string;
  readonly numberFormat?: string;
  readonly columnWidth?: number;
  readonly wrap?: boolean;
  /** Horizontal alignment of the text (a merged title is centred across its merge). */
  readonly align?: 'left' | 'center' | 'right';
  /** Font size in points. */
  readonly fontSize?: number;
  /** Thin lines around and between every cell of the range (a printed table's grid). */
  readonly border?: boolean;
  /** Height of each row of the range, in points: hosts do not grow a merged cell's row for wrapped text. */
  readonly rowHeight?: number;
}

/** A header or footer: its left, centre and right parts. `{page}` prints the page number, `{pages}` the page count. */
export interface PageText {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/**
 * How a sheet prints, so an office prints it without touching page setup: paper, orientation, scaled to the page's
 * width, rows repeated at the top of every page, what prints, header and footer.
 */
export interface PageSetup {
  readonly paper: 'A4' | 'A3';
  readonly orientation: 'portrait' | 'landscape';
  /** Every column on one page's width; as many pages tall as the rows need. */
  readonly fitToWidth: boolean;
  /** Rows printed at the top of every page (1-based, inclusive): a table's header. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** The range that prints (A1), when not the whole used range: e.g. without a chart's data beside the table. */
  readonly printArea?: string;
  readonly header?: PageText;
  readonly footer?: PageText;
  /** Centred between the left and right margins. */
  readonly centered?: boolean;
}

/** A clustered bar/column chart; one series per entry (e.g. one per tier, so each tier has its colour). */
export interface ChartSpec {
  readonly type: 'bar' | 'column';
  readonly title: string;
  /** Range holding the category labels (e.g. unit names), one column. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string; readonly color?: string }[];
  /** Cell where the chart's top-left corner sits. */
  readonly anchor: string;
}

/** What a recorded chart looks like once placed (memory and file adapters keep these). */
export interface ChartRecord extends ChartSpec {
  readonly sheet: string;
}

export interface WriteOptions {
  /** Columns (0-based within the block) to store as text even when a value looks like a number. */
  readonly textColumns?: readonly number[];
}

export interface AddSheetOptions {
  /** Replace the sheet if it exists AND the add-in owns it. A sheet the add-in does not own is never replaced. */
  readonly replaceOwn?: boolean;
}

export type HostKind = 'excel' | 'wps' | 'file' | 'memory';

export interface Workbook {
  readonly kind: HostKind;
  /** What the host can do; commands skip what is missing instead of failing. */
  readonly can: { readonly charts: boolean; readonly selection: boolean; readonly tables: boolean };

  /** Sheet names in tab order, hidden ones included; the add-in's settings sheet is never listed. */
  sheetNames(): Promise<string[]>;
  /** Name of the active sheet (the first visible one where the host has no notion of active). */
  activeSheet(): Promise<string>;
  /** Makes `name` active. Throws HostError 'sheet-missing' if there is no such sheet. */
  activateSheet(name: string): Promise<void>;

  /** One read of sheet names, active sheet, selection, tables and used range of `sheet` (default active), and opts.also. */
  snapshot(sheet?: string, opts?: SnapshotOptions): Promise<Snapshot>;
  /** One read of `range` on `sheet`, or of its used range (first to last cell holding a value) if omitted. */
  readTable(sheet: string, range?: string): Promise<Block>;
  /**
   * The used ranges of several sheets in ONE read (one context.sync in Excel, whatever the count), in the order
   * given — for inputs spread over sheets, such as the detailed county workbook. A missing sheet: HostError 'sheet-missing'.
   */
  readTables(sheets: readonly string[]): Promise<Block[]>;
  /** The used part of the selected block (as Snapshot.selection), or null where the host has no selection. */
  readSelection(): Promise<Block | null>;
  /** Subscribes to selection changes; resolves to an unsubscribe function. Absent where the host has none. */
  onSelectionChanged?(cb: (sel: { sheet: string; address: string }) => void): Promise<() => Promise<void>>;
  /** Excel tables (ListObjects) on `sheet`; [] where the host has none. */
  tables(sheet: string): Promise<TableRef[]>;

  /**
   * Writes `values` as one block with its top-left at `topLeft`. Strings are ALWAYS stored as text:
   * a leading = + - @ never makes a formula. Dates are stored as dates. null clears the cell's value.
   * The block overwrites whatever is there: checking for user content first is the caller's job.
   * Excel sets each written cell's number format ("@" for strings, a date format for Dates, General otherwise),
   * so apply formatRange number formats after the write.
   */
  write(sheet: string, topLeft: string, values: readonly (readonly CellValue[])[], opts?: WriteOptions): Promise<void>;

  /**
   * Marks cells: fill by kind (ranges grouped per kind) and a note per cell, replacing an earlier note of
   * the add-in on that cell; a cell holding the user's own note keeps it and gets the fill only.
   * Records the cells (and which notes are its own) as the add-in's marks on `sheet`.
   * A mark replaces the cell's fill; clearMarks leaves such a cell without fill.
   */
  mark(sheet: string, marks: readonly Mark[]): Promise<void>;
  /** Removes the add-in's fills and notes from the cells it marked on `sheet`, and nothing else. */
  clearMarks(sheet: string): Promise<void>;

  /**
   * Adds a sheet the add-in owns (recorded in the settings). If `name` exists: replaced when the add-in owns
   * it and opts.replaceOwn; otherwise HostError 'sheet-not-owned' (user's sheet) or 'sheet-exists' (own, no replace).
   */
  addSheet(name: string, opts?: AddSheetOptions): Promise<void>;
  /** True when `name` was created by the add-in (per the ownership record). */
  isOwnSheet(name: string): Promise<boolean>;

  /** Conditional formats on `range`: text equal to rule.equals → rule's colours. Host-evaluated, survives edits. */
  conditionalColors(sheet: string, range: string, rules: readonly ColorRule[]): Promise<void>;
  /** Formats a whole range at once. */
  formatRange(sheet: string, range: string, fmt: RangeFormat): Promise<void>;
  /** Adds a chart; false where the host has no charts (nothing is written then). */
  addChart(sheet: string, spec: ChartSpec): Promise<boolean>;
  /** Drop-down list validation on `range` with exactly `items`. */
  validationList(sheet: string, range: string, items: readonly string[]): Promise<void>;
  /**
   * Merges `range` into one cell (a title across a table), as a user merging it: only the top-left value stays, the
   * others are cleared. Block.merges reports it afterwards.
   */
  mergeCells(sheet: string, range: string): Promise<void>;
  /**
   * How `sheet` prints (PageSetup), replacing what it set before — except that title rows and a print area left out
   * stay as they were (Office.js cannot clear them): the add-in sets them on sheets it has just made. Saved with the
   * document (a file's package holds it). Excel: pageLayout (ExcelApi 1.9); a host without it prints as it did.
   */
  pageSetup(sheet: string, setup: PageSetup): Promise<void>;

  /** Document-level setting stored in the workbook (see SETTINGS_SHEET); undefined when unset. */
  getSetting(key: string): Promise<string | undefined>;
  /** Stores a setting in the workbook; it is saved with the document. */
  setSetting(key: string, value: string): Promise<void>;

  /**
   * Runs `fn` as one unit. Excel: one Excel.run; each read inside syncs once, writes are queued and flushed by
   * one final sync, so a throw before the end writes nothing — Office.js sends what is queued with every sync, so a
   * batch reads first, then marks (a mark may look up notes), then writes: the order every command keeps.
   * WPS: changes are queued and run at the end. Memory and file: a throw rolls every change back (a file workbook
   * opened with `rollback: false` keeps none: for a caller that discards it after a failure).
   * Batches do not nest: an inner batch just runs inside the outer one.
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;
}
