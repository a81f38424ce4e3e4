/** The fake WPS globals (wps-page.ts) as one classic script for page.addInitScript, with the workbook's sheets filled in. */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { CellValue } from '../../src/engine/core/cell';
import { repoRoot } from '../functions/build-functions';

let bundled: string | undefined;

export function wpsFakeScript(sheets: Record<string, CellValue[][]>): string {
  bundled ??= buildSync({ entryPoints: [join(repoRoot, 'test/e2e/wps-page.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false }).outputFiles[0]!.text;
  return `${bundled}\ninstallFakeWps(${JSON.stringify(sheets)});`;
}
