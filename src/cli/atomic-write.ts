/**
 * Outputs are written whole or not at all: the bytes go to a temporary file beside the target (same folder, so the
 * rename cannot cross file systems), are flushed to disk, then renamed over the target in one step. A process killed
 * mid-write leaves the old file (or none) and at most its own temporary file, which the next run clears; two runs
 * writing the same output each rename a whole file, so the last one wins and neither leaves a broken one.
 */
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used here, so a test can make one fail (ENOSPC) without filling a disk. */
export type WriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'readdir'>;

const TEMP = /^\.(.+)\.(\d+)\.perf-tmp$/;
const tempName = (path: string, pid: number): string => join(dirname(path), `.${basename(path)}.${pid}.perf-tmp`);

/** Whether a process of this id still runs (a temporary file of a live run is not ours to remove). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of `path` left by runs that were killed mid-write. */
async function clearStale(path: string, fs: WriteFs): Promise<void> {
  const names = await fs.readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && m[1] === basename(path) && !alive(Number(m[2]))) await fs.rm(join(dirname(path), name), { force: true });
  }
}

/** Writes `bytes` to `path` whole: temporary file, flush, rename. On any failure the temporary file is removed. */
export async function writeWhole(path: string, bytes: Uint8Array, fs: WriteFs = nodeFs): Promise<void> {
  await clearStale(path, fs);
  const tmp = tempName(path, process.pid);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.datasync(); // on disk before the rename makes it the output
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
