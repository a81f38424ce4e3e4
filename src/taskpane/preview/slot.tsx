/** The offline page's start: the preview host on the built-in sample, its toolbar (open, save) and its grid. */
import { langOf } from '../i18n';
import { themeFromMedia } from '../pane-host';
import type { PreviewSlot } from '../App';
import { PreviewBar } from './PreviewBar';
import { PreviewHost } from './preview-host';
import { SheetGrid } from './SheetGrid';

export function startPreview(): { host: PreviewHost; slot: PreviewSlot } {
  const match = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  // Chinese first: the page opens in Chinese unless the browser asks for another language only.
  const host = new PreviewHost(langOf(navigator.languages.find((l) => /^zh\b/i.test(l)) ?? 'zh-CN'), themeFromMedia(match));
  return {
    host,
    slot: {
      bar: (p) => <PreviewBar host={host} busy={p.busy} onNewBook={p.onNewBook} />,
      grid: (issues) => <SheetGrid host={host} issues={issues} />,
    },
  };
}
