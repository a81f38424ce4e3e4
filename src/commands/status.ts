import type { Text } from '../engine';

/** The ribbon commands' status, shared with the task pane (same shared runtime, same globalThis). */
export interface CommandStatus {
  readonly command: 'rankAndTier' | 'validateSubmission' | 'insertTemplate';
  readonly state: 'running' | 'done' | 'failed';
  readonly message: Text;
  /** ISO time of the change. */
  readonly at: string;
}

type Listener = (s: CommandStatus) => void;

/** localStorage key of the last status, so a task pane opened later still shows how the last command ended. */
export const STATUS_KEY = 'perf.commandStatus';

const listeners = new Set<Listener>();
let last: CommandStatus | undefined;

/** Records a status, tells every listener (the task pane), and keeps it in localStorage where there is one. */
export function publishStatus(s: CommandStatus): void {
  last = s;
  for (const l of listeners) l(s);
  try {
    globalThis.localStorage?.setItem(STATUS_KEY, JSON.stringify(s));
  } catch {
    // Storage may be disabled (private mode); listeners and lastStatus() still carry the status.
  }
}

export function lastStatus(): CommandStatus | undefined {
  if (last) return last;
  try {
    const raw = globalThis.localStorage?.getItem(STATUS_KEY);
    return raw ? (JSON.parse(raw) as CommandStatus) : undefined;
  } catch {
    return undefined;
  }
}

/** Subscribes to status changes; returns the unsubscribe function. */
export function onStatus(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
