/**
 * What the pane needs from wherever it runs (Excel, WPS, or the offline preview): the Workbook port the commands
 * run on, a way to select a cell (clicking an issue), selection changes (解释 follows them), the display language
 * and the theme. The pane reads and writes the workbook only through commands and this port.
 */
import type { Text } from '../engine/core/text';
import type { Workbook } from '../host/port';
import type { Lang } from './i18n';

export type PaneHostKind = 'excel' | 'wps' | 'preview';
export type ThemeName = 'light' | 'dark' | 'contrast';

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

/** Something the host tells the user for as long as the pane is open (WPS: the PERF functions are unavailable). */
export interface HostNotice {
  readonly intent: 'info' | 'warning';
  readonly message: Text;
}

export interface PaneHost {
  readonly kind: PaneHostKind;
  readonly language: Lang;
  readonly theme: ThemeName;
  /** Shown beside the status line; none when absent. */
  readonly notices?: readonly HostNotice[];
  /** False where the host cannot report the sheet's selection, so 解释 says so instead of following it; true when absent. */
  readonly followsSelection?: boolean;
  /** The workbook to read (the preview swaps it when a file is opened). */
  workbook(): Workbook;
  /** Runs a command (anything that changes the workbook) on the workbook. */
  run<T>(work: (wb: Workbook) => Promise<T>): Promise<T>;
  /** Selects `address` on `sheet` in the workbook (activating the sheet). */
  select(sheet: string, address: string): Promise<void>;
  /** Tells `cb` of every selection change; resolves to the unsubscribe function. */
  onSelection(cb: (sel: Selection) => void): Promise<() => void>;
}

/** Light, dark or high contrast from the page's own signals (forced colours first, then the colour scheme). */
export function themeFromMedia(match: (query: string) => boolean): ThemeName {
  if (match('(forced-colors: active)')) return 'contrast';
  return match('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
