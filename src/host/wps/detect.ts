/**
 * Which host a page runs in, decided before office.js is loaded (outside Office it calls Microsoft's telemetry, so
 * the offline page must not load it): WPS (its add-in globals `wps` / `Application` are injected into the page),
 * then Office (it passes _host_Info in the page's URL, office.js keeps it in sessionStorage across reloads, and
 * Excel on the web frames the page from an Office domain), else the offline page.
 */
export type PageHost = 'wps' | 'office' | 'offline';

interface PageEnv {
  readonly wps?: unknown;
  readonly Application?: unknown;
  readonly location?: { readonly search?: string; readonly hash?: string };
  readonly sessionStorage?: { getItem(key: string): string | null };
  readonly self?: unknown;
  readonly top?: unknown;
  readonly document?: { readonly referrer?: string };
}

const OFFICE_FRAMERS = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|sharepoint\.com|onedrive\.live\.com|live\.com)(\/|$)/i;

const isObject = (v: unknown): boolean => (typeof v === 'object' || typeof v === 'function') && v !== null;

/** ET's Application has a workbook collection Office's pages never have under that name. */
const isEtApplication = (a: unknown): boolean => isObject(a) && ('ActiveWorkbook' in (a as object) || 'Workbooks' in (a as object));

function storedHostInfo(env: PageEnv): boolean {
  try {
    return Boolean(env.sessionStorage?.getItem('hostInfoValue'));
  } catch {
    return false; // storage refused (privacy settings): not evidence either way
  }
}

export function detectHost(env: object = globalThis): PageHost {
  const e = env as PageEnv;
  if (isObject(e.wps) || isEtApplication(e.Application)) return 'wps';
  const url = `${e.location?.search ?? ''}${e.location?.hash ?? ''}`;
  if (/[?&#]_host_Info=/i.test(url) || storedHostInfo(e)) return 'office';
  const framed = e.self !== undefined && e.top !== undefined && e.self !== e.top;
  if (framed && OFFICE_FRAMERS.test(e.document?.referrer ?? '')) return 'office';
  return 'offline';
}
