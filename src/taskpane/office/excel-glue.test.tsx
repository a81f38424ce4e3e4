// @vitest-environment jsdom
/** The pane's Excel glue against office-addin-mock (test/host/excel-fake.ts): a clicked issue selects its cell; 解释 follows Excel's selection. */
import '../test-dom';
import { webLightTheme } from '@fluentui/react-components';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeExcel } from '../../../test/host/excel-fake';
import { App } from '../App';
import { excelPaneHost, officeThemeName, selectRange } from './excel-glue';

afterEach(cleanup);

const summary = [
  ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格'],
  ['南牛乡', '乡镇', 84, '', 9, 2, 0, '', ''],
  ['新城铺镇', '乡镇', 70, '', 8, 0, 1, '', ''],
  ['县财政局', '部门', 55, 27, 9, 1, 0, '', ''],
  ['县教育局', '部门', 50, 25, 8, 0, 0, '', ''],
  ['古城一', '古城', 68, '', 29, '', '', '', ''],
  ['古城二', '古城', 60, '', 25, '', '', '', ''],
  ['古城三', '古城', 65, '', 28, '', '', '', ''],
];

describe('Excel glue', () => {
  it('selects an issue’s cell with Range.select on its sheet, activating it, in one sync', async () => {
    const fake = FakeExcel.from({ 汇总: summary, 说明: [['x']] });
    await selectRange(fake.run, '汇总', 'C3');
    expect(fake.selection).toEqual({ sheet: '汇总', address: 'C3' });
    expect(fake.active).toBe('汇总');
    expect(fake.syncs).toBe(1);
  });

  it('takes Office’s theme: dark on a dark body, high contrast when colours are forced', () => {
    expect(officeThemeName('#FFFFFF', false)).toBe('light');
    expect(officeThemeName('#262626', false)).toBe('dark');
    expect(officeThemeName('#262626', true)).toBe('contrast');
    expect(officeThemeName(undefined, false)).toBe('light');
  });

  it('ranks through the Excel adapter, a click on an issue selects its cell, and 解释 follows Excel’s selection', async () => {
    const rows = summary.map((r) => [...r]);
    rows[4]![2] = 'abc'; // 县教育局's 指标评估: an error with its cell
    const fake = FakeExcel.from({ 汇总: rows });
    const host = excelPaneHost({ run: fake.run, language: 'zh', theme: 'light' });
    render(<App host={host} theme={webLightTheme} />);
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await userEvent.click(await screen.findByRole('button', { name: '转到单元格 汇总!C5' }));
    await waitFor(() => expect(fake.selection).toEqual({ sheet: '汇总', address: 'C5' }));

    rows[4]![2] = 50;
    fake.sheet('汇总').cells.set('C5', { value: 50 });
    await userEvent.click(screen.getByRole('button', { name: '排名定档' }));
    await waitFor(() => expect(document.querySelector('[data-group="township"]')).not.toBeNull());
    await act(async () => {
      await fake.select('汇总', 'A4:I4'); // 县财政局's row, as the user clicks it in Excel
    });
    await userEvent.click(screen.getByRole('tab', { name: '解释' }));
    await waitFor(() => expect(document.querySelector('[data-unit]')?.getAttribute('data-unit')).toBe('县财政局'));
  });
});
