/** A file workbook's bytes: .xlsx or .csv read into ExcelJS, and the .xlsx package written back. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/core/cell';
import { HostError } from '../errors';
import { blockRect, widthOf } from '../range';
import { deflateStored } from '../xlsx-zip';
import { readCsv, sheetNameFromFile, type CsvEncoding } from './csv';
import { detectKind, fileCorrupt, fileMissing } from './detect';
import { writeRect } from './sheet-io';

export interface FileSource {
  readonly path?: string;
  readonly format: 'xlsx' | 'csv' | 'new';
  readonly encoding?: CsvEncoding;
}

/** A file's bytes; HostError 'file-missing' (or a folder), 'file-unreadable' for any other failure. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') throw fileMissing(path);
    throw new HostError('file-unreadable', { file: path }, { cause: e });
  }
}

/**
 * ExcelJS writes the package uncompressed and deflateStored compresses it with Node's native zlib: on a
 * 50,000-row results workbook that saves seconds over JSZip's JavaScript deflate. Level 4: on its 31 MB of XML,
 * 0.17 s for 3.6 MB against level 6's 0.45 s for 3.45 MB (the size ExcelJS itself writes).
 */
const WRITE_OPTIONS = { zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>;
const DEFLATE_LEVEL = 4;

/** The .xlsx package of `wb`. */
export async function packageBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return deflateStored(new Uint8Array(await wb.xlsx.writeBuffer(WRITE_OPTIONS)), DEFLATE_LEVEL);
}

export const copyValue = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

/** An .xlsx from bytes; HostError 'file-corrupt' | 'file-not-workbook' when it is not one. */
export async function loadXlsx(buf: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw fileCorrupt(name, e);
  }
  if (wb.worksheets.length === 0) {
    throw new HostError('file-not-workbook', { file: name }); // a package without worksheets is no workbook
  }
  return wb;
}

/** Bytes → workbook: a CSV (by content and name) as one sheet named after the file, else an .xlsx. */
export async function parse(buf: Uint8Array, name: string): Promise<{ wb: ExcelJS.Workbook; source: FileSource }> {
  if (detectKind(buf, name) === 'csv') {
    const { values, encoding } = readCsv(buf);
    const wb = new ExcelJS.Workbook();
    writeRect(wb.addWorksheet(sheetNameFromFile(name)), blockRect('A1', values.length, widthOf(values)), values);
    return { wb, source: { path: name, format: 'csv', encoding } };
  }
  return { wb: await loadXlsx(buf, name), source: { path: name, format: 'xlsx' } };
}
