/** Files in and out, through the host's FileWorkbook (.xlsx, and .csv in UTF-8, UTF-8 with BOM or GBK/GB18030). */
import { relative, resolve } from 'node:path';
import type { CellValue } from '../engine/core/cell';
import type { Workbook } from '../host/port';
import { FileWorkbook } from '../host/xlsx';
import { CliError } from './errors';

/**
 * Opens `file` (relative to cwd); a missing, encrypted or non-workbook file throws the host's one-line HostError.
 * The path is passed as the user would see it, since the host's messages quote it.
 */
export function openWorkbook(cwd: string, file: string): Promise<FileWorkbook> {
  const full = resolve(cwd, file);
  return FileWorkbook.open(relative(process.cwd(), full) || full);
}

export const sampleWorkbook = async (sheets: Record<string, readonly (readonly CellValue[])[]>): Promise<FileWorkbook> => FileWorkbook.create(sheets);

export const blankWorkbook = async (): Promise<FileWorkbook> => FileWorkbook.create({});

/**
 * The port the commands run on in the CLI: the file workbook, minus the rollback copy its batch() makes
 * (a full serialisation of the workbook before the first change). The CLI never saves after a failed
 * command, so the file on disk is the rollback; the copy would only double the time on large files.
 */
export function cliPort(wb: FileWorkbook): Workbook {
  return new Proxy(wb, {
    get(target, prop) {
      if (prop === 'batch') return <T>(fn: () => Promise<T>): Promise<T> => fn();
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

// Fast deflate: on 100k-row outputs level 1 writes about twice as fast as the default 6, for a file ~30% larger.
const ZIP = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } };

/** Saves as .xlsx; a folder that does not exist or cannot be written is the user's to fix (exit 1), not a crash. */
export async function saveWorkbook(wb: FileWorkbook, path: string): Promise<void> {
  if (!/\.xlsx$/i.test(path)) throw new CliError('file.not-xlsx', { file: path });
  try {
    // As FileWorkbook.toBuffer does: Excel refuses a file whose active tab is a hidden sheet.
    const active = await wb.activeSheet();
    if (active) await wb.activateSheet(active);
    await wb.workbook.xlsx.writeFile(path, ZIP as never);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS' || code === 'EPERM') {
      throw new CliError('file.cannot-write', { file: path, detail: code });
    }
    throw e;
  }
}
