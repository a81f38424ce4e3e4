/** What a file is, from its first bytes, so errors name the real problem instead of a parser's stack. */
import { HostError } from '../errors';
import { compoundKind, isCompoundFile } from './cfb';
import { inspectPackage, MAX_CELLS, MAX_PACKAGE_BYTES, type Inflate, type PackageVerdict } from './zip-guard';

export type FileKind = 'xlsx' | 'csv';

const startsWith = (buf: Uint8Array, bytes: readonly number[]): boolean => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const MB = 1024 * 1024;
/** A CSV beyond this is refused before it is decoded: 32 MB is some 3 million cells, beyond MAX_CELLS anyway. */
export const MAX_CSV_BYTES = 32 * MB;

const saveAs = (name: string, what: { zh: string; en: string }, app: { zh: string; en: string }): HostError =>
  new HostError('file-unsupported', {
    zh: `文件“${name}”是${what.zh}，无法直接读取。请在 ${app.zh} 中另存为 .xlsx（Excel 工作簿）后再试。`,
    en: `"${name}" is ${what.en} and cannot be read as it is. Save it as .xlsx (Excel workbook) in ${app.en} and retry.`,
  });
const EXCEL_OR_WPS = { zh: 'Excel 或 WPS', en: 'Excel or WPS' };

/**
 * Classifies `buf` (read from `name`), or throws the HostError that explains why it cannot be opened. A zip package
 * is inspected first (zip-guard.ts): with `inflate` (Node) its parts are inflated with caps and checked too.
 */
export function detectKind(buf: Uint8Array, name: string, inflate?: Inflate): FileKind {
  if (/\.(csv|txt)$/i.test(name)) {
    if (buf.length > MAX_CSV_BYTES) throw fileTooLarge(name, { bytes: buf.length });
    return 'csv';
  }
  if (startsWith(buf, ZIP) || startsWith(buf, EMPTY_ZIP)) {
    const verdict = inspectPackage(buf, inflate);
    if (verdict.ok) return 'xlsx';
    throw packageRefusal(name, verdict);
  }
  if (isCompoundFile(buf)) {
    const kind = compoundKind(buf, name);
    if (kind === 'encrypted') {
      throw new HostError('file-encrypted', {
        zh: `文件“${name}”设有打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再试。`,
        en: `"${name}" is password-protected (encrypted) and cannot be read. Remove the password in Excel, save as .xlsx and retry.`,
      });
    }
    if (kind === 'et') throw saveAs(name, { zh: ' WPS 表格文件（.et）', en: 'a WPS Spreadsheets file (.et)' }, { zh: 'WPS', en: 'WPS' });
    if (kind === 'xls') throw saveAs(name, { zh: '旧版 Excel 工作簿（.xls）', en: 'an old Excel workbook (.xls)' }, EXCEL_OR_WPS);
    throw new HostError('file-not-workbook', {
      zh: `文件“${name}”是旧版 Office 文档，但不是工作簿（.xlsx）。`,
      en: `"${name}" is an old Office document but not a workbook (.xlsx).`,
    });
  }
  throw new HostError('file-not-workbook', {
    zh: `文件“${name}”不是 Excel 工作簿（.xlsx）或 CSV 文件。`,
    en: `"${name}" is not an Excel workbook (.xlsx) or a CSV file.`,
  });
}

/** A file too big to be read at all, by its size on disk alone (checked before its bytes are read into memory). */
export function refuseBySize(name: string, bytes: number): void {
  if (/\.(csv|txt)$/i.test(name) ? bytes > MAX_CSV_BYTES : bytes > MAX_PACKAGE_BYTES) {
    throw /\.(csv|txt)$/i.test(name) ? fileTooLarge(name, { bytes }) : fileTooLarge(name, { unpacked: bytes });
  }
}

/** The HostError for a package zip-guard.ts refused. */
function packageRefusal(name: string, v: Exclude<PackageVerdict, { ok: true }>): HostError {
  switch (v.problem) {
    case 'corrupt':
      return fileCorrupt(name, undefined);
    case 'not-workbook':
      return new HostError('file-not-workbook', {
        zh: `文件“${name}”是压缩包，但不是 Excel 工作簿（.xlsx）。`,
        en: `"${name}" is a zip archive but not an Excel workbook (.xlsx).`,
      });
    case 'ods':
      return saveAs(name, { zh: ' OpenDocument 表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)' }, { zh: 'WPS、Excel 或 LibreOffice', en: 'WPS, Excel or LibreOffice' });
    case 'xlsb':
      return saveAs(name, { zh: ' Excel 二进制工作簿（.xlsb）', en: 'an Excel binary workbook (.xlsb)' }, EXCEL_OR_WPS);
    case 'too-large':
      return fileTooLarge(name, v.cells !== undefined ? { cells: v.cells } : { unpacked: v.bytes });
    case 'bomb':
      return new HostError('file-unsafe', {
        zh: `文件“${name}”的“${v.part}”解压后超出其声明的大小（疑似压缩炸弹），为安全起见未打开。`,
        en: `"${name}": part "${v.part}" inflates beyond its declared size (a likely zip bomb); not opened, for safety.`,
      });
    case 'entity':
      return new HostError('file-unsafe', {
        zh: `文件“${name}”的“${v.part}”含有 XML 实体声明（DOCTYPE/ENTITY），正常工作簿不会有，为安全起见未打开。`,
        en: `"${name}": part "${v.part}" holds an XML DOCTYPE/ENTITY declaration, which no workbook needs; not opened, for safety.`,
      });
  }
}

const size = (n: number): string => (n === Infinity ? '4096+' : (n / MB).toFixed(0));

/** Too big to open safely: by its cells, its bytes (CSV) or what its package unpacks to. */
export function fileTooLarge(name: string, what: { cells: number } | { bytes: number } | { unpacked: number }): HostError {
  const [zh, en] =
    'cells' in what
      ? [`共有 ${what.cells} 个单元格，上限为 ${MAX_CELLS}（约 10 万行 × 10 列）`, `${what.cells} cells, over the limit of ${MAX_CELLS} (about 100,000 rows × 10 columns)`]
      : 'bytes' in what
        ? [`大小为 ${size(what.bytes)} MB，CSV 上限为 ${size(MAX_CSV_BYTES)} MB`, `${size(what.bytes)} MB, over the CSV limit of ${size(MAX_CSV_BYTES)} MB`]
        : [`解压后达 ${size(what.unpacked)} MB，上限为 ${size(MAX_PACKAGE_BYTES)} MB`, `it unpacks to ${size(what.unpacked)} MB, over the limit of ${size(MAX_PACKAGE_BYTES)} MB`];
  return new HostError('file-too-large', {
    zh: `文件“${name}”过大：${zh}，未打开。请只保留需要的工作表和行，另存后再试。`,
    en: `"${name}" is too large: ${en}; not opened. Keep only the sheets and rows needed, save and retry.`,
  });
}

export const fileMissing = (path: string): HostError =>
  new HostError('file-missing', { zh: `找不到文件“${path}”。`, en: `File not found: "${path}".` });

export const fileCorrupt = (name: string, cause: unknown): HostError =>
  new HostError(
    'file-corrupt',
    { zh: `文件“${name}”已损坏或不完整，无法作为 .xlsx 打开。`, en: `"${name}" is damaged or incomplete and cannot be opened as .xlsx.` },
    { cause },
  );

export const fileEmpty = (name: string): HostError =>
  new HostError('file-empty', { zh: `文件“${name}”是空的：没有任何数据。`, en: `"${name}" is empty: it holds no data.` });
