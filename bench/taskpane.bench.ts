/**
 * The task pane page in headless Chromium (the offline preview, served locally from the production build):
 * - taskpane.bundle.gzipKB: every JavaScript file the page loads from navigation until 排名定档 is enabled, each
 *   gzipped (level 9), summed; office.js is excluded (and is never loaded outside Office). Goal ≤ 250.
 * - taskpane.bundle.afterRank.gzipKB: the same once 排名定档 has run (the commands and the engine load at the first
 *   command), for the whole picture; ExcelJS, loaded only to open or save a file, is taskpane.exceljs.gzipKB.
 * - taskpane.interactive.ms: median over 5 fresh loads of the time from navigation to an enabled 排名定档. Goal ≤ 1500.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from '../test/e2e/build-pane';
import { launch } from '../test/e2e/chromium';
import { serve } from '../test/e2e/serve';

const LOADS = 5;

export default async function taskpaneBench(): Promise<Record<string, { value: number; unit: string }>> {
  const dir = buildPane();
  const server = await serve(dir);
  const browser = await launch();
  const gz = (path: string): number => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length / 1024;
  const scripts = (requests: readonly string[]): string[] => [...new Set(requests.filter((p) => p.endsWith('.js') && !p.includes('office-js/')))];
  try {
    const times: number[] = [];
    let initial: string[] = [];
    let afterRank: string[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.context.newPage();
      const from = server.requests.length;
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === '排名定档' && !b.disabled), undefined, { polling: 'raf' });
      times.push(await page.evaluate(() => performance.now()));
      if (i === 0) {
        initial = scripts(server.requests.slice(from));
        await page.getByRole('button', { name: '排名定档' }).click();
        await page.getByRole('grid', { name: '排名结果' }).waitFor();
        afterRank = scripts(server.requests.slice(from));
      }
      await page.close();
    }
    times.sort((a, b) => a - b);
    const sum = (files: readonly string[]) => files.reduce((n, f) => n + gz(f.slice(1)), 0);
    return {
      'taskpane.bundle.gzipKB': { value: sum(initial), unit: 'KB' },
      'taskpane.bundle.afterRank.gzipKB': { value: sum(afterRank), unit: 'KB' },
      'taskpane.exceljs.gzipKB': { value: gz('vendor/exceljs.min.js'), unit: 'KB' },
      'taskpane.interactive.ms': { value: times[Math.floor(times.length / 2)]!, unit: 'ms' },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
