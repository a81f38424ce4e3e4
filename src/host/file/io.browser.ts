/**
 * FileWorkbook's Node needs, in a browser (the task pane's offline page): files arrive as bytes
 * (FileWorkbook.fromBuffer) and leave as bytes (toBuffer), so there is no file system to reach; a save is
 * compressed by ExcelJS itself (JSZip), there being no native zlib. webpack.config.js puts this file in io.ts's place.
 */
import type ExcelJS from 'exceljs';
import { HostError } from '../errors';
import type * as NodeIo from './io';

const noFileSystem = (): Promise<never> =>
  Promise.reject(new HostError('no-file-system'));

export const readFile: typeof NodeIo.readFile = noFileSystem;
export const writeFile: typeof NodeIo.writeFile = noFileSystem;

export const packXlsx: typeof NodeIo.packXlsx = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** The browser's own inflate; undefined where it has none (an old embedded browser): the caller then reads less. */
export const inflateRaw: typeof NodeIo.inflateRaw = async (data) => {
  if (typeof DecompressionStream !== 'function') return undefined;
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw' as CompressionFormat));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** No synchronous capped inflate in the page: the package checks there use the declared sizes only (zip-guard.ts). */
export const inflateCapped: typeof NodeIo.inflateCapped | undefined = undefined;
