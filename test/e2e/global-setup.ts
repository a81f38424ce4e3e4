/** Builds the add-ins (Excel's and WPS's) once for the browser tests (skipped when nothing changed) and checks Chromium is there. */
import { existsSync } from 'node:fs';
import { buildPane, buildWpsPane } from './build-pane';
import { CHROMIUM } from './chromium';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium / Chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set PERF_CHROMIUM)`);
  }
  process.env.PERF_PANE_DIR = buildPane();
  process.env.PERF_WPS_DIR = buildWpsPane();
}
