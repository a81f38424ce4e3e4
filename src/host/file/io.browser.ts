/**
 * FileWorkbook's Node needs, in a browser (the task pane's offline page): files arrive as bytes
 * (FileWorkbook.fromBuffer) and leave as bytes (toBuffer), so there is no file system to reach; a save is
 * compressed by ExcelJS itself (JSZip), there being no native zlib. webpack.config.js puts this file in io.ts's place.
 */
import type ExcelJS from 'exceljs';
import { HostError } from '../errors';
import type * as NodeIo from './io';

const noFileSystem = (): Promise<never> =>
  Promise.reject(new HostError('file-unsupported', { zh: '浏览器中不能按路径读写文件。', en: 'A browser cannot read or write files by path.' }));

export const readFile: typeof NodeIo.readFile = noFileSystem;
export const writeFile: typeof NodeIo.writeFile = noFileSystem;

export const packXlsx: typeof NodeIo.packXlsx = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** No native inflate in the page: the package checks there use the declared sizes only (zip-guard.ts). */
export const inflateCapped: typeof NodeIo.inflateCapped | undefined = undefined;
