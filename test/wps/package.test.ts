/**
 * The built WPS add-in, as `npm run build:wps` makes it (here without the pane, into a temporary folder): the
 * folder holds the entry page, ribbon.xml and the icons; its entry.js, run as WPS runs it, registers every PERF
 * function and defines the ribbon callbacks as plain functions; the install script beside it installs that folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionDefinitions } from '../../src/functions/registry';
import { addinFolder } from '../../scripts/wps-package.js';
import { repoRoot } from '../functions/build-functions';
import { FakeEt } from '../host/wps-fake/app';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
let out: string;
const folder = (): string => join(out, addinFolder(version));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'perf-wps-build-'));
  const webpack = join(repoRoot, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [webpack, '--config', 'webpack.wps.config.js', '--mode', 'production', '--env', 'only=entry', '--env', `out=${out}`], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:wps failed:\n${r.stdout}\n${r.stderr}`);
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('npm run build:wps', () => {
  it('writes 绩效_<version>/ with the entry page, ribbon.xml and icons, and the install scripts beside it', () => {
    expect(readdirSync(out).sort()).toEqual([addinFolder(version), 'install-wps.ps1', 'install-wps.sh', 'uninstall-wps.ps1', 'uninstall-wps.sh'].sort());
    expect(readFileSync(join(folder(), 'index.html'), 'utf8')).toMatch(/<script src="?entry\.js"?>/);
    expect(readFileSync(join(folder(), 'ribbon.xml'), 'utf8').startsWith('<customUI')).toBe(true);
    expect(readdirSync(join(folder(), 'images')).sort()).toEqual(['notice.svg', 'pane.svg', 'rank.svg', 'template.svg', 'validate.svg']);
  });

  it('builds an entry.js that, run as WPS runs it, registers every function and defines synchronous callbacks', () => {
    const x = FakeEt.from({ S: [[1]] });
    const registered: string[] = [];
    const page: Record<string, unknown> = {
      wps: { AddCustomFunction: (_ns: string, name: string) => void registered.push(name), PluginStorage: { getItem: () => '', setItem: () => {} } },
      Application: x,
      location: { href: `file:///home/u/.local/share/Kingsoft/wps/jsaddons/${addinFolder(version)}/index.html` },
      URL,
      alert: () => {},
      console,
    };
    page.globalThis = page;
    page.window = page;
    page.self = page;
    runInNewContext(readFileSync(join(folder(), 'entry.js'), 'utf8'), page, { filename: 'entry.js' });
    expect(registered).toEqual(functionDefinitions.flatMap((d) => [d.id, d.zhName]));
    for (const name of ['OnAddinLoad', 'OnAction', 'GetImage']) {
      const fn = page[name] as (...a: unknown[]) => unknown;
      expect(typeof fn, name).toBe('function');
      expect(fn.constructor.name, name).toBe('Function');
    }
    expect((page.GetImage as (c: { Id: string }) => string)({ Id: 'PerfRankAndTier' })).toBe('images/rank.svg');
  });

  it('installs with the install script beside it', () => {
    const home = join(out, 'home');
    mkdirSync(home);
    const r = spawnSync('sh', [join(out, 'install-wps.sh')], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(home, '.local/share/Kingsoft/wps/jsaddons', addinFolder(version), 'entry.js'))).toBe(true);
  });
});
