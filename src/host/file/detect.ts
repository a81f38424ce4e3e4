/** What a file is, from its first bytes, so errors name the real problem instead of a parser's stack. */
import { HostError } from '../errors';

export type FileKind = 'xlsx' | 'csv';

const startsWith = (buf: Uint8Array, bytes: readonly number[]): boolean => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when a compound (OLE) file holds an "EncryptionInfo" stream: how Office stores password-protected workbooks. */
function cfbIsEncrypted(buf: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]); // UTF-16LE, without Node's Buffer (the pane reads files too)
  for (let i = buf.indexOf(name[0]!); i >= 0 && i <= buf.length - name.length; i = buf.indexOf(name[0]!, i + 1)) {
    if (name.every((b, k) => buf[i + k] === b)) return true;
  }
  return false;
}

/** Classifies `buf` (read from `name`), or throws the HostError that explains why it cannot be opened. */
export function detectKind(buf: Uint8Array, name: string): FileKind {
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  if (startsWith(buf, ZIP)) return 'xlsx';
  if (startsWith(buf, CFB)) {
    if (cfbIsEncrypted(buf)) {
      throw new HostError('file-encrypted', {
        zh: `文件“${name}”设有打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再试。`,
        en: `"${name}" is password-protected (encrypted) and cannot be read. Remove the password in Excel, save as .xlsx and retry.`,
      });
    }
    throw new HostError('file-unsupported', {
      zh: `文件“${name}”是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试。`,
      en: `"${name}" is an old .xls workbook; save it as .xlsx in Excel or WPS and retry.`,
    });
  }
  throw new HostError('file-not-workbook', {
    zh: `文件“${name}”不是 Excel 工作簿（.xlsx）或 CSV 文件。`,
    en: `"${name}" is not an Excel workbook (.xlsx) or a CSV file.`,
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
