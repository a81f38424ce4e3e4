/**
 * Compresses a stored (uncompressed) .xlsx package with Node's native zlib. ExcelJS compresses through JSZip's
 * JavaScript deflate, the largest single cost of saving a big workbook; it writes STORE and this deflates each part
 * natively into an ordinary DEFLATE package. Anything it does not expect (zip64, already compressed) is returned as is.
 */
import { deflateRawSync } from 'node:zlib';
import { zipEnd } from './file/zip-end';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DATA_DESCRIPTOR_FLAG = 0x08;

/** The package with every stored part deflated at `level`; the input unchanged when it is not a plain stored zip. */
export function deflateStored(zip: Uint8Array, level: number): Uint8Array {
  const src = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zipEnd(new DataView(src.buffer, src.byteOffset, src.byteLength));
  if (end < 0) return zip;
  const count = src.readUInt16LE(end + 10);
  let at = src.readUInt32LE(end + 16);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (src.readUInt32LE(at) !== CENTRAL) return zip;
    const nameLen = src.readUInt16LE(at + 28);
    const entryLen = 46 + nameLen + src.readUInt16LE(at + 30) + src.readUInt16LE(at + 32);
    const size = src.readUInt32LE(at + 20);
    const local = src.readUInt32LE(at + 42);
    if (src.readUInt16LE(at + 10) !== 0 || size !== src.readUInt32LE(at + 24) || size === 0xffffffff || src.readUInt32LE(local) !== LOCAL) return zip;
    const headerLen = 30 + src.readUInt16LE(local + 26) + src.readUInt16LE(local + 28);
    const data = deflateRawSync(src.subarray(local + headerLen, local + headerLen + size), { level });
    const header = Buffer.from(src.subarray(local, local + headerLen));
    header.writeUInt16LE(20, 4); // version needed for DEFLATE
    header.writeUInt16LE(header.readUInt16LE(6) & ~DATA_DESCRIPTOR_FLAG, 6); // sizes are in the header now
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(src.readUInt32LE(at + 16), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    const entry = Buffer.from(src.subarray(at, at + entryLen));
    entry.writeUInt16LE(Math.max(20, entry.readUInt16LE(6)), 6);
    entry.writeUInt16LE(entry.readUInt16LE(8) & ~DATA_DESCRIPTOR_FLAG, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(offset, 42);
    parts.push(header, data);
    central.push(entry);
    offset += header.length + data.length;
    at += entryLen;
  }
  const dir = Buffer.concat(central);
  const tail = Buffer.from(src.subarray(end));
  tail.writeUInt32LE(dir.length, 12);
  tail.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dir, tail]));
}
