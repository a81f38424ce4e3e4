// @vitest-environment jsdom
import '../test-dom';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../host/memory';
import type { Workbook } from '../../host/port';
import { FileWorkbook } from '../../host/xlsx';
import { consolidationMasterSheets, monthlyReportSamples } from '../../samples';
import type { PaneHost } from '../pane-host';
import { renderIn } from '../test-render';
import { MergeSection } from './Merge';

afterEach(cleanup);

const sample = monthlyReportSamples();

function hostOver(wb: Workbook): PaneHost {
  return {
    kind: 'preview', language: 'zh', theme: 'light',
    workbook: () => wb,
    run: (work) => work(wb),
    select: async () => {},
    onSelection: async () => () => {},
  };
}

async function fileOf(name: string, sheets: Record<string, unknown[][]>): Promise<File> {
  const bytes = await FileWorkbook.create(sheets as Parameters<typeof FileWorkbook.create>[0]).toBuffer();
  return new File([bytes as BlobPart], name);
}

describe('汇总 section', () => {
  it('reads the picked files in the page, merges them into the open workbook, shows each file’s state and the report', async () => {
    const wb = MemoryWorkbook.fromSheets(consolidationMasterSheets());
    const good = sample.reports[0]!;
    const bad = sample.reports.find((r) => r.flaw === 'error')!;
    const { container } = renderIn(<MergeSection host={hostOver(wb)} />);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.upload(input, [await fileOf(good.file, { [good.sheet]: good.values }), await fileOf(bad.file, { [bad.sheet]: bad.values }), new File(['x'], 'notes.txt')]);
    await userEvent.click(screen.getByRole('button', { name: '汇总（2）' }));
    expect(await screen.findByText('已汇总：1', {}, { timeout: 10_000 })).toBeTruthy();
    const files = within(screen.getByRole('list', { name: '文件' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(files).toEqual([`已汇总${good.file}`, `已隔离${bad.file}`]);
    expect(screen.getByText('已隔离（有错误，未汇总任何数据）：1')).toBeTruthy();
    const issues = within(screen.getByRole('list', { name: '问题' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(issues.some((t) => t.includes(`${bad.file} 月报!F11`))).toBe(true);
    expect(await wb.sheetNames()).toEqual(expect.arrayContaining(['月报汇总', '汇总情况']));
  }, 20_000);

  it('a file that cannot be opened is marked so; the others are still merged', async () => {
    const wb = MemoryWorkbook.fromSheets(consolidationMasterSheets());
    const good = sample.reports[1]!;
    const { container } = renderIn(<MergeSection host={hostOver(wb)} />, 'en');
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.upload(input, [await fileOf(good.file, { [good.sheet]: good.values }), new File(['not a workbook'], 'broken.xlsx')]);
    await userEvent.click(screen.getByRole('button', { name: 'Consolidate（2）' }));
    expect(await screen.findByText('Merged: 1', {}, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Files' })).getAllByRole('listitem')[1]!.textContent).toMatch(/^cannot openbroken\.xlsx/);
  }, 20_000);
});
