// @vitest-environment jsdom
import './test-dom';
import { webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { rankAndTier } from '../commands';
import { MemoryWorkbook } from '../host/memory';
import { countySampleSheets } from '../samples';
import { App } from './App';
import { startPreview } from './preview/slot';
import { countyResults } from '../../test/commands/fixtures';

afterEach(cleanup);

function renderPreview() {
  const { host, slot } = startPreview();
  render(<App host={host} theme={webLightTheme} preview={slot} />);
  return host;
}

describe('the pane in the offline preview', () => {
  it('opens in Chinese on the sample, its grid showing the first sheet', async () => {
    renderPreview();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('绩效');
    expect(await screen.findByRole('grid', { name: '单位' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '排名定档' })).toBeTruthy();
  });

  it('ranks the sample: each group’s tier counts are the engine’s, and 结果 shows them', async () => {
    renderPreview();
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    const expected = await rankAndTier(MemoryWorkbook.fromSheets(countySampleSheets()));
    for (const group of ['township', 'department', 'ancient-city']) {
      const section = await waitFor(() => {
        const s = document.querySelector(`[data-group="${group}"]`);
        if (!s) throw new Error(`no group ${group}`);
        return s as HTMLElement;
      });
      const advanced = countyResults(expected).filter((r) => r.group === group && r.tier === '先进').length;
      expect(section.querySelector('[data-tier="先进"]')?.getAttribute('data-count')).toBe(String(advanced));
    }
    expect(screen.getByRole('status').textContent).toContain('排名定档完成');
    expect(await screen.findByRole('grid', { name: '排名结果' })).toBeTruthy();
  });

  it('生成通报 writes the 通报 sheet of the sample and says so', async () => {
    renderPreview();
    await userEvent.click(screen.getByRole('button', { name: '生成通报' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已生成通报'));
    expect(await screen.findByRole('grid', { name: '通报' })).toBeTruthy();
  });

  it('switches to English and back', async () => {
    renderPreview();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Rank and tier' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Scheme' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('tab', { name: '方案' })).toBeTruthy();
  });

  it('explains the unit whose row is selected in the grid', async () => {
    renderPreview();
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await screen.findByRole('grid', { name: '排名结果' });
    await userEvent.click(screen.getByRole('tab', { name: '单位' }));
    const grid = await screen.findByRole('grid', { name: '单位' });
    const cell = within(grid).getByText('公安局');
    await userEvent.click(cell);
    await userEvent.click(screen.getByRole('tab', { name: '解释' }));
    const explained = await waitFor(() => {
      const s = document.querySelector('[data-unit]');
      if (!s) throw new Error('nothing explained');
      return s as HTMLElement;
    });
    expect(explained.getAttribute('data-unit')).toBe('公安局');
    expect(within(explained).getByText('已封顶')).toBeTruthy(); // 公安局 claims 4 + 2 bonus points; the cap keeps 4
    expect(cell.getAttribute('aria-selected')).toBe('true');
  });

  it('validates the active sheet and lists its issues by sheet; a click selects the cell in the grid', async () => {
    const host = renderPreview();
    await act(async () => {
      (host.workbook() as MemoryWorkbook).put('单位', 'B3', [['不存在的类别']]);
    });
    await userEvent.click(screen.getByRole('button', { name: '校验报送' }));
    const go = await screen.findAllByRole('button', { name: /^转到单元格 单位!B3/ });
    await userEvent.click(go[0]!);
    await waitFor(() => expect(document.querySelector('[data-cell="B3"]')?.getAttribute('aria-selected')).toBe('true'));
    expect(document.querySelector('[data-cell="B3"]')?.className).toBeTruthy();
  });
});
