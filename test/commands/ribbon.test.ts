import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastStatus, onStatus, type CommandStatus } from '../../src/commands';
import { errorText, runFromRibbon } from '../../src/commands/ribbon-run';
import { HostError } from '../../src/host/errors';
import { FakeExcel } from '../host/excel-fake';
import { generatedSummary } from './fixtures';
import { engineerRows } from './excel-harness';

const ok = { ok: true, text: { zh: '完成', en: 'done' } };

describe('runFromRibbon', () => {
  it('says it is working, then how it ended, and calls completed once', async () => {
    const seen: CommandStatus[] = [];
    const off = onStatus((s) => seen.push(s));
    const completed = vi.fn();
    const showPane = vi.fn(async () => {});
    await runFromRibbon('rankAndTier', async () => 1, () => ok, { showPane }, completed);
    off();
    expect(seen.map((s) => s.state)).toEqual(['running', 'done']);
    expect(seen[0]?.message.zh).toBe('正在排名定档…');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showPane).not.toHaveBeenCalled();
    expect(lastStatus()?.state).toBe('done');
  });

  it('shows a failure (issues found) in the task pane', async () => {
    const showPane = vi.fn(async () => {});
    const completed = vi.fn();
    await runFromRibbon('validateSubmission', async () => 1, () => ({ ok: false, text: { zh: '3 个错误', en: '3 errors' } }), { showPane }, completed);
    expect(lastStatus()).toMatchObject({ state: 'failed', message: { zh: '3 个错误' } });
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('never swallows an error: it is published with its own text, the pane opens, completed is still called', async () => {
    const showPane = vi.fn(async () => {});
    const completed = vi.fn();
    const err = new HostError('host-failed', { host: 'Excel', detail: 'busy' });
    await runFromRibbon('insertTemplate', async () => { throw err; }, () => ok, { showPane }, completed);
    expect(lastStatus()).toMatchObject({ command: 'insertTemplate', state: 'failed', message: { zh: 'Excel 报告错误：busy', en: 'Excel reported an error: busy' } });
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('calls completed even when the pane cannot open', async () => {
    const completed = vi.fn();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await runFromRibbon('rankAndTier', async () => { throw new Error('boom'); }, () => ok, { showPane: async () => { throw new Error('no pane'); } }, completed);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastStatus()?.message.en).toContain('boom');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('turns any thrown value into a readable message', () => {
    expect(errorText(new Error('x'))).toEqual({ zh: '出错了：x', en: 'Something went wrong: x' });
    expect(errorText('y').en).toContain('y');
  });
});

describe('excel-ribbon (Office.actions.associate)', () => {
  const associated = new Map<string, (e: { completed: () => void }) => Promise<void>>();
  let x: FakeExcel;
  let showAsTaskpane: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    associated.clear();
    showAsTaskpane = vi.fn(async () => {});
    vi.stubGlobal('Office', {
      HostType: { Excel: 'Excel' },
      onReady: (cb: (info: { host: string }) => void) => Promise.resolve(cb({ host: 'Excel' })),
      actions: { associate: (name: string, fn: (e: { completed: () => void }) => Promise<void>) => associated.set(name, fn) },
      addin: { showAsTaskpane },
      context: { requirements: { isSetSupported: () => true } },
    });
    vi.stubGlobal('Excel', { run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => x.run(batch) });
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('binds the four ribbon actions by the manifest’s names', async () => {
    await import('../../src/commands/excel-ribbon');
    await Promise.resolve();
    expect([...associated.keys()].sort()).toEqual(['generateNotice', 'insertTemplate', 'rankAndTier', 'validateSubmission']);
  });

  it('rankAndTier from the ribbon writes 排名结果 in Excel and completes the event', async () => {
    x = FakeExcel.from({ 汇总: generatedSummary(12).map((r) => r.map((v) => v ?? '')) as (string | number)[][] });
    await import('../../src/commands/excel-ribbon');
    const { lastStatus } = await import('../../src/commands/status');
    const completed = vi.fn();
    await associated.get('rankAndTier')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(x.sheets.map((s) => s.name)).toContain('排名结果');
    expect(lastStatus()).toMatchObject({ command: 'rankAndTier', state: 'done' });
  });

  it('validateSubmission from the ribbon marks cells, reports the errors and opens the pane', async () => {
    x = FakeExcel.from({ 工程师: engineerRows(20) as (string | number)[][] });
    await import('../../src/commands/excel-ribbon');
    const { lastStatus } = await import('../../src/commands/status');
    const completed = vi.fn();
    await associated.get('validateSubmission')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastStatus()).toMatchObject({ command: 'validateSubmission', state: 'failed' });
    expect(lastStatus()?.message.zh).toContain('2 个错误');
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(x.cell('工程师', 'B2')?.fill).toBe('#FFC7CE');
  });

  it('insertTemplate from the ribbon adds the template for the workbook’s scheme', async () => {
    x = FakeExcel.from({ Sheet1: [['']] });
    await import('../../src/commands/excel-ribbon');
    const { lastStatus } = await import('../../src/commands/status');
    const completed = vi.fn();
    await associated.get('insertTemplate')!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(x.sheets.map((s) => s.name)).toContain('县绩效汇总表模板');
    expect(lastStatus()).toMatchObject({ command: 'insertTemplate', state: 'done' });
  });
});
