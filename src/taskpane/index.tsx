/**
 * The task pane page's entry. Decides the host first (host-detect.ts): in Office it loads office.js, the custom
 * functions and the ribbon bindings, then shows the pane over Excel; anywhere else it is the offline preview on the
 * in-memory sample — and office.js is never requested.
 */
import { createRoot } from 'react-dom/client';
import { App, type PreviewSlot } from './App';
import { detectHost, HOSTS, pageSignals } from './host-detect';
import type { PaneHost } from './pane-host';
import { loadTheme } from './theme';

async function start(): Promise<{ host: PaneHost; preview?: PreviewSlot }> {
  const kind = detectHost(pageSignals());
  const entry = HOSTS.find((h) => h.kind === kind);
  if (entry) return { host: await entry.start() };
  const { startPreview } = await import(/* webpackChunkName: "preview" */ './preview/slot');
  const { host, slot } = startPreview();
  return { host, preview: slot };
}

const el = document.getElementById('root');
if (el === null) throw new Error('taskpane.html has no #root');
start().then(
  async ({ host, preview }) => {
    const theme = await loadTheme(host.theme);
    createRoot(el).render(preview ? <App host={host} theme={theme} preview={preview} /> : <App host={host} theme={theme} />);
  },
  (e: unknown) => {
    // The pane could not start (office.js missing, Office not answering): say so on the page, never a blank pane.
    el.textContent = `绩效面板无法启动 / The pane could not start: ${e instanceof Error ? e.message : String(e)}`;
    console.error(e);
  },
);
