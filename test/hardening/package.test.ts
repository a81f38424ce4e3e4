/**
 * A sound package: what the built CLI imports at run time is in `dependencies`; the packed tarball, unpacked and
 * installed with `npm ci --omit=dev` (offline, from npm's cache, with the committed lockfile), gives a perf that
 * prints its version and ranks a file; a dependency missing from an install is named, not a stack.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, tempDir } from '../cli/harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  files: string[];
};

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('package');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built files: the two entries and every command's chunk. */
const builtFiles = (): string[] => ['dist/cli.js', 'dist/eval.js', ...readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`)];

/** The packages the built CLI imports (bare specifiers, node: built-ins aside), by package name. Minified: no line anchors. */
function runtimeImports(): string[] {
  const code = builtFiles().map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const specs = [...code.matchAll(/\bimport\s*[^'"();]*?from\s*["']([^"']+)["']/g), ...code.matchAll(/\bimport\s*["']([^"']+)["']/g), ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  const names = specs.filter((s) => !s.startsWith('node:') && !s.startsWith('.') && !builtinModules.includes(s)).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
  return [...new Set(names)].sort();
}

const npm = (args: readonly string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

describe('a sound package', () => {
  it('every module the built CLI imports at run time is a dependency, none only a devDependency', () => {
    const imports = runtimeImports();
    // Since issue 14 the CLI's chunks carry exceljs, csv-parse and zod themselves: whatever is still imported must be installed.
    for (const name of imports) {
      expect(pkg.dependencies[name], `${name} in dependencies`).toBeDefined();
      expect(pkg.devDependencies[name], `${name} not in devDependencies`).toBeUndefined();
    }
  });

  it('the tarball holds the CLI and what it needs to install, and no source or test', () => {
    const r = npm(['pack', '--ignore-scripts', '--dry-run', '--json'], ROOT);
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    // Every command's chunk (names carry a content hash) and its map; nothing from src/ or test/.
    const chunks = files.filter((f) => f.startsWith('dist/chunks/'));
    expect(chunks.filter((f) => !/^dist\/chunks\/[\w-]+\.js(\.map)?$/.test(f))).toEqual([]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const f of builtFiles().filter((b) => b.startsWith('dist/chunks/'))) expect(files).toContain(f);
    expect(files.filter((f) => !f.startsWith('dist/chunks/'))).toEqual(['README.md', 'bin/perf.js', 'dist/cli.js', 'dist/cli.js.map', 'dist/eval.js', 'dist/eval.js.map', 'package.json', 'scripts/prepare.mjs']);
  });

  it('packed, unpacked and installed with npm ci --omit=dev (offline): perf --version and perf rank work', (ctx) => {
    const packed = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const unpacked = join(dir, 'unpacked');
    mkdirSync(unpacked);
    expect(spawnSync('tar', ['-xzf', join(dir, `perf-addin-${pkg.version}.tgz`), '-C', unpacked]).status).toBe(0);
    const at = join(unpacked, 'package');
    // The committed lockfile and npm settings make the install reproducible (and let it run from the cache alone).
    copyFileSync(join(ROOT, 'package-lock.json'), join(at, 'package-lock.json'));
    copyFileSync(join(ROOT, '.npmrc'), join(at, '.npmrc'));
    const install = npm(['ci', '--omit=dev', '--offline'], at);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      ctx.skip(); // npm's cache lacks a package (a machine that never installed them); CI's npm ci fills it first
      return;
    }
    expect(install.status, install.stderr).toBe(0);
    const perf = (args: readonly string[]) => spawnSync(process.execPath, [join(at, 'bin/perf.js'), ...args], { cwd: dir, encoding: 'utf8' });
    expect(perf(['--version']).stdout.trim()).toBe(pkg.version);
    copyFileSync(join(ROOT, 'test/fixtures/bad/utf8.csv'), join(dir, 'summary.csv'));
    const rank = perf(['rank', 'summary.csv', '--json']);
    expect(rank.status, rank.stderr).toBe(0);
    expect((JSON.parse(rank.stdout) as { results: unknown[] }).results).toHaveLength(7);
    // No build tool in a production install, and none needed.
    expect(() => readFileSync(join(at, 'node_modules/esbuild/package.json'))).toThrow();
    // The bundle carries its dependencies: perf ranks even with node_modules gone.
    rmSync(join(at, 'node_modules'), { recursive: true, force: true });
    expect(perf(['rank', 'summary.csv', '--json']).status).toBe(0);
  }, 180_000);
});
