/**
 * The production build of the add-in (the task pane page and what it loads) into a directory outside the
 * repository, rebuilt only when an input changed — shared by the browser tests and bench/taskpane.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from '../functions/build-functions';

const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/localized-metadata-plugin.js', 'package-lock.json'];

const files = (path: string): string[] => {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((f) => files(join(path, f)));
};

function inputsHash(): string {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((p) => files(join(repoRoot, p)))) {
    if (/\.test\.tsx?$/.test(f)) continue;
    h.update(relative(repoRoot, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export const paneBuildDir = join(tmpdir(), `perf-pane-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

/** The build directory, built first when missing or stale. */
export function buildPane(): string {
  const stamp = join(paneBuildDir, '.inputs');
  const hash = inputsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return paneBuildDir;
  const webpack = join(repoRoot, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', `out=${paneBuildDir}`], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`add-in build failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(stamp, hash);
  return paneBuildDir;
}
