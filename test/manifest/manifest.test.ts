/**
 * manifest.xml checked offline (the online validator is unreachable here): well-formed, every resid
 * defined, https only, the PERF namespace, the zh-CN metadata override, one shared runtime, the 绩效
 * ribbon group as the task pane lists it, real icons, and every ExecuteFunction bound by the commands entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { RIBBON_COMMANDS } from '../../src/taskpane/ribbon-commands';
import { repoRoot } from '../functions/build-functions';
import { allElements, byName, child, parseXml, type XmlElement } from './xml-tree';

const xml = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');
const root = parseXml(xml);

/** Resources by id: bt:Image, bt:Url and bt:String entries. */
const resources = new Map(
  allElements(root)
    .filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && e.attrs.id !== undefined)
    .map((e) => [e.attrs.id!, e]),
);

function resource(resid: string | undefined): XmlElement {
  const r = resid === undefined ? undefined : resources.get(resid);
  if (r === undefined) throw new Error(`resid ${resid} is not defined`);
  return r;
}

const zhOf = (e: XmlElement): string | undefined => e.children.find((c) => c.name === 'bt:Override' && c.attrs.Locale === 'zh-CN')?.attrs.Value;

/** The resid of an element's child (or grandchild SourceLocation). */
const residOf = (e: XmlElement | undefined, name: string): string | undefined => (e === undefined ? undefined : child(e, name)?.attrs.resid);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.name).toBe('OfficeApp');
  });

  it('defines every resid it uses, each at most 32 characters', () => {
    const used = allElements(root)
      .map((e) => e.attrs.resid)
      .filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) {
      expect(resources.has(r), `resid ${r}`).toBe(true);
      expect(r.length, r).toBeLessThanOrEqual(32);
    }
  });

  it('uses https for every URL', () => {
    const urls = allElements(root).flatMap((e) => [
      ...Object.values(e.attrs).filter((v) => v.includes('://') && !v.startsWith('http://schemas.microsoft.com/') && !v.startsWith('http://www.w3.org/')),
      ...(e.text.includes('://') ? [e.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u, u).toMatch(/^https:\/\//);
  });

  it('asks for ReadWriteDocument and the shared runtime', () => {
    expect(byName(root, 'Permissions')[0]?.text).toBe('ReadWriteDocument');
    const sets = byName(root, 'Set').map((s) => s.attrs.Name);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime', 'CustomFunctionsRuntime']));
  });

  it('runs functions, ribbon and task pane in one long-lived runtime page', () => {
    const runtime = byName(root, 'Runtime')[0];
    expect(runtime?.attrs.lifetime).toBe('long');
    const shared = runtime?.attrs.resid;
    const cf = byName(root, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions');
    expect(residOf(child(cf!, 'Page'), 'SourceLocation')).toBe(shared);
    expect(byName(root, 'FunctionFile')[0]?.attrs.resid).toBe(shared);
    const paneActions = byName(root, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane');
    for (const a of paneActions) expect(residOf(a, 'SourceLocation')).toBe(shared);
    expect(resource(shared).attrs.DefaultValue).toMatch(/\/taskpane\.html$/);
  });

  it('puts the custom functions in the PERF namespace', () => {
    const ns = byName(root, 'Namespace')[0];
    const r = resource(ns?.attrs.resid);
    expect(r.attrs.DefaultValue).toBe('PERF');
    expect(zhOf(r)).toBeUndefined();
  });

  it('serves functions.json, and functions.zh-CN.json through a zh-CN override', () => {
    const meta = resource(residOf(byName(root, 'Metadata')[0], 'SourceLocation'));
    expect(meta.attrs.DefaultValue).toMatch(/\/functions\.json$/);
    expect(zhOf(meta)).toMatch(/^https:\/\/.*\/functions\.zh-CN\.json$/);
  });

  it('has the 绩效 ribbon group with the task pane’s commands, in order, in both languages', () => {
    const group = byName(root, 'Group')[0]!;
    expect(zhOf(resource(residOf(group, 'Label')))).toBe('绩效');
    const controls = group.children.filter((c) => c.name === 'Control');
    expect(controls.map((c) => c.attrs.id)).toEqual(RIBBON_COMMANDS.map((c) => c.id));
    controls.forEach((control, i) => {
      const cmd = RIBBON_COMMANDS[i]!;
      const label = resource(residOf(control, 'Label'));
      expect([label.attrs.DefaultValue, zhOf(label)]).toEqual([cmd.label.en, cmd.label.zh]);
      const tip = resource(residOf(child(control, 'Supertip'), 'Description'));
      expect([tip.attrs.DefaultValue, zhOf(tip)]).toEqual([cmd.tip.en, cmd.tip.zh]);
      const action = child(control, 'Action')!;
      if (cmd.action.kind === 'taskpane') expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
      else expect([action.attrs['xsi:type'], child(action, 'FunctionName')?.text]).toEqual(['ExecuteFunction', cmd.action.name]);
    });
  });

  it('points every icon at a real PNG of its size in assets/', () => {
    const images = allElements(root).filter((e) => e.name === 'bt:Image' && e.attrs.id !== undefined);
    const pngs = [...images.map((i) => i.attrs.DefaultValue!), ...['IconUrl', 'HighResolutionIconUrl'].map((n) => byName(root, n)[0]!.attrs.DefaultValue!)];
    for (const url of pngs) {
      const file = join(repoRoot, new URL(url).pathname);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const size = Number(/-(\d+)\.png$/.exec(url)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 80]) expect(images.some((i) => i.attrs.DefaultValue?.endsWith(`icon-${size}.png`))).toBe(true);
  });
});

describe('ribbon bindings', () => {
  it('binds every ExecuteFunction name in the commands entry (src/commands/excel-ribbon.ts)', async () => {
    const names = byName(root, 'FunctionName').map((f) => f.text);
    expect(names.length).toBe(RIBBON_COMMANDS.filter((c) => c.action.kind === 'function').length);
    const bound = new Set<string>();
    const info = { host: 'Excel', platform: 'PC' };
    // Just enough Office for the entry to load and register its actions.
    const office = {
      actions: { associate: (name: string) => bound.add(name) },
      onReady: (cb?: (i: typeof info) => void) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC' },
      context: { requirements: { isSetSupported: () => true } },
    };
    Object.assign(globalThis, { Office: office });
    try {
      await import('../../src/commands/excel-ribbon');
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    for (const n of names) expect(bound.has(n), `Office.actions.associate("${n}", …)`).toBe(true);
  });

  it('serves one page (taskpane.html, the pane entry alone) that loads office.js and functions.js only when Office hosts it', async () => {
    interface HtmlPlugin {
      userOptions: { filename: string; template: string; chunks: string[] };
    }
    // Imported by URL: webpack.config.js is plain JavaScript without type declarations.
    const { default: config } = (await import(pathToFileURL(join(repoRoot, 'webpack.config.js')).href)) as { default: (env: object, argv: object) => { plugins: object[]; entry: Record<string, string> } };
    const built = config({}, { mode: 'production' });
    const pages = built.plugins.filter((p): p is HtmlPlugin => 'userOptions' in p).map((p) => p.userOptions);
    expect(pages.map((p) => p.filename)).toEqual(['taskpane.html']);
    const shared = pages.find((p) => p.filename === new URL(resource(byName(root, 'Runtime')[0]?.attrs.resid).attrs.DefaultValue!).pathname.slice(1));
    expect(shared?.chunks).toEqual(['taskpane']);
    expect(Object.keys(built.entry).sort()).toEqual(['functions', 'taskpane']);
    const html = readFileSync(join(repoRoot, shared!.template), 'utf8');
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"\s+content="default-src 'self'; script-src 'self';/);
    const { OFFICE_SCRIPTS } = await import('../../src/taskpane/office/start');
    expect(OFFICE_SCRIPTS).toEqual(['office-js/office.js', 'functions.js']);
    expect(existsSync(join(repoRoot, 'src/commands/commands.html'))).toBe(false);
  });

  it('opens the pane without a TaskpaneId (a long-lifetime shared runtime has none)', () => {
    const show = byName(root, 'Action').filter((a) => a.attrs['xsi:type'] === 'ShowTaskpane');
    expect(show.length).toBe(1);
    expect(byName(root, 'TaskpaneId')).toEqual([]);
  });
});
