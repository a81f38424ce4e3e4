// @vitest-environment jsdom
import './test-dom';
import { webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../host/memory';
import { App } from './App';
import type { PaneHost } from './pane-host';
import { SLOW_MS } from './use-pane';

afterEach(cleanup);

describe('command progress and errors', () => {
  it('shows a progress bar once work takes over a second, and the outcome after', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [['x']] });
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const host: PaneHost = { kind: 'preview', language: 'zh', theme: 'light', workbook: () => wb, run: async (w) => (await gate, w(wb)), select: async () => {}, onSelection: async () => () => {} };
    render(<App host={host} theme={webLightTheme} />);
    await userEvent.click(screen.getByRole('button', { name: '校验报送' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy(), { timeout: SLOW_MS + 2000 });
    expect(screen.getByRole('button', { name: '排名定档' }).hasAttribute('disabled')).toBe(true);
    release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/无法从表头识别/);
  });

  it('shows a failing command’s error instead of swallowing it', async () => {
    const host: PaneHost = {
      kind: 'preview', language: 'en', theme: 'light', workbook: () => MemoryWorkbook.fromSheets({ S: [] }),
      run: async () => { throw new Error('Excel did not answer'); }, select: async () => {}, onSelection: async () => () => {},
    };
    render(<App host={host} theme={webLightTheme} />);
    await userEvent.click(screen.getByRole('button', { name: 'Rank and tier' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Something went wrong: Excel did not answer'));
    expect(screen.getByRole('status').querySelector('[data-state="failed"]')).not.toBeNull();
  });
});
