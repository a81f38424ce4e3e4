/**
 * The names in a compound file (OLE2 / CFB, [MS-CFB]): the container of .xls (BIFF), WPS .et, old .doc and of
 * password-protected .xlsx (EncryptionInfo + EncryptedPackage). Only the directory is read — enough to say what the
 * file is and which "save as .xlsx" to ask for; no stream is interpreted. Plain Uint8Array: the task pane reads files too.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
/** A directory holds at most this many sectors here: far beyond any real file, and a bound for a looping chain. */
const MAX_SECTORS = 1 << 16;

export const isCompoundFile = (buf: Uint8Array): boolean => SIGNATURE.every((b, i) => buf[i] === b);

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The stream and storage names of a compound file, or undefined when its header or directory cannot be followed
 * (truncated, looping chains). Names as stored (UTF-16), e.g. "Workbook", "EncryptionInfo", "\u0005SummaryInformation".
 */
export function compoundNames(buf: Uint8Array): string[] | undefined {
  if (!isCompoundFile(buf) || buf.length < 512) return undefined;
  const shift = u16(buf, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sector = (n: number): number => 512 + n * size; // the header takes the first 512 bytes (padded in v4)
  // The FAT's own sectors: the first 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(buf, 0x4c + i * 4));
  for (let d = u32(buf, 0x44), hops = 0; d !== END_OF_CHAIN && d !== FREE && hops < MAX_SECTORS; hops++) {
    const at = sector(d);
    if (at + size > buf.length) return undefined;
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(u32(buf, at + i * 4));
    d = u32(buf, at + size - 4);
  }
  const next = (n: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || fat === FREE || fat === END_OF_CHAIN) return END_OF_CHAIN;
    const at = sector(fat) + (n % perSector) * 4;
    return at + 4 <= buf.length ? u32(buf, at) : END_OF_CHAIN;
  };
  const names: string[] = [];
  for (let s = u32(buf, 0x30), hops = 0; s !== END_OF_CHAIN && s !== FREE; s = next(s), hops++) {
    if (hops >= MAX_SECTORS) return undefined;
    const at = sector(s);
    if (at + size > buf.length) return undefined;
    for (let e = at; e < at + size; e += 128) {
      const length = u16(buf, e + 0x40); // bytes, with the terminating NUL
      if (buf[e + 0x42] === 0 || length < 2 || length > 64) continue; // an unused entry
      let name = '';
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(u16(buf, e + k));
      names.push(name);
    }
  }
  return names;
}

export type CompoundKind = 'encrypted' | 'xls' | 'et' | 'other';

/** What a compound file holds, by its stream names (the file's name tells .et from .xls when the streams do not). */
export function compoundKind(buf: Uint8Array, fileName: string): CompoundKind {
  const names = compoundNames(buf);
  if (names === undefined) {
    // A directory that cannot be followed (a damaged or hand-made file): the stream name anywhere still tells.
    if (containsName(buf, 'EncryptionInfo')) return 'encrypted';
    return /\.(et|ett)$/i.test(fileName) ? 'et' : /\.(xls|xlt)$/i.test(fileName) ? 'xls' : 'other';
  }
  const has = (n: string): boolean => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (/\.(et|ett)$/i.test(fileName) || has('ETExtData')) return 'et';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'other';
}

/** True when `name`, in UTF-16LE, occurs anywhere in `buf`. */
function containsName(buf: Uint8Array, name: string): boolean {
  const bytes = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  for (let i = buf.indexOf(bytes[0]!); i >= 0 && i <= buf.length - bytes.length; i = buf.indexOf(bytes[0]!, i + 1)) {
    if (bytes.every((b, k) => buf[i + k] === b)) return true;
  }
  return false;
}
