import type { Text } from '../engine';

/**
 * The ribbon commands' status, shared with the task pane: in Excel's shared runtime through this module's listeners
 * (one page, one globalThis); in WPS, whose ribbon runs in the entry page and the pane in another, through
 * localStorage and the `storage` event it raises in the add-in's other pages.
 */
export interface CommandStatus {
  readonly command: 'rankAndTier' | 'validateSubmission' | 'insertTemplate' | 'generateNotice';
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

const STATES: ReadonlySet<unknown> = new Set(['running', 'done', 'failed']);
const isText = (t: unknown): t is Text => typeof t === 'object' && t !== null && typeof (t as Text).zh === 'string' && typeof (t as Text).en === 'string';

/** A stored status, or undefined when `raw` is not one (another program's value under our key, a torn write). */
export function parseStatus(raw: string | null | undefined): CommandStatus | undefined {
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Partial<CommandStatus> | null;
    return s && typeof s.command === 'string' && STATES.has(s.state) && isText(s.message) && typeof s.at === 'string' ? (s as CommandStatus) : undefined;
  } catch {
    return undefined;
  }
}

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
    return parseStatus(globalThis.localStorage?.getItem(STATUS_KEY));
  } catch {
    return undefined;
  }
}

/** What a `storage` event says: which key another page wrote, and its new value. */
type StoredChange = { readonly key: string | null; readonly newValue: string | null };

/** Where another page's writes are heard: the window's `storage` event (absent outside a browser). */
export interface StorageEvents {
  addEventListener(type: 'storage', l: (e: StoredChange) => void): void;
  removeEventListener(type: 'storage', l: (e: StoredChange) => void): void;
}

const pageEvents = (): StorageEvents | undefined => {
  const g = globalThis as Partial<StorageEvents>;
  return typeof g.addEventListener === 'function' && typeof g.removeEventListener === 'function' ? (g as StorageEvents) : undefined;
};

/**
 * Subscribes to status changes: this page's, and those another page of the add-in stored (WPS's ribbon); returns
 * the unsubscribe function.
 */
export function onStatus(l: Listener, events: StorageEvents | undefined = pageEvents()): () => void {
  listeners.add(l);
  const stored = (e: StoredChange): void => {
    if (e.key !== STATUS_KEY) return;
    const s = parseStatus(e.newValue);
    if (!s) return;
    last = s;
    l(s);
  };
  events?.addEventListener('storage', stored);
  return () => {
    listeners.delete(l);
    events?.removeEventListener('storage', stored);
  };
}
