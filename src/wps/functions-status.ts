/**
 * Whether the PERF functions could be registered in this WPS, kept in the add-in's PluginStorage (shared by all its
 * pages), so the task pane — another page — can say so. Small on purpose: the pane imports it without the registry.
 */
import type { Text } from '../engine/core/text';
import type { WpsRoot } from '../host/wps/globals';

export interface FunctionsStatus {
  readonly available: boolean;
  /** Why not, when not available (Chinese and English). */
  readonly reason?: Text;
  /** The names registered, PERF.ENGINEER and the Chinese ones alike. */
  readonly registered: readonly string[];
  /** The WPS version read, when it could be. */
  readonly version?: string;
}

export const FUNCTIONS_STATUS_KEY = 'perf.wps.functions';

export function saveFunctionsStatus(root: WpsRoot, status: FunctionsStatus): void {
  root.PluginStorage?.setItem(FUNCTIONS_STATUS_KEY, JSON.stringify(status));
}

/** The status the entry page recorded; undefined before it ran (or outside WPS). */
export function readFunctionsStatus(root: WpsRoot): FunctionsStatus | undefined {
  const raw = root.PluginStorage?.getItem(FUNCTIONS_STATUS_KEY);
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    return JSON.parse(raw) as FunctionsStatus;
  } catch {
    return undefined;
  }
}
