/** Files in and out, through the host's FileWorkbook (.xlsx, and .csv in UTF-8, UTF-8 with BOM or GBK/GB18030). */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { CellValue } from '../engine';
import { isHostError } from '../host/errors';
import { refuseBySize } from '../host/file/detect';
import type { Workbook } from '../host/port';
import { FileWorkbook } from '../host/xlsx';
import { writeWhole } from './atomic-write';
import { CliError } from './errors';

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
    return await FileWorkbook.open(shown);
  } catch (e) {
    // The host reports an unreadable file as its own failure; permissions are the user's to fix (exit 1).
    const why = isHostError(e) && e.code === 'host-failed' ? READ_ERRORS[(e.cause as NodeJS.ErrnoException | undefined)?.code ?? ''] : undefined;
    if (why) throw new CliError('file.cannot-read', { file: shown, detail: why.zh, detailEn: why.en });
    throw e;
  }
}

// Why a read failed, for the one-line message; anything else is a crash.
const READ_ERRORS: Readonly<Record<string, { zh: string; en: string }>> = {
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EBUSY: { zh: '文件正被其他程序占用', en: 'the file is in use' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
};

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

// Why a save failed, for the one-line message; anything else is a crash.
const WRITE_ERRORS: Readonly<Record<string, { zh: string; en: string }>> = {
  ENOENT: { zh: '文件夹不存在', en: 'the folder does not exist' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EEXIST: { zh: '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  EROFS: { zh: '磁盘只读', en: 'the file system is read-only' },
  EBUSY: { zh: '文件正被其他程序占用（是否在 Excel 中打开？）', en: 'the file is in use (open in Excel?)' },
  ENOSPC: { zh: '磁盘空间不足，原有文件未改动', en: 'no space left on the disk; any existing file is unchanged' },
  EDQUOT: { zh: '超出磁盘配额，原有文件未改动', en: 'disk quota exceeded; any existing file is unchanged' },
  EFBIG: { zh: '文件超出系统允许的大小', en: 'the file is larger than the system allows' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
};

/** Saves as .xlsx (the path is checked by xlsxOut first); an unwritable path is the user's to fix (exit 1), not a crash. */
export async function saveWorkbook(wb: FileWorkbook, path: string, shown: string): Promise<void> {
  try {
    const bytes = await wb.toBuffer();
    await mkdir(dirname(path), { recursive: true }); // --out into a folder not there yet: make it, as mkdir -p
    await writeWhole(path, bytes);
  } catch (e) {
    const why = WRITE_ERRORS[(e as NodeJS.ErrnoException).code ?? ''];
    if (why) throw new CliError('file.cannot-write', { file: shown, detail: why.zh, detailEn: why.en });
    throw e;
  }
}
