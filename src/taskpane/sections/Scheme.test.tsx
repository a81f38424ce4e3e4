// @vitest-environment jsdom
import '../test-dom';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { storedScheme } from '../../commands';
import { hashOf, presets } from '../../engine';
import { MemoryWorkbook } from '../../host/memory';
import type { PaneHost } from '../pane-host';
import { renderIn } from '../test-render';
import { SchemeSection } from './Scheme';

afterEach(cleanup);

/** Types a whole value at once (one change event: the form validates per change). */
const typeInto = (el: HTMLElement, text: string) => fireEvent.change(el, { target: { value: text } });

function memoryHost(wb = MemoryWorkbook.fromSheets({ S: [] })): PaneHost {
  return { kind: 'preview', language: 'zh', theme: 'light', workbook: () => wb, run: (w) => w(wb), select: async () => {}, onSelection: async () => () => {} };
}

describe('方案', () => {
  it('shows the engine’s message beside the weights as they are typed, and refuses to save until they add up', async () => {
    const host = memoryHost();
    renderIn(<SchemeSection host={host} bookKey={0} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '方案来源' }), 'engineer');
    const quality = screen.getByRole('textbox', { name: '质量权重 %' });
    typeInto(quality, '45');
    expect((await screen.findAllByText(/weights sum to 105%, expected 100%|权重合计 105%/)).length).toBeGreaterThan(0);
    const save = screen.getByRole('button', { name: '保存到工作簿' });
    expect(save.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/items\.quality\.weight: 40 → 45/)).toBeTruthy();
    typeInto(screen.getByRole('textbox', { name: '效率权重 %' }), '15');
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    await userEvent.click(save);
    const stored = await storedScheme(host.workbook());
    expect(stored?.ok && stored.value.kind === 'engineer' && stored.value.items.quality.weight).toBe(45);
    expect(screen.getByTestId('scheme-hash').textContent).toBe(hashOf(stored?.ok ? stored.value : null));
  });

  it('marks a field that is not a number and keeps the scheme’s value', async () => {
    renderIn(<SchemeSection host={memoryHost()} bookKey={0} />);
    const line = screen.getByRole('textbox', { name: '不合格线（低于）' });
    typeInto(line, '六十');
    expect(screen.getByText('请输入数字')).toBeTruthy();
    expect(screen.getByTestId('scheme-hash').textContent).toBe(hashOf(presets.county));
    expect(screen.getByRole('button', { name: '保存到工作簿' }).hasAttribute('disabled')).toBe(true);
  });

  it('offers the workbook’s stored scheme first and resets to its preset', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    const host = memoryHost(wb);
    await host.run(async (w) => (await import('../../commands')).saveScheme(w, { ...presets.county, rankMode: 'dense' }));
    renderIn(<SchemeSection host={host} bookKey={0} />);
    await waitFor(() => expect((screen.getByRole('combobox', { name: '方案来源' }) as HTMLSelectElement).value).toBe('stored'));
    expect(screen.getByText(/rankMode: "competition" → "dense"/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '重置为预设' }));
    expect(screen.getByText(/与预设相同/)).toBeTruthy();
  });

  it('shows a group’s shares problem on the group (quota, floors and shares of 篇4)', async () => {
    renderIn(<SchemeSection host={memoryHost()} bookKey={0} />);
    const share = screen.getAllByRole('textbox', { name: '指标评估分值' })[0]!;
    typeInto(share, '95');
    expect((await screen.findAllByText(/105/)).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('textbox', { name: '先进名额比例（%）' })[0]).toBeTruthy();
  });
});
