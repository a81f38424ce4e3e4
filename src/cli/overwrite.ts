/**
 * Nothing lost: an output path holding an unrelated file is refused (exit 1) unless --force. The add-in's own
 * earlier output (its very-hidden _perf sheet records sheets it owns) and the command's default path are rewritten.
 */
import { readFile, stat } from 'node:fs/promises';
import { OWNED_SHEETS_KEY } from '../host/port';
import { FileWorkbook } from '../host/xlsx';
import { CliError } from './errors';
import { ownsSheetsByXml } from './perf-output';

/** Whether the file at `path` was written by perf: it opens as a workbook whose settings name sheets perf owns. */
async function writtenByPerf(path: string): Promise<boolean> {
  try {
    // Its settings part alone answers for perf's own output; the whole workbook is opened only when that cannot.
    if (await ownsSheetsByXml(new Uint8Array(await readFile(path)))) return true;
    const wb = await FileWorkbook.open(path);
    return ((await wb.getSetting(OWNED_SHEETS_KEY)) ?? '') !== '';
  } catch {
    return false; // a file that does not even open as a workbook is certainly not perf's output: keep it
  }
}

export interface OverwriteOptions {
  /** --force: the user said so. */
  readonly force: boolean;
  /** The command's default output (no --out): rerunning the same command must keep working. */
  readonly isDefault: boolean;
}

/** Throws file.exists when `path` holds a file perf must not replace; a missing path (or a folder, refused at save) passes. */
export async function guardOverwrite(path: string, shown: string, opts: OverwriteOptions): Promise<void> {
  if (opts.force || opts.isDefault) return;
  const st = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null; // nothing there to lose
    throw e;
  });
  if (st === null || !st.isFile()) return;
  if (await writtenByPerf(path)) return;
  throw new CliError('file.exists', { file: shown });
}
