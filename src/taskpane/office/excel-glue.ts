/**
 * The pane's host on Excel (Office.js): the Excel adapter of the Workbook port for commands and reads, plus the
 * one thing the port does not do — selecting the cell of an issue the user clicked (Range.select).
 */
import { ExcelWorkbook } from '../../host/excel';
import type { Lang } from '../i18n';
import type { PaneHost, ThemeName } from '../pane-host';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Activates `sheet` and selects `address` on it, in one sync. */
export async function selectRange(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}

/** Office's theme as the pane's: dark when the body background is dark; high contrast comes from forced colours. */
export function officeThemeName(bodyBackground: string | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'contrast';
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackground ?? '');
  if (!m) return 'light';
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

export interface ExcelPaneOptions {
  readonly run: ExcelRun;
  readonly language: Lang;
  readonly theme: ThemeName;
}

export function excelPaneHost(o: ExcelPaneOptions): PaneHost {
  const reader = new ExcelWorkbook({ run: o.run });
  return {
    kind: 'excel',
    language: o.language,
    theme: o.theme,
    workbook: () => reader,
    // One adapter instance per command: its batch state is per instance, and the pane may read meanwhile.
    run: (work) => work(new ExcelWorkbook({ run: o.run })),
    select: (sheet, address) => selectRange(o.run, sheet, address),
    onSelection: async (cb) => {
      const off = await reader.onSelectionChanged(cb);
      return () => void off();
    },
  };
}
