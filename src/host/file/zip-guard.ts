/**
 * Looks inside a zip package before ExcelJS does, so a hostile or foreign file is refused with its reason instead of
 * exhausting memory or failing deep inside a parser: what the package is (.xlsx, .xlsm, .xlsb, .ods, another zip),
 * its declared sizes (central directory), and — where an inflater is given (Node) — every part inflated with a cap
 * at its declared size (a part that inflates further is a zip bomb lying about its size), each XML part checked for
 * DOCTYPE/ENTITY declarations (entity expansion, "billion laughs": no workbook part needs them) and the worksheets'
 * cells counted. Pure: plain Uint8Array; the Node inflater comes from file/io.ts.
 */
import { zipEnd } from './zip-end';

/** Everything a package may hold once inflated; beyond it the file is refused before anything is inflated. */
export const MAX_PACKAGE_BYTES = 256 * 1024 * 1024;
/** Parts in one package: a workbook of many sheets has a few hundred. */
export const MAX_PARTS = 10_000;
/**
 * Cells in all worksheets: ExcelJS keeps about 0.4 KB per loaded cell, and a rank writes the workbook again, so
 * 1,000,000 cells (100,000 rows × 10 columns) stay well inside Node's default heap (bench: 400,000 cells peak at 1.2 GB).
 */
export const MAX_CELLS = 1_000_000;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly local: number;
}

/** Inflates raw DEFLATE data to at most `max` bytes: 'over' when there is more, 'bad' when the data is not DEFLATE. */
export type Inflate = (data: Uint8Array, max: number) => Uint8Array | 'over' | 'bad';

export type PackageVerdict =
  | { readonly ok: true; readonly macros: boolean; readonly cells: number | undefined }
  | { readonly ok: false; readonly problem: 'corrupt' | 'not-workbook' | 'ods' | 'xlsb' }
  | { readonly ok: false; readonly problem: 'too-large'; readonly bytes: number; readonly cells?: number }
  | { readonly ok: false; readonly problem: 'bomb' | 'entity'; readonly part: string };

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const utf8 = new TextDecoder('utf-8');

/** The central directory's entries; 'zip64' for a package too large for plain zip; undefined when it cannot be read. */
export function zipEntries(b: Uint8Array): ZipEntry[] | 'zip64' | undefined {
  const end = zipEnd(new DataView(b.buffer, b.byteOffset, b.byteLength));
  if (end < 0) return undefined;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'zip64';
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) return undefined;
    const nameLen = u16(b, at + 28);
    const entry = {
      name: utf8.decode(b.subarray(at + 46, at + 46 + nameLen)),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      local: u32(b, at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) return 'zip64';
    entries.push(entry);
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/** An entry's stored (still compressed) bytes, or undefined when its local header is not where the directory says. */
function storedData(b: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  if (e.local + 30 > b.length || u32(b, e.local) !== LOCAL) return undefined;
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  return start + e.compressed <= b.length ? b.subarray(start, start + e.compressed) : undefined;
}

const OPENDOCUMENT_SHEET = 'application/vnd.oasis.opendocument.spreadsheet';
const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const XML_PART = /\.(xml|rels|vml)$/i;
const DOCTYPE = [...'DOCTYPE'].map((c) => c.charCodeAt(0));

/**
 * Whether the XML's prolog declares a DOCTYPE (the only place entities can be declared): scanned up to the root
 * element, past the XML declaration, processing instructions and comments.
 */
function declaresDoctype(xml: Uint8Array): boolean {
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 1];
    if (next === 0x3f) continue; // <?xml … ?> and other processing instructions
    if (next !== 0x21) return false; // the root element: no DOCTYPE after it
    if (DOCTYPE.every((c, k) => xml[i + 2 + k] === c)) return true;
    if (xml[i + 2] !== 0x2d) return true; // <!ENTITY or any other declaration outside a DOCTYPE: not a workbook's
  }
  return false;
}

/** Cells in a worksheet part: each `<c` element (`<c ` `<c>` `<c/`), not `<col`, `<cfRule` and their kin. */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    const next = xml[i + 2];
    if (xml[i + 1] === 0x63 && (next === 0x20 || next === 0x3e || next === 0x2f)) n++;
  }
  return n;
}

/** What the package is and whether it is safe and small enough to open; `inflate` enables the part checks. */
export function inspectPackage(b: Uint8Array, inflate?: Inflate): PackageVerdict {
  const entries = zipEntries(b);
  if (entries === undefined) return { ok: false, problem: 'corrupt' };
  const declared = entries === 'zip64' ? Infinity : entries.reduce((sum, e) => sum + e.size, 0);
  if (entries === 'zip64' || entries.length > MAX_PARTS || declared > MAX_PACKAGE_BYTES) {
    return { ok: false, problem: 'too-large', bytes: declared };
  }
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '').toLowerCase()));
  if (names.has('mimetype')) {
    const mime = entries.find((e) => e.name === 'mimetype');
    const data = mime && mime.method === 0 ? storedData(b, mime) : undefined;
    if (data && utf8.decode(data).trim() === OPENDOCUMENT_SHEET) return { ok: false, problem: 'ods' };
  }
  if (names.has('xl/workbook.bin')) return { ok: false, problem: 'xlsb' };
  if (!names.has('xl/workbook.xml')) return { ok: false, problem: 'not-workbook' };
  const macros = names.has('xl/vbaproject.bin');
  if (!inflate) return { ok: true, macros, cells: undefined };
  let cells = 0;
  for (const e of entries) {
    const stored = storedData(b, e);
    if (stored === undefined) return { ok: false, problem: 'corrupt' };
    let data: Uint8Array;
    if (e.method === 0) data = stored;
    else if (e.method === 8) {
      const out = inflate(stored, Math.max(e.size, 1));
      if (out === 'over' || (out !== 'bad' && out.length > e.size)) return { ok: false, problem: 'bomb', part: e.name };
      if (out === 'bad' || out.length !== e.size) return { ok: false, problem: 'corrupt' };
      data = out;
    } else return { ok: false, problem: 'corrupt' }; // ExcelJS reads STORE and DEFLATE only
    if (XML_PART.test(e.name) && declaresDoctype(data)) return { ok: false, problem: 'entity', part: e.name };
    if (WORKSHEET.test(e.name)) cells += countCells(data);
  }
  if (cells > MAX_CELLS) return { ok: false, problem: 'too-large', bytes: declared, cells };
  return { ok: true, macros, cells };
}
