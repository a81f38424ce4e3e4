/** Debian's Chromium driven by playwright-core, with the flags DESIGN.md lists and a fresh profile outside the repository. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.PERF_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Launched {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a fresh --user-data-dir (removed on close). */
export async function launch(opts: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'perf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport ?? { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
