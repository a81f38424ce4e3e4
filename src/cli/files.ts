/** Files in and out, through the host's FileWorkbook (.xlsx, and .csv in UTF-8, UTF-8 with BOM or GBK/GB18030). */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { CellValue } from '../engine';
import { isHostError } from '../host/errors';
import { FileWorkbook, type FileOptions } from '../host/xlsx';
import { refuseBySize } from '../host/file/detect';
import { writeWhole } from './atomic-write';
import { CliError, isReadReason, isWriteReason } from './errors';

/**
 * Every workbook the CLI opens or makes: a command's batch keeps no rollback copy. The CLI writes a new file only
 * after a clean run and never saves one after a failure, so the input on disk is the rollback; a copy (a full
 * serialisation before a batch's first change) would only add time on large files.
 */
const CLI_FILES: FileOptions = { rollback: false };

/**
 * Opens `file` (relative to cwd); a missing, encrypted or non-workbook file throws the host's one-line HostError.
 * The path is passed as the user would see it, since the host's messages quote it.
 */
export async function openWorkbook(cwd: string, file: string): Promise<FileWorkbook> {
  const full = resolve(cwd, file);
  const shown = relative(process.cwd(), full) || full;
  // A folder is not "file not found": say what it is. (Any stat failure is left to open, which names it.)
  const st = await stat(full).catch(() => null);
  if (st?.isDirectory()) throw new CliError('file.is-folder', { file: shown });
  if (st) refuseBySize(shown, st.size); // a 2 GB file is refused before it is read into memory
  try {
    return await FileWorkbook.open(shown, CLI_FILES);
  } catch (e) {
    // The host reports an unreadable file as its own failure; permissions are the user's to fix (exit 1).
    const errno = isHostError(e) && e.code === 'file-unreadable' ? (e.cause as NodeJS.ErrnoException | undefined)?.code : undefined;
    if (isReadReason(errno)) throw new CliError('file.cannot-read', { file: shown, errno });
    throw e;
  }
}

export const sampleWorkbook = async (sheets: Record<string, readonly (readonly CellValue[])[]>): Promise<FileWorkbook> => FileWorkbook.create(sheets, CLI_FILES);

export const blankWorkbook = async (): Promise<FileWorkbook> => FileWorkbook.create({}, CLI_FILES);

/** Saves as .xlsx (the path is checked by xlsxOut first); an unwritable path is the user's to fix (exit 1), not a crash. */
export async function saveWorkbook(wb: FileWorkbook, path: string, shown: string): Promise<void> {
  try {
    const bytes = await wb.toBuffer();
    await mkdir(dirname(path), { recursive: true }); // --out into a folder not there yet: make it, as mkdir -p
    await writeWhole(path, bytes);
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code;
    if (isWriteReason(errno)) throw new CliError('file.cannot-write', { file: shown, errno });
    throw e;
  }
}
