/**
 * Builds the functions entry alone, in production mode, the way `npm run build` does, into a cache
 * directory outside the repository — and only when an input changed since the last build there.
 * Shared by the harness (vitest globalSetup) and bench/functions.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

// Everything the functions bundle and its metadata are made from.
const INPUTS = ['src/functions', 'src/engine', 'webpack.config.js', 'scripts/localized-metadata-plugin.js', 'package-lock.json'];
const OUTPUTS = ['functions.js', 'functions.json', 'functions.zh-CN.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((f) => files(join(path, f)));
}

/** A hash of every input's path and content: the build is stale when it changes. */
function inputsHash(): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((p) => files(join(repoRoot, p)))) {
    if (f.endsWith('.test.ts')) continue;
    h.update(relative(repoRoot, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

/** Where the functions-only build lives: one directory per checkout. */
export const functionsBuildDir = join(tmpdir(), `perf-functions-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

const LOCK = `${functionsBuildDir}.lock`;
const LOCK_STALE_MS = 10 * 60_000;

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** One build at a time: test files run in parallel workers and each may ask for the build. */
function withLock<T>(fn: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is taken over once it is clearly older than any build.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Build (if stale) and return the build directory; throws with webpack's output when the build fails. */
export function buildFunctions(): string {
  const stamp = join(functionsBuildDir, '.inputs-hash');
  const hash = inputsHash();
  const fresh = (): boolean => existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && OUTPUTS.every((f) => existsSync(join(functionsBuildDir, f)));
  if (fresh()) return functionsBuildDir;
  return withLock(() => {
    if (fresh()) return functionsBuildDir; // built by another worker while we waited
    const webpack = join(repoRoot, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'only=functions', '--env', `out=${functionsBuildDir}`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`functions build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    writeFileSync(stamp, hash);
    return functionsBuildDir;
  });
}
