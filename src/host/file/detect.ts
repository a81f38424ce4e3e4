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
      throw new HostError('file-encrypted', { file: name });
    }
    throw new HostError('file-unsupported', { file: name });
  }
  throw new HostError('file-not-workbook', { file: name });
}

export const fileMissing = (path: string): HostError => new HostError('file-missing', { file: path });

export const fileCorrupt = (name: string, cause: unknown): HostError => new HostError('file-corrupt', { file: name }, { cause });

export const fileEmpty = (name: string): HostError => new HostError('file-empty', { file: name });
