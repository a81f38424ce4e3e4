/**
 * `prepare` (npm install in a checkout, npm pack): builds the perf CLI (dist/cli.js). Where the build tools are not
 * installed — `npm install --omit=dev` in an unpacked package, which already holds dist/cli.js — there is nothing
 * to build and nothing to fail: the packed CLI is used as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let esbuild = true;
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  esbuild = false;
}
if (!esbuild) {
  if (!existsSync(join(root, 'dist/cli.js'))) {
    console.warn('perf: 未安装构建工具且没有 dist/cli.js，请运行 npm install（含开发依赖）后 npm run build:cli / no build tools and no dist/cli.js: run npm install (with dev dependencies), then npm run build:cli');
  }
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'build:cli'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
