/**
 * What FileWorkbook needs from Node: the file system, and a fast save. The task pane's offline page builds
 * FileWorkbook for the browser with io.browser.ts in this file's place (webpack.config.js swaps the import), so
 * xlsx.ts itself never names a Node module.
 */
import type ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { deflateStored } from '../xlsx-zip';
import { STREAM_FROM_ROWS, streamable, streamXlsx } from './stream-save';
import type { Inflate } from './zip-guard';

export { readFile, writeFile } from 'node:fs/promises';

/**
 * ExcelJS writes the package uncompressed and deflateStored compresses it with Node's native zlib: on a
 * 50,000-row results workbook that saves seconds over JSZip's JavaScript deflate. Level 4: on its 31 MB of XML,
 * 0.17 s for 3.6 MB against level 6's 0.45 s for 3.45 MB (the size ExcelJS itself writes).
 */
const WRITE_OPTIONS = { zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>;
const DEFLATE_LEVEL = 4;

/** The workbook as .xlsx bytes: streamed row by row when it is large and holds only what the stream carries. */
export async function packXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const rows = wb.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
  if (rows >= STREAM_FROM_ROWS && streamable(wb)) return streamXlsx(wb, DEFLATE_LEVEL);
  const stored = new Uint8Array(await wb.xlsx.writeBuffer(WRITE_OPTIONS));
  return deflateStored(stored, DEFLATE_LEVEL);
}

/** A raw DEFLATE stream inflated (a part of an .xlsx package, file/zip-read.ts). */
export async function inflateRaw(data: Uint8Array): Promise<Uint8Array | undefined> {
  return new Uint8Array(inflateRawSync(data));
}

/** Native inflate with a cap, for the package checks (zip-guard.ts): memory stays bounded by the part's declared size. */
export const inflateCapped: Inflate = (data, max) => {
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'bad';
  }
};
