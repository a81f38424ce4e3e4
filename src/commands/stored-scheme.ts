import type { Result, Scheme } from '../engine';
import type { Workbook } from '../host/port';
import { loadScheme, SCHEME_KEY } from './scheme-store';

/**
 * The scheme stored in the workbook, validated; undefined when none is stored (loadScheme would give a preset
 * then, which the task pane must not offer as "the workbook's scheme").
 */
export async function storedScheme(wb: Workbook): Promise<Result<Scheme> | undefined> {
  const raw = await wb.getSetting(SCHEME_KEY);
  if (raw === undefined || raw.trim() === '') return undefined;
  return loadScheme(wb, 'county');
}
