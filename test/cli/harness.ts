/**
 * Runs the BUILT `perf` (node bin/perf.js) the way a user does, and normalises what changes between runs
 * (temp paths, run-stamp times) so stdout, stderr and the exit code can be snapshotted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCli } from '../../scripts/build-cli.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/perf.js');
const DIST = [join(ROOT, 'dist/cli.js'), join(ROOT, 'dist/eval.js')];

/** Newest modification time of the TypeScript the bundle is made of. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ (as `npm run build:cli` does) when missing or older than src. Atomic: test files may race. */
export async function ensureBuilt(): Promise<void> {
  const newest = newestSource(join(ROOT, 'src'));
  if (DIST.every((f) => existsSync(f) && statSync(f).mtimeMs >= newest)) return;
  await buildCli({ clean: false });
}

/** Root reads a chmod 000 file anyway: tests of permissions run the CLI as nobody when the suite runs as root. */
export const NOBODY = process.getuid?.() === 0 ? { uid: 65534 } : {};

/**
 * Whether the CLI can run as NOBODY here: a clone inside a private folder (e.g. under /root) is out of
 * nobody's reach, and then a permission test can only be run by a non-root user.
 */
export const CAN_RUN_AS_NOBODY =
  !('uid' in NOBODY) ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], NOBODY).status === 0;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `perf-cli-${label}-`));
}

/** stdout/stderr with the temp dir, the repo path and ISO times replaced by placeholders. */
export function normalise(text: string, dir: string): string {
  return text
    .replaceAll(dir, '<tmp>')
    .replaceAll(ROOT, '<repo>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>');
}

/** Runs `perf args…` in `cwd` (as another user with `as.uid`); the result normalised for snapshots. */
export function perf(args: readonly string[], cwd: string, as: { uid?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...as });
  return { code: r.status, stdout: normalise(r.stdout, cwd), stderr: normalise(r.stderr, cwd) };
}

/**
 * Runs `perf args…` with its stdout (and with `both`, its stderr) closed by the reader before anything is written,
 * as `perf … | head` does: every write meets EPIPE. Returns the exit code and whatever reached stderr.
 */
export function perfIntoClosedPipe(args: readonly string[], cwd: string, both = false): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    if (both) child.stderr.destroy();
    let stderr = '';
    if (!both) child.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: '', stderr: normalise(stderr, cwd) }));
  });
}
