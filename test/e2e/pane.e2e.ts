/**
 * The built task pane page in headless Chromium, as a user meets it outside Office: the offline preview on the
 * built-in sample, files opened from disk and saved. Screenshots go to test-results/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankAndTier } from '../../src/commands';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { countySampleSheets } from '../../src/samples';
import { repoRoot } from '../functions/build-functions';
import { launch, type Launched } from './chromium';
import { badGbkCsv, gbkCsv } from './fixtures';
import { axeViolations, openPane, type Watched } from './page';
import { serve, type Served } from './serve';
import { countyResults } from '../commands/fixtures';

const shots = join(repoRoot, 'test-results');
let server: Served;
let browser: Launched;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(process.env.PERF_PANE_DIR!);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Nothing left the page's origin and nothing went wrong in its console. */
function expectClean(w: Watched): void {
  const origin = new URL(server.url).origin;
  expect(w.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  expect(w.requests.some((u) => /office\.js/.test(u))).toBe(false);
  expect(w.errors).toEqual([]);
}

async function chooseFile(w: Watched, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([w.page.waitForEvent('filechooser'), w.page.getByRole('button', { name: '打开文件…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
  await w.page.getByRole('heading', { name }).waitFor();
}

describe('the offline page', () => {
  it('ranks and tiers the sample: each group’s 先进 count is the engine’s; no request leaves the origin', async () => {
    const w = await openPane(browser, `${server.url}taskpane.html`);
    await w.page.getByRole('button', { name: '排名定档' }).click();
    await w.page.getByRole('grid', { name: '排名结果' }).waitFor();
    const expected = await rankAndTier(MemoryWorkbook.fromSheets(countySampleSheets()));
    for (const group of ['township', 'department', 'ancient-city']) {
      const shown = await w.page.locator(`[data-group="${group}"] [data-tier="先进"]`).getAttribute('data-count');
      expect(shown, group).toBe(String(countyResults(expected).filter((r) => r.group === group && r.tier === '先进').length));
    }
    await w.page.screenshot({ path: join(shots, 'pane-results.png') });
    expectClean(w);
    await w.page.close();
  });

  it('explains a unit selected in the grid, and switches language', async () => {
    const w = await openPane(browser, `${server.url}taskpane.html`);
    await w.page.getByRole('button', { name: '排名定档' }).click();
    await w.page.getByRole('grid', { name: '排名结果' }).waitFor();
    await w.page.getByRole('tab', { name: '单位', exact: true }).click();
    await w.page.getByRole('grid', { name: '单位' }).getByText('公安局', { exact: true }).click();
    await w.page.getByRole('tab', { name: '解释', exact: true }).click();
    const explained = w.page.locator('[data-unit="公安局"]');
    await explained.waitFor();
    expect(await explained.getByText('已封顶').count()).toBeGreaterThan(0);
    await w.page.screenshot({ path: join(shots, 'pane-explain.png') });
    await w.page.getByRole('button', { name: 'English' }).click();
    await w.page.getByRole('tab', { name: 'Explain' }).waitFor();
    expect(await w.page.getByRole('button', { name: 'Rank and tier' }).isEnabled()).toBe(true);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectClean(w);
    await w.page.close();
  });

  it('opens a GBK .csv with a bad cell: 校验报送 lists it, a click selects it in the grid', async () => {
    const w = await openPane(browser, `${server.url}taskpane.html`);
    await chooseFile(w, '报送.csv', badGbkCsv());
    await w.page.getByRole('button', { name: '校验报送' }).click();
    await w.page.getByRole('button', { name: '转到单元格 报送!C4' }).click();
    await w.page.locator('[data-cell="C4"][aria-selected="true"]').waitFor();
    expect(await w.page.locator('[data-cell="C4"]').textContent()).toBe('五十五');
    await w.page.screenshot({ path: join(shots, 'pane-issues.png') });
    expectClean(w);
    await w.page.close();
  });

  it('opens a GBK .csv, ranks it and saves the result as .xlsx with 排名结果', async () => {
    const w = await openPane(browser, `${server.url}taskpane.html`);
    await chooseFile(w, '汇总.csv', gbkCsv());
    await w.page.getByRole('button', { name: '排名定档' }).click();
    await w.page.getByRole('grid', { name: '排名结果' }).waitFor();
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '保存为 .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('汇总-结果.xlsx');
    const path = join(shots, 'saved.xlsx');
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const saved = await FileWorkbook.fromBuffer(readFileSync(path), 'saved.xlsx');
    expect(await saved.sheetNames()).toEqual(['汇总', '排名结果']);
    expect((await saved.readTable('汇总')).values[1]).toEqual(['南牛乡', '乡镇', 84, null, 9, 2, 0, null, null]);
    expectClean(w);
    await w.page.close();
  });

  it('has no serious or critical accessibility violation (axe-core), in each section', async () => {
    const w = await openPane(browser, `${server.url}taskpane.html`);
    await w.page.getByRole('button', { name: '排名定档' }).click();
    await w.page.getByRole('grid', { name: '排名结果' }).waitFor();
    const found = [];
    for (const tab of ['结果', '方案', '校验', '解释']) {
      await w.page.getByRole('tab', { name: tab, exact: true }).click();
      await w.page.waitForTimeout(200);
      found.push(...(await axeViolations(w.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${tab}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`));
    }
    expect(found).toEqual([]);
    expectClean(w);
    await w.page.close();
  });
});

describe('inside Office', () => {
  it('loads office.js and the custom functions when Office hosts the page (_host_Info in its URL)', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0`);
    await expect.poll(() => requests.includes('/functions.js'), { timeout: 20_000 }).toBe(true);
    expect(requests.indexOf('/office-js/office.js')).toBeGreaterThan(-1);
    expect(requests.indexOf('/office-js/office.js')).toBeLessThan(requests.indexOf('/functions.js'));
    await page.close();
  });
});
