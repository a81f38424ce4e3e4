/**
 * Nothing sent: the functions bundle (as built for Excel) and the commands (bundled for a browser, as the pane and the
 * shared runtime load them) run in a sandbox whose every way out — fetch, XMLHttpRequest, WebSocket, EventSource,
 * sendBeacon, importScripts, Worker, a script or image element, window.open — is a trap; every function and command
 * runs and no trap fires, and neither bundle even names one. The task pane page is checked in a real browser by
 * test/e2e. The manifest's AppDomains are the add-in's own https origin only; npm start turns the Office dev tools'
 * usage data off before they run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions, repoRoot } from '../functions/build-functions';
import { FUNCTION_CORPUS } from '../fixtures/bad/functions';

/** A sandbox where reaching the network records the attempt (and fails, as it would offline). */
function trappedGlobals(): { globals: Record<string, unknown>; attempts: string[] } {
  const attempts: string[] = [];
  const trap = (name: string) =>
    function trapped(...args: unknown[]): never {
      attempts.push(`${name}(${String(args[0] ?? '')})`);
      throw new Error(`${name} is not allowed`);
    };
  const element = (tag: string) => {
    const el: Record<string, unknown> = {};
    for (const prop of ['src', 'href', 'action']) {
      Object.defineProperty(el, prop, { set: (v: unknown) => attempts.push(`<${tag}>.${prop}=${String(v)}`), get: () => '' });
    }
    return el;
  };
  const globals: Record<string, unknown> = {
    console,
    fetch: trap('fetch'),
    XMLHttpRequest: trap('XMLHttpRequest'),
    WebSocket: trap('WebSocket'),
    EventSource: trap('EventSource'),
    Worker: trap('Worker'),
    SharedWorker: trap('SharedWorker'),
    importScripts: trap('importScripts'),
    Image: function Image() {
      return element('img');
    },
    navigator: { sendBeacon: trap('navigator.sendBeacon'), language: 'zh-CN' },
    document: { createElement: (tag: string) => element(tag), head: { appendChild: trap('document.head.appendChild') }, body: { appendChild: trap('document.body.appendChild') } },
    open: trap('window.open'),
    location: { href: 'https://localhost:3000/taskpane.html', origin: 'https://localhost:3000' },
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextDecoder,
    TextEncoder,
    structuredClone,
    Intl,
  };
  globals['self'] = globals;
  globals['window'] = globals;
  globals['globalThis'] = globals;
  return { globals, attempts };
}

/** Names of the ways out, as they would appear in a bundle that used them. */
const NETWORK_NAMES = /\b(fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|navigator\.connection)\b/;

describe('nothing sent from the PERF functions bundle', () => {
  let bundle = '';
  let dir = '';
  beforeAll(() => {
    dir = buildFunctions();
    bundle = readFileSync(join(dir, 'functions.js'), 'utf8');
  });

  it('names no network API', () => {
    expect(bundle.match(NETWORK_NAMES)?.[0]).toBeUndefined();
  });

  it('every function, on good and on hostile arguments, calls nothing outside', () => {
    const { globals, attempts } = trappedGlobals();
    const bound = new Map<string, (...a: unknown[]) => unknown>();
    globals['CustomFunctions'] = {
      associate: (id: string, fn: (...a: unknown[]) => unknown) => void bound.set(id, fn),
      Error: class extends Error {},
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    };
    runInNewContext(bundle, globals, { filename: 'functions.js' });
    expect(bound.size).toBeGreaterThan(10);
    for (const c of FUNCTION_CORPUS) {
      const fn = bound.get(c.id)!;
      try {
        fn(...c.args);
      } catch {
        // a bad argument is the function's own error: what matters here is that nothing left the sandbox
      }
    }
    expect(attempts).toEqual([]);
  });
});

describe('nothing sent from the commands', () => {
  let code = '';
  beforeAll(async () => {
    // The commands as a browser loads them (the pane's chunk, the shared runtime): bundled for the browser, with the
    // in-memory workbook to run them on.
    const entry = `
      export { rankAndTier, validateSubmission, insertTemplate } from './src/commands';
      export { MemoryWorkbook } from './src/host/memory';
      export { countySampleSheets } from './src/samples';
    `;
    const out = await build({
      stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
      bundle: true, platform: 'browser', format: 'iife', globalName: 'perfCommands', write: false, logLevel: 'silent',
    });
    code = out.outputFiles[0]!.text;
  });

  it('names no network API', () => {
    expect(code.match(NETWORK_NAMES)?.[0]).toBeUndefined();
  });

  it('rank, validate and template on the county sample call nothing outside', async () => {
    const { globals, attempts } = trappedGlobals();
    runInNewContext(code, globals, { filename: 'commands.js' });
    const api = globals['perfCommands'] as {
      rankAndTier: (wb: unknown, o?: unknown) => Promise<{ written: string | null }>;
      validateSubmission: (wb: unknown, o?: unknown) => Promise<unknown>;
      insertTemplate: (wb: unknown, kind: string) => Promise<unknown>;
      MemoryWorkbook: { fromSheets: (s: unknown) => unknown };
      countySampleSheets: () => unknown;
    };
    const wb = api.MemoryWorkbook.fromSheets(api.countySampleSheets());
    expect((await api.rankAndTier(wb, { scheme: 'county' })).written).toBe('排名结果');
    await api.validateSubmission(wb, { sheet: '单位' });
    for (const kind of ['county', 'county-detail', 'engineer', 'staff', 'staff-penalties', 'fiscal']) await api.insertTemplate(wb, kind);
    expect(attempts).toEqual([]);
  });
});

describe('the manifest and the dev tools', () => {
  const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');

  it('AppDomains: only the add-in\'s own origin, over https', () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]!);
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]!;
    expect(domains.every((d) => d.startsWith('https://'))).toBe(true);
    expect(new Set(domains)).toEqual(new Set([new URL(source).origin]));
  });

  it('every URL in the manifest is https on that origin (no CDN, no other host)', () => {
    const origin = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]!).origin;
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(new URL(u).origin, u).toBe(origin);
  });

  it('npm start turns office-addin-usage-data off before any Office dev tool runs, and the locked version sends nothing', async () => {
    const start = readFileSync(join(repoRoot, 'scripts/start.mjs'), 'utf8');
    const off = start.indexOf("[usageDataCli, 'off']");
    expect(off).toBeGreaterThan(0);
    expect(off).toBeLessThan(start.indexOf('devCerts.generateCertificates'));
    expect(off).toBeLessThan(start.indexOf("'office-addin-debugging'"));
    const usage = (await import('office-addin-usage-data')) as unknown as { OfficeAddinUsageData: new (o: object) => { isUsageDataOn(): boolean } };
    expect(new usage.OfficeAddinUsageData({ projectName: 'perf', instrumentationKey: 'x', usageDataLevel: 'on' }).isUsageDataOn()).toBe(false);
  });
});
