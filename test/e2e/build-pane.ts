/**
 * The production builds of the task pane page and what it loads — Excel's (webpack.config.js) and WPS's add-in folder
 * (webpack.wps.config.js, as `npm run build:wps` makes it) — each into a directory outside the repository, rebuilt
 * only when one of its inputs changed. Shared by the browser tests and bench/taskpane.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { addinFolder } from '../../scripts/wps-package.js';
import { repoRoot } from '../functions/build-functions';

const SHARED = ['src', 'assets', 'scripts/webpack-shared.js', 'package-lock.json'];
const EXCEL_INPUTS = [...SHARED, 'manifest.xml', 'webpack.config.js', 'scripts/localized-metadata-plugin.js'];
const WPS_INPUTS = [...SHARED, 'webpack.wps.config.js', 'scripts/wps-package.js', 'package.json'];

const files = (path: string): string[] => {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((f) => files(join(path, f)));
};

function inputsHash(inputs: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of inputs.flatMap((p) => files(join(repoRoot, p)))) {
    if (/\.test\.tsx?$/.test(f)) continue;
    h.update(relative(repoRoot, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

const buildDir = (kind: string): string => join(tmpdir(), `perf-${kind}-build-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

/** Runs webpack with `args` into `dir` unless `dir` already holds the build of these inputs. */
function build(dir: string, inputs: readonly string[], args: readonly string[]): void {
  const stamp = join(dir, '.inputs');
  const hash = inputsHash(inputs);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const webpack = join(repoRoot, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [webpack, ...args, '--mode', 'production', '--env', `out=${dir}`], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`add-in build failed (${args.join(' ') || 'webpack.config.js'}):\n${r.stdout}\n${r.stderr}`);
  writeFileSync(stamp, hash);
}

export const paneBuildDir = buildDir('pane');
const wpsBuildDir = buildDir('wps');

/** Excel's build directory (taskpane.html at its root), built first when missing or stale. */
export function buildPane(): string {
  build(paneBuildDir, EXCEL_INPUTS, []);
  return paneBuildDir;
}

/** The WPS add-in folder (绩效_<version>/: index.html, taskpane.html, …), built first when missing or stale. */
export function buildWpsPane(): string {
  build(wpsBuildDir, WPS_INPUTS, ['--config', 'webpack.wps.config.js']);
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return join(wpsBuildDir, addinFolder(version));
}
