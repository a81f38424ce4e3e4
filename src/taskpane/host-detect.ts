/**
 * Which host runs the page, decided before anything host-specific loads: WPS, then Office, else the offline preview.
 * office.js is loaded only when Office hosts the page — in a plain browser it calls Microsoft's telemetry page.
 */
import { detectHost as detectWps } from '../host/wps/detect';
import type { PaneHost, PaneHostKind } from './pane-host';

/** What detection looks at, as a value so tests can give any page's. */
export interface PageSignals {
  /** location.search + location.hash */
  readonly url: string;
  /** Whether the page is inside a frame (Excel on the web frames it). */
  readonly framed: boolean;
  /** document.referrer: who framed the page. */
  readonly referrer: string;
  readonly windowName: string;
  /** sessionStorage 'hostInfoValue' (office.js keeps _host_Info there after a navigation). */
  readonly storedHostInfo: string | null;
  /** Whether the page's window has the desktop hosts' window.external.GetHostInfo. */
  readonly nativeHostInfo: boolean;
  /** The page's globals, for hosts that inject their own (WPS's `wps` object). */
  readonly globals: Readonly<Record<string, unknown>>;
}

/** Office's own web domains: a frame from one of them is Excel on the web (any other frame is not Office). */
const OFFICE_FRAMERS = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|sharepoint\.com|onedrive\.live\.com|live\.com)(\/|$)/i;

/**
 * Office adds _host_Info to the page's URL (or keeps it in sessionStorage or window.name); desktop Office gives
 * GetHostInfo; Excel on the web frames the page from its own domain.
 */
export function isOffice(p: PageSignals): boolean {
  return /[?#&]_host_Info=/i.test(p.url) || p.storedHostInfo !== null || p.nativeHostInfo || /"hostInfo"/.test(p.windowName) || (p.framed && OFFICE_FRAMERS.test(p.referrer));
}

interface HostEntry {
  readonly kind: Exclude<PaneHostKind, 'preview'>;
  readonly detect: (p: PageSignals) => boolean;
  /** Loads the host's code (a separate chunk) and starts it. */
  readonly start: () => Promise<PaneHost>;
}

/** Each host the pane can start in, tried in order; the offline preview when none matches. */
export const HOSTS: readonly HostEntry[] = [
  { kind: 'wps', detect: (p) => detectWps(p.globals) === 'wps', start: () => import(/* webpackChunkName: "wps" */ '../wps/pane').then((m) => m.startWpsPane()) },
  { kind: 'excel', detect: isOffice, start: () => import('./office/start').then((m) => m.startExcel()) },
];

export function detectHost(p: PageSignals): PaneHostKind {
  return HOSTS.find((h) => h.detect(p))?.kind ?? 'preview';
}

/** This page's signals. */
export function pageSignals(w: Window = window): PageSignals {
  let stored: string | null = null;
  try {
    stored = w.sessionStorage.getItem('hostInfoValue');
  } catch {
    stored = null; // storage disabled: not a signal either way
  }
  let framed = false;
  try {
    framed = w.self !== w.top;
  } catch {
    framed = true; // a cross-origin parent refuses the comparison: framed
  }
  const external = (w as unknown as { external?: { GetHostInfo?: unknown } }).external;
  return {
    url: `${w.location.search}${w.location.hash}`,
    framed,
    referrer: w.document.referrer,
    windowName: w.name,
    storedHostInfo: stored,
    nativeHostInfo: typeof external?.GetHostInfo === 'function',
    globals: w as unknown as Record<string, unknown>,
  };
}
