/**
 * One part of a zip package (e.g. "xl/workbook.xml") as text, read through its central directory with a DataView, so
 * the same code runs in Node and in the task pane's browser page; the inflate comes from file/io (Node's zlib, or the
 * browser's DecompressionStream).
 */
import { inflateRaw } from './io';
import { zipEnd } from './zip-end';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The part's bytes as stored and its method (0 stored, 8 deflated); undefined when absent or in a form not read here (zip64). */
function locate(zip: Uint8Array, name: string): { method: number; data: Uint8Array } | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zipEnd(view);
  if (end < 0) return undefined;
  const names = new TextDecoder();
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLen = view.getUint16(at + 28, true);
    const entryLen = 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (names.decode(zip.subarray(at + 46, at + 46 + nameLen)) === name) {
      const size = view.getUint32(at + 20, true);
      const local = view.getUint32(at + 42, true);
      if (size === 0xffffffff || local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { method: view.getUint16(at + 10, true), data: zip.subarray(start, start + size) };
    }
    at += entryLen;
  }
  return undefined;
}

/** The part as UTF-8 text; undefined when absent, unreadable here, or the host cannot inflate. */
export async function readZipText(zip: Uint8Array, name: string): Promise<string | undefined> {
  const part = locate(zip, name);
  if (!part || (part.method !== 0 && part.method !== 8)) return undefined;
  const bytes = part.method === 0 ? part.data : await inflateRaw(part.data);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}
