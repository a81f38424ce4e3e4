/**
 * The WPS add-in's task pane page, as `npm run build:wps` builds it, in headless Chromium with WPS's globals faked
 * (test/e2e/wps-page.ts): it starts on the WPS adapter, never asks for office.js, requests nothing off its origin,
 * ranks the workbook open in "WPS" — served, and from the folder on disk —, and hears a ribbon command run in the
 * entry page (another page).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET } from '../../src/commands';
import { MemoryWorkbook } from '../../src/host/memory';
import { countyResults, smallSummary } from '../commands/fixtures';
import { launch, type Launched } from './chromium';
import { serve, type Served } from './serve';
import { wpsFakeScript } from './wps-fake-script';

let server: Served;
let browser: Launched;

beforeAll(async () => {
  server = await serve(process.env.PERF_WPS_DIR!);
  browser = await launch({ locale: 'zh-CN' }); // the pane's language is the page's, as WPS's Chinese builds give it
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SHEETS = { 汇总: smallSummary() };

/** A page of the add-in folder (served, or a file: URL) with WPS's globals in place before its scripts run; its requests and errors kept. */
async function wpsPage(path: string) {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: wpsFakeScript(SHEETS) });
  await page.goto(/^file:/.test(path) ? path : `${server.url}${path}`);
  return { page, requests, errors };
}

describe('the task pane in WPS (built by build:wps, WPS faked)', () => {
  it('starts on the WPS adapter and ranks the workbook’s table; no office.js, nothing off its origin', async () => {
    const { page, requests, errors } = await wpsPage('taskpane.html');
    await page.getByRole('button', { name: '排名定档' }).click();
    await page.locator('[data-group="township"] [data-tier="先进"]').waitFor();
    const expected = countyResults(await rankAndTier(MemoryWorkbook.fromSheets(SHEETS)));
    for (const group of ['township', 'department', 'ancient-city']) {
      const shown = await page.locator(`[data-group="${group}"] [data-tier="先进"]`).getAttribute('data-count');
      expect(shown, group).toBe(String(expected.filter((r) => r.group === group && r.tier === '先进').length));
    }
    // the results went into the fake WPS workbook, read and written through ET's Value2
    const wb = await page.evaluate(() => {
      const x = (globalThis as unknown as { Application: { state: { name: string }[]; made(call: string): number } }).Application;
      return { sheets: x.state.map((s) => s.name), reads: x.made('Value2.get'), writes: x.made('Value2.set') };
    });
    expect(wb.sheets).toContain(RESULTS_SHEET);
    expect(wb.reads).toBeGreaterThan(0);
    expect(wb.writes).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '打开文件…' }).count()).toBe(0); // not the offline page
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(requests.filter((u) => /office\.js|functions\.js/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs from the add-in folder on disk (file://, as WPS loads jsaddons): its page policy lets its own scripts and chunks load', async () => {
    const folder = pathToFileURL(join(process.env.PERF_WPS_DIR!, '/')).href;
    const { page, requests, errors } = await wpsPage(`${folder}taskpane.html`);
    await page.getByRole('button', { name: '排名定档' }).click();
    await page.locator('[data-group="township"] [data-tier="先进"]').waitFor();
    expect(requests.filter((u) => !u.startsWith(folder))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the status of a ribbon command run in the entry page (index.html, another page)', async () => {
    const pane = await wpsPage('taskpane.html');
    await pane.page.getByRole('button', { name: '排名定档' }).waitFor();
    const entry = await wpsPage('index.html');
    await entry.page.waitForFunction(() => typeof (globalThis as unknown as { OnAction?: unknown }).OnAction === 'function');
    await entry.page.evaluate(() => (globalThis as unknown as { OnAction(c: { Id: string }): boolean }).OnAction({ Id: 'PerfValidate' }));
    const done = pane.page.getByRole('status').locator('[data-state="done"]');
    await done.waitFor({ timeout: 10_000 });
    expect(await done.textContent()).toMatch(/^校验报送（/);
    expect([...pane.errors, ...entry.errors]).toEqual([]);
    await entry.page.close();
    await pane.page.close();
  });
});
