/** The zip end-of-central-directory record, found the same way by the package reader and the Node deflater. */
const EOCD = 0x06054b50;

/** Offset of the end-of-central-directory record (it may be followed by a comment of up to 64 KiB); -1 when absent. */
export function zipEnd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
