/**
 * The WPS add-in globals, read in this one place: `wps` (the add-in root: AddCustomFunction, CreateTaskPane,
 * PluginStorage, ApiEvent…) and `Application` (ET). Builds differ in where a member lives (ApiEvent on `wps` only
 * in some, Application on both or either), so each is looked up on both.
 */
import type { EtApiEvent, EtApp } from './et';
import { WpsWorkbook } from './workbook';

/** A task pane as WPS gives it (WPS.CustomTaskpane). */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

/** The add-in root's members the add-in uses; each may be missing on an older or a different WPS. */
export interface WpsRoot {
  readonly Application?: EtApp;
  readonly ApiEvent?: EtApiEvent;
  readonly PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: string): void };
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata: WpsFunctionMetadata) => void;
  CreateTaskPane?: (url: string, title?: string) => WpsTaskPane;
  /** The spelling some of WPS's own documents use. */
  CreateTaskpane?: (url: string, title?: string) => WpsTaskPane;
  GetTaskPane?: (id: number) => WpsTaskPane | null | undefined;
}

/** wps.AddCustomFunction's metadata. */
export interface WpsFunctionMetadata {
  readonly description: string;
  readonly result: { readonly type: string };
  readonly parameters: readonly { readonly name: string; readonly description: string; readonly type: string }[];
}

interface WpsGlobals {
  readonly wps?: WpsRoot;
  readonly Application?: EtApp & { readonly ApiEvent?: EtApiEvent };
}

/** The add-in root and ET application of this page; undefined outside WPS. */
export function wpsGlobals(g: object = globalThis): { root: WpsRoot; app: EtApp | undefined; events: EtApiEvent | undefined } | undefined {
  const { wps, Application } = g as WpsGlobals;
  if (!wps && !Application) return undefined;
  const app = Application ?? wps?.Application;
  return { root: wps ?? {}, app, events: wps?.ApiEvent ?? Application?.ApiEvent };
}

/** The Workbook port over the workbook open in WPS (for the task pane and the ribbon commands). */
export function createWpsWorkbook(g: object = globalThis): WpsWorkbook {
  const found = wpsGlobals(g);
  if (!found?.app) throw new Error('not running inside WPS: no Application object');
  return new WpsWorkbook({ app: found.app, events: found.events });
}
