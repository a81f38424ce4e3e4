/**
 * Opening the task pane in WPS: the same pane build as Excel's (taskpane.html beside the entry page), created once
 * with Application.CreateTaskPane — or CreateTaskpane, the spelling some WPS documents use: whichever exists — docked
 * right, and shown again by its id (kept in PluginStorage, shared by the add-in's pages) on later clicks.
 */
import { HostError } from '../host/errors';
import type { WpsRoot, WpsTaskPane } from '../host/wps/globals';

export const PANE_ID_KEY = 'perf.wps.taskpane';
const DOCK_RIGHT = 2; // msoCTPDockPositionRight

function known(root: WpsRoot): WpsTaskPane | undefined {
  const id = Number(root.PluginStorage?.getItem(PANE_ID_KEY));
  if (!Number.isInteger(id) || typeof root.GetTaskPane !== 'function') return undefined;
  try {
    return root.GetTaskPane(id) ?? undefined;
  } catch {
    return undefined; // a pane of an earlier session: create a new one
  }
}

/** Shows the pane (creating it the first time) and returns it. */
export function openPane(root: WpsRoot, url: string): WpsTaskPane {
  const existing = known(root);
  if (existing) {
    existing.Visible = true;
    return existing;
  }
  const create = root.CreateTaskPane ?? root.CreateTaskpane;
  if (typeof create !== 'function') {
    throw new HostError('pane-unavailable', { host: 'WPS', missing: 'CreateTaskPane' });
  }
  const pane = create.call(root, url, '绩效');
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  root.PluginStorage?.setItem(PANE_ID_KEY, String(pane.ID));
  return pane;
}
