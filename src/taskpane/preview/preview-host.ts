/**
 * The offline page's host: the built-in county sample in a MemoryWorkbook, or a file opened from disk as a
 * FileWorkbook (ExcelJS, loaded only then). Nothing leaves the page: files are read and written as bytes.
 * Saving a file gives its workbook as the commands left it (as `perf rank` writes it); saving the sample replays
 * the commands run on it over a file workbook of the same sheets (as `perf demo` does), so formats survive too.
 */
import { countySampleSheets } from '../../samples';
import { MemoryWorkbook } from '../../host/memory';
import type { Workbook } from '../../host/port';
import type { Lang } from '../i18n';
import { loadScript } from '../load-script';
import type { PaneHost, Selection, ThemeName } from '../pane-host';

export type BookSource = { readonly kind: 'sample' } | { readonly kind: 'file'; readonly name: string };

type Step = (wb: Workbook) => Promise<unknown>;

/** The name a saved result gets: the input's name + -结果.xlsx, as the CLI names it. */
export const resultName = (source: BookSource): string =>
  source.kind === 'file' ? `${source.name.replace(/\.[^.]*$/, '')}-结果.xlsx` : 'perf-sample-结果.xlsx';

type FilesModule = typeof import('../../host/xlsx');

/** ExcelJS's browser build (a global, see webpack.config.js externals), then the file adapter: only when a file is opened or saved. */
const loadFilesInPage = async (): Promise<FilesModule> => {
  if (!('ExcelJS' in globalThis)) await loadScript('vendor/exceljs.min.js');
  return import(/* webpackChunkName: "files" */ '../../host/xlsx');
};

export class PreviewHost implements PaneHost {
  readonly kind = 'preview' as const;
  private book: Workbook;
  private sourceNow: BookSource = { kind: 'sample' };
  /** Commands run on the sample, replayed on a file workbook to save it. */
  private log: Step[] = [];
  private selected: Selection | null = null;
  private readonly selectionListeners = new Set<(s: Selection) => void>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    readonly language: Lang,
    readonly theme: ThemeName,
    /** How the file adapter is loaded (tests import it directly). */
    private readonly loadFiles: () => Promise<FilesModule> = loadFilesInPage,
  ) {
    this.book = PreviewHost.sampleBook();
  }

  private static sampleBook(): Workbook {
    return MemoryWorkbook.fromSheets(countySampleSheets());
  }

  get source(): BookSource {
    return this.sourceNow;
  }
  get selection(): Selection | null {
    return this.selected;
  }

  workbook(): Workbook {
    return this.book;
  }

  async run<T>(work: (wb: Workbook) => Promise<T>): Promise<T> {
    const active = await this.book.activeSheet();
    this.log.push(async (wb) => {
      if ((await wb.sheetNames()).includes(active)) await wb.activateSheet(active);
      return work(wb);
    });
    try {
      return await work(this.book);
    } finally {
      this.changed();
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.book.activateSheet(sheet);
    if (this.book instanceof MemoryWorkbook) this.book.select(sheet, address); // commands see it, as in Excel
    this.selected = { sheet: (await this.book.activeSheet()) || sheet, address: address.toUpperCase() };
    for (const l of this.selectionListeners) l(this.selected);
    this.changed();
  }

  /** Shows another sheet (a tab of the grid): the commands' active sheet, as in Excel. */
  async activate(sheet: string): Promise<void> {
    await this.book.activateSheet(sheet);
    this.changed();
  }

  async onSelection(cb: (sel: Selection) => void): Promise<() => void> {
    this.selectionListeners.add(cb);
    return () => void this.selectionListeners.delete(cb);
  }

  /** Tells `cb` whenever the workbook or what it shows changed (a command ran, a file was opened, a sheet shown). */
  onChange(cb: () => void): () => void {
    this.changeListeners.add(cb);
    return () => void this.changeListeners.delete(cb);
  }

  /** Opens .xlsx or .csv bytes (read in the page, never uploaded); HostError with the reason when it cannot. */
  async open(name: string, bytes: Uint8Array): Promise<void> {
    const { FileWorkbook } = await this.loadFiles();
    const wb = await FileWorkbook.fromBuffer(bytes, name);
    this.reset(wb, { kind: 'file', name });
  }

  loadSample(): void {
    this.reset(PreviewHost.sampleBook(), { kind: 'sample' });
  }

  /** The workbook as .xlsx bytes and the name to save them under. */
  async save(): Promise<{ name: string; bytes: Uint8Array }> {
    const { FileWorkbook } = await this.loadFiles();
    if (this.book instanceof FileWorkbook) return { name: resultName(this.sourceNow), bytes: await this.book.toBuffer() };
    const file = FileWorkbook.create(countySampleSheets());
    for (const step of this.log) await step(file);
    return { name: resultName(this.sourceNow), bytes: await file.toBuffer() };
  }

  private reset(wb: Workbook, source: BookSource): void {
    this.book = wb;
    this.sourceNow = source;
    this.log = [];
    this.selected = null;
    this.changed();
  }

  private changed(): void {
    for (const l of this.changeListeners) l();
  }
}
