/** Files in and out, through the host's FileWorkbook (.xlsx, and .csv in UTF-8, UTF-8 with BOM or GBK/GB18030). */
import { relative, resolve } from 'node:path';
import type { CellValue } from '../engine/core/cell';
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

/** Saves as .xlsx; a folder that does not exist or cannot be written is the user's to fix (exit 1), not a crash. */
export async function saveWorkbook(wb: FileWorkbook, path: string): Promise<void> {
  try {
    await wb.saveAs(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS' || code === 'EPERM') {
      throw new CliError('file.cannot-write', { file: path, detail: code });
    }
    throw e;
  }
}
