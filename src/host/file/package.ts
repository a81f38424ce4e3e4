/** A file workbook's bytes read into ExcelJS: .xlsx, or .csv as one sheet. Pure: the file system stays in ./io. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/core/cell';
import { HostError } from '../errors';
import { blockRect, widthOf } from '../range';
import { readCsv, sheetNameFromFile, type CsvEncoding } from './csv';
import { detectKind, fileCorrupt, fileEmpty } from './detect';
import { inflateCapped } from './io';
import { writeRect } from './sheet-io';

export interface FileSource {
  readonly path?: string;
  readonly format: 'xlsx' | 'csv' | 'new';
  readonly encoding?: CsvEncoding;
}

export const copyValue = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

/** An .xlsx from bytes; HostError 'file-corrupt' | 'file-not-workbook' when it is not one. */
export async function loadXlsx(buf: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer); // JSZip takes a Uint8Array, in Node and in a browser
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
  if (detectKind(buf, name, inflateCapped) === 'csv') {
    const { values, encoding } = readCsv(buf, name);
    // 0 bytes, a BOM alone or blank lines: say so, rather than "no table found" on an empty sheet.
    if (values.every((row) => row.every((v) => v === null))) throw fileEmpty(name);
    const wb = new ExcelJS.Workbook();
    writeRect(wb.addWorksheet(sheetNameFromFile(name)), blockRect('A1', values.length, widthOf(values)), values);
    return { wb, source: { path: name, format: 'csv', encoding } };
  }
  return { wb: await loadXlsx(buf, name), source: { path: name, format: 'xlsx' } };
}
