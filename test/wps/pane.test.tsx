// @vitest-environment jsdom
/**
 * The task pane in WPS, over the fake ET in jsdom: it starts on the WPS adapter, its commands run on the workbook
 * open in WPS, a clicked issue selects its cell through the adapter, 解释 follows WPS's selection (or says it cannot),
 * the functions' status the entry page recorded is shown, and a ribbon command's status stored by the entry page
 * (another page) reaches the pane through the `storage` event.
 */
import '../../src/taskpane/test-dom';
import { webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET, STATUS_KEY, type CommandStatus } from '../../src/commands';
import { MemoryWorkbook } from '../../src/host/memory';
import { App } from '../../src/taskpane/App';
import { detectHost, pageSignals } from '../../src/taskpane/host-detect';
import { registerFunctions } from '../../src/wps/functions';
import { startWpsPane } from '../../src/wps/pane';
import { countyResults, smallSummary } from '../commands/fixtures';
import { FakeEt } from '../host/wps-fake/app';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A WPS page's globals over a fake ET holding 汇总 (and 说明); `events: false` is a WPS without ApiEvent. */
function wpsPage(opts: { events?: boolean } = {}) {
  const x = FakeEt.from({ 汇总: smallSummary(), 说明: [['本表为县级绩效考核']] });
  const stored = new Map<string, string>();
  const PluginStorage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
  // ET's Application without its ApiEvent member, as on builds that put ApiEvent nowhere
  const app = opts.events === false ? new Proxy(x, { get: (t, p) => (p === 'ApiEvent' ? undefined : Reflect.get(t, p, t)) }) : x;
  const wps = { PluginStorage, ...(opts.events === false ? {} : { ApiEvent: x.ApiEvent }) };
  return { x, globals: { wps, Application: app } };
}

function renderWps(globals: object) {
  const host = startWpsPane({ globals, language: 'zh', theme: 'light' });
  render(<App host={host} theme={webLightTheme} />);
  return host;
}

const advancedShown = (group: string): string | null | undefined => document.querySelector(`[data-group="${group}"] [data-tier="先进"]`)?.getAttribute('data-count');

describe('the task pane in WPS', () => {
  it('is detected from WPS’s globals and starts on the WPS adapter, without the offline page’s workbook', () => {
    const { globals } = wpsPage();
    expect(detectHost({ ...pageSignals(window), globals })).toBe('wps');
    const host = renderWps(globals);
    expect(host.kind).toBe('wps');
    expect(host.workbook().kind).toBe('wps');
    expect(screen.queryByRole('button', { name: '打开文件…' })).toBeNull();
  });

  it('ranks the sheet open in WPS: 排名结果 is written there, each group’s 先进 count is the engine’s', async () => {
    const { x, globals } = wpsPage();
    renderWps(globals);
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await waitFor(() => expect(advancedShown('township')).not.toBeUndefined());
    expect(x.state.map((s) => s.name)).toContain(RESULTS_SHEET);
    const expected = countyResults(await rankAndTier(MemoryWorkbook.fromSheets({ 汇总: smallSummary() })));
    for (const group of ['township', 'department', 'ancient-city']) {
      expect(advancedShown(group), group).toBe(String(expected.filter((r) => r.group === group && r.tier === '先进').length));
    }
  });

  it('selects an issue’s cell through the WPS adapter: its sheet activated, the cell selected', async () => {
    const { x, globals } = wpsPage();
    x.put('汇总', 'C5', [['五十五']]);
    renderWps(globals);
    await userEvent.click(screen.getByRole('button', { name: '校验报送' }));
    const go = await screen.findByRole('button', { name: /^转到单元格 汇总!C5/ });
    x.activeSheet = x.sheet('说明'); // the user has moved on meanwhile
    await userEvent.click(go);
    await waitFor(() => expect(x.selection).not.toBeNull());
    const sel = x.selection as { sheet: { name: string }; areas: unknown[] };
    expect(x.ActiveSheet?.Name).toBe('汇总');
    expect(sel.sheet.name).toBe('汇总');
    expect((x.Selection as { Address(r: boolean, c: boolean): string }).Address(false, false)).toBe('C5');
  });

  it('explains the unit whose row is selected in WPS (ApiEvent’s SheetSelectionChange)', async () => {
    const { x, globals } = wpsPage();
    renderWps(globals);
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await waitFor(() => expect(advancedShown('township')).not.toBeUndefined());
    await userEvent.click(screen.getByRole('tab', { name: '解释' }));
    expect(screen.getByText('在工作表中选中某行即可查看该单位的得分说明')).toBeTruthy();
    act(() => x.select('汇总', 'C5'));
    await waitFor(() => expect(document.querySelector('[data-unit]')?.getAttribute('data-unit')).toBe('县财政局'));
  });

  it('without ApiEvent, 解释 says it cannot follow the selection and the list still picks a unit', async () => {
    const { x, globals } = wpsPage({ events: false });
    const host = renderWps(globals);
    expect(host.followsSelection).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await waitFor(() => expect(advancedShown('township')).not.toBeUndefined());
    await userEvent.click(screen.getByRole('tab', { name: '解释' }));
    expect(screen.getByText('面板收不到工作表中的选择变化：请在此列表中选择单位')).toBeTruthy();
    expect(x.listenerCount('SheetSelectionChange')).toBe(0);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '选择单位或人员' }), '县财政局');
    await waitFor(() => expect(document.querySelector('[data-unit]')?.getAttribute('data-unit')).toBe('县财政局'));
  });

  it('shows that the PERF functions are unavailable when the entry page could not register them', () => {
    const { globals } = wpsPage();
    registerFunctions(globals.wps, globals.Application); // a WPS without AddCustomFunction: older than 12.1.0.20540
    renderWps(globals);
    expect(screen.getByText(/^PERF 函数需要 WPS 12\.1\.0\.20540 或更高版本/)).toBeTruthy();
  });

  it('says nothing of the functions when the entry page registered them all', () => {
    const { globals } = wpsPage();
    registerFunctions({ ...globals.wps, AddCustomFunction: () => {} }, globals.Application);
    renderWps(globals);
    expect(screen.queryByText(/PERF 函数/)).toBeNull();
  });

  it('shows the status a ribbon command stored from the entry page (another page: the storage event)', async () => {
    const { globals } = wpsPage();
    renderWps(globals);
    const status: CommandStatus = { command: 'validateSubmission', state: 'failed', message: { zh: '发现 2 个错误', en: '2 errors found' }, at: new Date().toISOString() };
    // What the entry page's publishStatus does, as this page hears it: the key written, then the event.
    act(() => {
      localStorage.setItem(STATUS_KEY, JSON.stringify(status));
      window.dispatchEvent(new StorageEvent('storage', { key: STATUS_KEY, newValue: JSON.stringify(status) }));
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('发现 2 个错误'));
    expect(screen.getByRole('status').querySelector('[data-state="failed"]')).not.toBeNull();
  });
});
