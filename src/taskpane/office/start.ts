/**
 * Starting in Office: office.js (from our own origin), then the PERF custom functions and the ribbon bindings —
 * the shared runtime runs all three in this page — then Office.onReady. Loaded only when Office hosts the page.
 */
import { langOf } from '../i18n';
import type { PaneHost } from '../pane-host';
import { excelPaneHost, officeThemeName } from './excel-glue';
import { loadScript } from '../load-script';

/** Classic scripts of the shared runtime page, in load order (webpack builds functions.js as its own entry). */
export const OFFICE_SCRIPTS = ['office-js/office.js', 'functions.js'] as const;

export async function startExcel(): Promise<PaneHost> {
  for (const src of OFFICE_SCRIPTS) await loadScript(src);
  await import('../../commands/excel-ribbon'); // binds 排名定档 / 校验报送 / 插入模板 (Office.actions.associate)
  await Office.onReady();
  const forced = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
  return excelPaneHost({
    run: (batch) => Excel.run(batch),
    language: langOf(Office.context.displayLanguage),
    theme: officeThemeName(Office.context.officeTheme?.bodyBackgroundColor, forced),
  });
}
