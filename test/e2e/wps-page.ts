/**
 * What WPS injects into its add-in pages, faked for the browser: `window.Application` (the fake ET of
 * test/host/wps-fake over the given sheets) and `window.wps` (ApiEvent, PluginStorage, CreateTaskPane; no
 * AddCustomFunction, as on a WPS older than 12.1.0.20540). Bundled by esbuild (wpsFakeScript) and run in the page
 * before any of its own scripts, as WPS's own objects are there before the page loads.
 */
import type { CellValue } from '../../src/engine/core/cell';
import { FakeEt } from '../host/wps-fake/app';

function install(sheets: Record<string, CellValue[][]>): void {
  const x = FakeEt.from(sheets);
  const stored = new Map<string, string>();
  let panes = 0;
  Object.assign(globalThis, {
    Application: x,
    wps: {
      Application: x,
      ApiEvent: x.ApiEvent,
      PluginStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
      CreateTaskPane: () => ({ ID: ++panes, Visible: false, DockPosition: 0 }),
    },
  });
}

Object.assign(globalThis, { installFakeWps: install });
