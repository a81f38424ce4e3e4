/**
 * The task pane in WPS 表格: the pane page (taskpane.html, the same build as Excel's) started on the WPS adapter once
 * host detection finds WPS's globals — office.js is never loaded. Each command runs on a WpsWorkbook of its own; an
 * issue clicked is selected through the adapter; 解释 follows the selection through ApiEvent where this WPS has it
 * and says it cannot where not; the PERF functions' status, which the entry page recorded, shows when they are missing.
 */
import { createWpsWorkbook, wpsGlobals } from '../host/wps/globals';
import { langOf, type Lang } from '../taskpane/i18n';
import { themeFromMedia, type HostNotice, type PaneHost, type ThemeName } from '../taskpane/pane-host';
import { readFunctionsStatus, type FunctionsStatus } from './functions-status';

/** What the pane tells the user about the functions: nothing when all are registered (or nothing is known yet). */
export function functionsNotices(status: FunctionsStatus | undefined): HostNotice[] {
  return status?.reason ? [{ intent: 'warning', message: status.reason }] : [];
}

export interface WpsPaneOptions {
  /** The page's globals (WPS puts `wps` and `Application` there). */
  readonly globals?: object;
  readonly language?: Lang;
  readonly theme?: ThemeName;
}

const pageLanguage = (): Lang => langOf(typeof navigator === 'undefined' ? undefined : navigator.language);
const pageTheme = (): ThemeName => themeFromMedia((q) => typeof matchMedia === 'function' && matchMedia(q).matches);

export function startWpsPane(o: WpsPaneOptions = {}): PaneHost {
  const g = o.globals ?? globalThis;
  const reader = createWpsWorkbook(g);
  const follow = reader.onSelectionChanged;
  return {
    kind: 'wps',
    language: o.language ?? pageLanguage(),
    theme: o.theme ?? pageTheme(),
    notices: functionsNotices(readFunctionsStatus(wpsGlobals(g)?.root ?? {})),
    followsSelection: follow !== undefined,
    workbook: () => reader,
    // One adapter per command: its batch state is per instance, and the pane may read meanwhile.
    run: (work) => work(createWpsWorkbook(g)),
    select: (sheet, address) => reader.selectRange(sheet, address),
    onSelection: async (cb) => {
      if (!follow) return () => {};
      const off = await follow(cb);
      return () => void off();
    },
  };
}
