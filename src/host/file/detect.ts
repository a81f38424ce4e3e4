/**
 * What a file is, from its bytes, so errors name the real problem instead of a parser's stack: compound files by their
 * directory (cfb.ts: .xls, WPS .et, password-protected), zip packages by their central directory and parts
 * (zip-guard.ts: .ods, .xlsb, no workbook, zip bombs, XML entities, too many cells), CSVs by their size.
 */
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
const isCsvName = (name: string): boolean => /\.(csv|txt)$/i.test(name);

/**
 * Classifies `buf` (read from `name`), or throws the HostError that explains why it cannot be opened. A zip package
 * is inspected first (zip-guard.ts): with `inflate` (Node) its parts are inflated with caps and checked too.
 */
export function detectKind(buf: Uint8Array, name: string, inflate?: Inflate): FileKind {
  if (isCsvName(name)) {
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
    if (kind === 'encrypted') throw new HostError('file-encrypted', { file: name });
    if (kind === 'other') throw new HostError('file-not-workbook', { file: name, kind: 'office' });
    throw new HostError('file-unsupported', { file: name, kind });
  }
  throw new HostError('file-not-workbook', { file: name });
}

/** A file too big to be read at all, by its size on disk alone (checked before its bytes are read into memory). */
export function refuseBySize(name: string, bytes: number): void {
  if (isCsvName(name) ? bytes > MAX_CSV_BYTES : bytes > MAX_PACKAGE_BYTES) throw fileTooLarge(name, isCsvName(name) ? { bytes } : { unpacked: bytes });
}

/** The HostError for a package zip-guard.ts refused. */
function packageRefusal(file: string, v: Exclude<PackageVerdict, { ok: true }>): HostError {
  switch (v.problem) {
    case 'corrupt':
      return fileCorrupt(file, undefined);
    case 'not-workbook':
      return new HostError('file-not-workbook', { file, kind: 'zip' });
    case 'ods':
    case 'xlsb':
      return new HostError('file-unsupported', { file, kind: v.problem });
    case 'too-large':
      return fileTooLarge(file, v.cells !== undefined ? { cells: v.cells } : { unpacked: v.bytes });
    case 'bomb':
    case 'entity':
      return new HostError('file-unsafe', { file, part: v.part, kind: v.problem });
  }
}

const mb = (n: number): string => (n === Infinity ? '4096+' : (n / MB).toFixed(0));

/** Too big to open safely: by its cells, its bytes (CSV) or what its package unpacks to. */
export function fileTooLarge(file: string, what: { cells: number } | { bytes: number } | { unpacked: number }): HostError {
  if ('cells' in what) return new HostError('file-too-large', { file, measure: 'cells', amount: String(what.cells), limit: String(MAX_CELLS) });
  if ('bytes' in what) return new HostError('file-too-large', { file, measure: 'bytes', amount: mb(what.bytes), limit: mb(MAX_CSV_BYTES) });
  return new HostError('file-too-large', { file, measure: 'unpacked', amount: mb(what.unpacked), limit: mb(MAX_PACKAGE_BYTES) });
}

export const fileMissing = (path: string): HostError => new HostError('file-missing', { file: path });

export const fileCorrupt = (name: string, cause: unknown): HostError => new HostError('file-corrupt', { file: name }, { cause });

export const fileEmpty = (name: string): HostError => new HostError('file-empty', { file: name });
