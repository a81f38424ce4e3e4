/**
 * The command status between pages: WPS runs the ribbon in its entry page and the pane in another, so a status
 * stored by one is heard by the other through the `storage` event; a value that is not a status is never shown.
 */
import { describe, expect, it } from 'vitest';
import { lastStatus, onStatus, STATUS_KEY, type CommandStatus } from '../../src/commands';
import { parseStatus, type StorageEvents } from '../../src/commands/status';

const status = (zh: string): CommandStatus => ({ command: 'rankAndTier', state: 'done', message: { zh, en: zh }, at: '2026-01-05T08:00:00.000Z' });

/** A window's storage events, as another page's writes raise them. */
function pageEvents() {
  const target = new EventTarget();
  const events: StorageEvents = {
    addEventListener: (_t, l) => target.addEventListener('storage', l as unknown as EventListener),
    removeEventListener: (_t, l) => target.removeEventListener('storage', l as unknown as EventListener),
  };
  const stored = (key: string | null, newValue: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
  return { events, stored };
}

describe('onStatus across pages', () => {
  it('hears a status another page stored, and lastStatus gives it', () => {
    const { events, stored } = pageEvents();
    const seen: CommandStatus[] = [];
    const off = onStatus((s) => seen.push(s), events);
    stored(STATUS_KEY, JSON.stringify(status('排名定档完成')));
    expect(seen.map((s) => s.message.zh)).toEqual(['排名定档完成']);
    expect(lastStatus()?.message.zh).toBe('排名定档完成');
    off();
  });

  it('ignores other keys, a cleared key and values that are not a status', () => {
    const { events, stored } = pageEvents();
    const seen: CommandStatus[] = [];
    const off = onStatus((s) => seen.push(s), events);
    stored('perf.wps.taskpane', JSON.stringify(status('别的键')));
    stored(STATUS_KEY, null);
    stored(STATUS_KEY, '{not json');
    stored(STATUS_KEY, JSON.stringify({ ...status('x'), state: 'finished' }));
    stored(STATUS_KEY, JSON.stringify({ ...status('x'), message: '完成' }));
    expect(seen).toEqual([]);
    off();
  });

  it('stops hearing other pages once unsubscribed', () => {
    const { events, stored } = pageEvents();
    const seen: CommandStatus[] = [];
    onStatus((s) => seen.push(s), events)();
    stored(STATUS_KEY, JSON.stringify(status('之后')));
    expect(seen).toEqual([]);
  });
});

describe('parseStatus', () => {
  it('reads back what publishStatus stores', () => {
    expect(parseStatus(JSON.stringify(status('完成')))).toEqual(status('完成'));
    expect(parseStatus(null)).toBeUndefined();
    expect(parseStatus('null')).toBeUndefined();
  });
});
