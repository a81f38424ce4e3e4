// @vitest-environment jsdom
import '../test-dom';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../engine';
import { renderIn } from '../test-render';
import { IssuesSection } from './Issues';

afterEach(cleanup);

const issue = (severity: Issue['severity'], sheet: string | undefined, cell: string | undefined, zh: string): Issue => ({
  code: 'x', severity, message: { zh, en: `en ${zh}` }, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}),
});
const view = { from: 'validate' as const, sheet: '指标', label: { zh: '县绩效明细工作簿', en: 'detailed county workbook' }, issues: [
  issue('error', '指标', 'D7', '分值不是数字'), issue('warning', '单位', 'B3', '类别未知'), issue('info', '指标', 'E9', '读作 90'), issue('error', undefined, undefined, '缺少工作表'),
] };

describe('校验', () => {
  it('groups the issues by sheet, counts them by severity and filters by it', async () => {
    renderIn(<IssuesSection view={view} busy={false} onSelect={() => {}} onRevalidate={() => {}} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['指标', '单位', '（无工作表）']);
    await userEvent.click(screen.getByRole('button', { name: '错误 2' }));
    expect(screen.queryByText('分值不是数字')).toBeNull();
    expect(screen.getByText('读作 90')).toBeTruthy();
    expect(screen.getByRole('button', { name: '错误 2' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('selects an issue’s cell on click and validates the same sheet again', async () => {
    const onSelect = vi.fn();
    const onRevalidate = vi.fn();
    renderIn(<IssuesSection view={view} busy={false} onSelect={onSelect} onRevalidate={onRevalidate} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Go to cell 指标!D7' }));
    expect(onSelect).toHaveBeenCalledWith('指标', 'D7');
    await userEvent.click(screen.getByRole('button', { name: 'Validate again' }));
    expect(onRevalidate).toHaveBeenCalledWith('指标');
    expect(screen.getByText('en 分值不是数字')).toBeTruthy();
  });
});
