// @vitest-environment jsdom
import '../test-dom';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankAndTier } from '../../commands';
import { MemoryWorkbook } from '../../host/memory';
import { countySampleSheets } from '../../samples';
import { rankView } from '../model';
import { renderIn } from '../test-render';
import { ResultsSection } from './Results';

afterEach(cleanup);

describe('结果', () => {
  it('shows per group the ranked units, tiers, 抄送, a chart with the 先进 line, and the warnings', async () => {
    const view = rankView(await rankAndTier(MemoryWorkbook.fromSheets(countySampleSheets())));
    const onPick = vi.fn();
    renderIn(<ResultsSection view={view} selected={null} onPick={onPick} />);
    const dept = view.groups.find((g) => g.code === 'department')!;
    const table = screen.getByRole('table', { name: '部门' });
    expect(within(table).getAllByRole('row')).toHaveLength(dept.units.length + 1);
    expect(within(table).getAllByText('抄送')).toHaveLength(2); // the header, and 矿管办: under 60 and among the last three
    const chart = screen.getByRole('img', { name: '得分图（按档次着色）：部门' });
    const cut = Math.min(...dept.units.filter((u) => u.tier === '先进').map((u) => u.score));
    expect(chart.textContent).toContain(`先进线 ${cut}`);
    expect(chart.querySelectorAll('rect')).toHaveLength(dept.units.length);
    expect(screen.getByRole('heading', { name: '警告' })).toBeTruthy();
    expect(screen.getByText(/教育局、卫生局/)).toBeTruthy();
    await userEvent.click(within(table).getByRole('button', { name: '公安局' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ name: '公安局' }));
  });

  it('says there is nothing yet, or why the ranking stopped', () => {
    renderIn(<ResultsSection view={null} selected={null} onPick={() => {}} />, 'en');
    expect(screen.getByText('No results yet: click 排名定档')).toBeTruthy();
  });
});
