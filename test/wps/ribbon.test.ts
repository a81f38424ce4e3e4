/**
 * The WPS shell: ribbon.xml well-formed and bound to callbacks the entry page defines; every callback synchronous
 * (an async one hid the ribbon on WPS 12.1.0.23542/23539), starting the command and returning at once; the task pane
 * opened with CreateTaskPane or CreateTaskpane; the ribbon working on a WPS without custom functions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESULTS_SHEET } from '../../src/commands';
import type { WpsRoot, WpsTaskPane } from '../../src/host/wps/globals';
import { readFunctionsStatus } from '../../src/wps/functions-status';
import { WPS_BUTTONS, type RibbonCallbacks } from '../../src/wps/ribbon';
import { PANE_ID_KEY } from '../../src/wps/taskpane';
import { FakeEt } from '../host/wps-fake/app';
import { allElements, parseXml } from '../manifest/xml-tree';
import { smallSummary } from '../commands/fixtures';

const src = (file: string): string => readFileSync(new URL(`../../src/wps/${file}`, import.meta.url), 'utf8');
const ribbonXml = src('ribbon.xml');
const CALLBACK_ATTRS = /^(onLoad|onAction|getImage|getEnabled|getVisible|getLabel|getScreentip|getSupertip|getPressed|onChange)$/;

interface Page {
  readonly callbacks: RibbonCallbacks;
  readonly x: FakeEt;
  readonly root: WpsRoot;
  readonly panes: { url: string; pane: WpsTaskPane }[];
  readonly alerts: string[];
}

/** Loads the entry page as WPS would: the add-in globals in place, then the page's script. */
async function loadEntry(opts: { functions?: boolean; spelling?: 'CreateTaskPane' | 'CreateTaskpane' | 'none' } = {}): Promise<Page> {
  vi.resetModules();
  const x = FakeEt.from({ 汇总: smallSummary() });
  const storage = new Map<string, string>();
  const panes: { url: string; pane: WpsTaskPane }[] = [];
  const alerts: string[] = [];
  const create = (url: string): WpsTaskPane => {
    const pane = { ID: panes.length + 7, Visible: false, DockPosition: 0 };
    panes.push({ url, pane });
    return pane;
  };
  const spelling = opts.spelling ?? 'CreateTaskPane';
  const root: WpsRoot = {
    Application: x,
    ApiEvent: x.ApiEvent,
    PluginStorage: { getItem: (k) => storage.get(k) ?? '', setItem: (k, v) => void storage.set(k, v) },
    GetTaskPane: (id) => panes.find((p) => p.pane.ID === id)?.pane,
    ...(spelling === 'none' ? {} : { [spelling]: create }),
    ...(opts.functions === false ? {} : { AddCustomFunction: () => {} }),
  };
  vi.stubGlobal('wps', root);
  vi.stubGlobal('Application', x);
  vi.stubGlobal('location', { href: 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/绩效_0.1.0/index.html' });
  vi.stubGlobal('alert', (m: string) => void alerts.push(m));
  await import('../../src/wps/entry');
  const g = globalThis as unknown as RibbonCallbacks;
  return { callbacks: { OnAddinLoad: g.OnAddinLoad, OnAction: g.OnAction, GetImage: g.GetImage }, x, root, panes, alerts };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lets the command a callback started run to its end (ET is synchronous; only promise turns are left). */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('ribbon.xml', () => {
  it('is well-formed and begins with <customUI', () => {
    expect(ribbonXml.startsWith('<customUI')).toBe(true);
    expect(XMLValidator.validate(ribbonXml)).toBe(true);
  });

  it('has a 绩效 tab with the four buttons, in order, labelled in Chinese, each with an image callback', () => {
    const tree = parseXml(ribbonXml);
    const tab = allElements(tree).find((e) => e.name === 'tab');
    expect(tab?.attrs.label).toBe('绩效');
    const buttons = allElements(tree).filter((e) => e.name === 'button');
    expect(buttons.map((b) => [b.attrs.id, b.attrs.label])).toEqual(WPS_BUTTONS.map((b) => [b.id, b.label.zh]));
    for (const b of buttons) expect(b.attrs).toMatchObject({ onAction: 'OnAction', getImage: 'GetImage', size: 'large' });
  });

  it('names only callbacks the entry page defines, each a plain synchronous function', async () => {
    const named = new Set(allElements(parseXml(ribbonXml)).flatMap((e) => Object.entries(e.attrs).filter(([k]) => CALLBACK_ATTRS.test(k)).map(([, v]) => v)));
    expect([...named].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    await loadEntry();
    for (const name of named) {
      const fn = (globalThis as Record<string, unknown>)[name];
      expect(typeof fn, name).toBe('function');
      expect((fn as () => unknown).constructor.name, name).toBe('Function');
    }
  });

  it('has no async callback in the source either', () => {
    for (const file of ['entry.ts', 'ribbon.ts', 'taskpane.ts', 'functions.ts']) {
      expect(src(file), file).not.toMatch(/async\s+(function\s+)?(OnAddinLoad|OnAction|GetImage)\b|(OnAddinLoad|OnAction|GetImage)\s*[:=(]\s*async/);
    }
    expect(src('entry.ts')).not.toMatch(/\bawait\b|\basync\b/);
  });

  it('gives each button an icon that exists', async () => {
    const { callbacks } = await loadEntry();
    const images = readdirSync(new URL('../../src/wps/images/', import.meta.url));
    for (const b of WPS_BUTTONS) {
      const path = callbacks.GetImage({ Id: b.id });
      expect(path).toBe(`images/${b.icon}`);
      expect(images).toContain(b.icon);
      expect(src(path)).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    }
  });
});

describe('ribbon callbacks', () => {
  it('OnAddinLoad returns true at once', async () => {
    const { callbacks } = await loadEntry();
    expect(callbacks.OnAddinLoad({})).toBe(true);
  });

  it('排名定档 returns before the command runs, and the command then writes 排名结果 through the WPS adapter', async () => {
    const { callbacks, x } = await loadEntry();
    const back = callbacks.OnAction({ Id: 'PerfRankAndTier' });
    expect(back).toBe(true);
    expect(x.state.map((s) => s.name)).not.toContain(RESULTS_SHEET);
    await settle();
    expect(x.state.map((s) => s.name)).toContain(RESULTS_SHEET);
  });

  it('校验报送 and 插入模板 run over the workbook open in WPS', async () => {
    const { callbacks, x } = await loadEntry();
    callbacks.OnAction({ Id: 'PerfInsertTemplate' });
    await settle();
    expect(x.state.length).toBeGreaterThan(1);
    callbacks.OnAction({ Id: 'PerfValidate' });
    await settle();
    expect(x.state.some((s) => s.name === '_perf')).toBe(true);
  });

  it('opens the pane beside the entry page once, docked right, and shows it again later', async () => {
    const { callbacks, panes, root } = await loadEntry();
    callbacks.OnAction({ Id: 'PerfOpenPane' });
    expect(panes).toHaveLength(1);
    expect(panes[0]!.url).toBe('file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/%E7%BB%A9%E6%95%88_0.1.0/taskpane.html');
    expect(panes[0]!.pane).toMatchObject({ Visible: true, DockPosition: 2 });
    panes[0]!.pane.Visible = false;
    callbacks.OnAction({ Id: 'PerfOpenPane' });
    expect(panes).toHaveLength(1);
    expect(panes[0]!.pane.Visible).toBe(true);
    expect(root.PluginStorage?.getItem(PANE_ID_KEY)).toBe('7');
  });

  it('uses CreateTaskpane where that is the spelling WPS has, and says so when it has neither', async () => {
    const other = await loadEntry({ spelling: 'CreateTaskpane' });
    other.callbacks.OnAction({ Id: 'PerfOpenPane' });
    expect(other.panes).toHaveLength(1);
    const none = await loadEntry({ spelling: 'none' });
    expect(none.callbacks.OnAction({ Id: 'PerfOpenPane' })).toBe(true);
    expect(none.alerts[0]).toMatch(/任务窗格[\s\S]*task pane/);
  });

  it('keeps the ribbon working on a WPS without custom functions, and records why they are missing', async () => {
    const { callbacks, x, root } = await loadEntry({ functions: false });
    expect(readFunctionsStatus(root)?.available).toBe(false);
    callbacks.OnAction({ Id: 'PerfRankAndTier' });
    await settle();
    expect(x.state.map((s) => s.name)).toContain(RESULTS_SHEET);
  });
});

it('ships the entry page template next to the ribbon', () => {
  expect(existsSync(new URL('../../src/wps/index.html', import.meta.url))).toBe(true);
  expect(src('index.html')).not.toMatch(/<script[^>]*office/i);
});
