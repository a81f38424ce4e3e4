import { describe, expect, it } from 'vitest';
import { makeIssue, type CountyResult, type Issue } from '../../src/engine';
import { orderResults, warningRows, resultsSheetPlan, tierCounts, RESULTS_SHEET, TABLE_TOP } from '../../src/commands/results-layout';

const unit = (unit: string, group: CountyResult['group'], rank: number, rounded: number, tier: CountyResult['tier'], report = false): CountyResult => ({
  unit, group, rank, rounded, composite: rounded, tier, report, eligible: tier === '先进', vetoed: false, designated: false,
  explanation: { zh: `${unit} 说明`, en: `${unit} why` }, steps: [],
});

const results = [
  unit('古城甲', 'ancient-city', 1, 96, '先进'),
  unit('部门乙', 'department', 2, 80, '合格'),
  unit('部门甲', 'department', 1, 92.5, '先进'),
  unit('=SUM(1)', 'township', 1, 55, '不合格', true),
];
const warning: Issue = { code: 'ranking.tie', severity: 'warning', message: { zh: '并列', en: 'tie' } };
const stamp = { time: '2026-11-27T10:00:00.000Z', scheme: '县政府绩效管理（篇4）', hash: 'abcd1234', precision: 2 };

describe('results layout', () => {
  it('orders units by group (township, department, ancient-city) then rank', () => {
    expect(orderResults(results).map((r) => r.unit)).toEqual(['=SUM(1)', '部门甲', '部门乙', '古城甲']);
  });

  it('counts units per group and tier', () => {
    const c = tierCounts(results);
    expect(c.department).toEqual({ 先进: 1, 合格: 1, 不合格: 0 });
    expect(c.township.不合格).toBe(1);
  });

  it('lays out stamp, table, summary, warnings and chart data', () => {
    const plan = resultsSheetPlan(results, [warning], stamp);
    expect(plan.name).toBe(RESULTS_SHEET);
    const [, stampBlock, table, summary, warns] = plan.blocks;
    expect(stampBlock!.values[0]).toEqual(['运行时间 Run at', stamp.time, '方案 Scheme', stamp.scheme, '哈希 Hash', 'abcd1234']);
    expect(table!.row).toBe(TABLE_TOP);
    // No steps in these results: the parts are blank, bonus and deduction 0 (none claimed).
    expect(table!.values[1]).toEqual(['乡镇', 1, '=SUM(1)', 55, null, null, null, 0, 0, '不合格', '抄送', '=SUM(1) 说明', '=SUM(1) why']);
    expect(table!.textColumns).toContain(2);
    expect(summary!.row).toBe(TABLE_TOP + results.length + 2);
    expect(summary!.values.at(-1)).toEqual(['合计 Total', 2, 1, 1, 4]);
    expect(warns!.values[1]).toEqual(['ranking.tie', '并列', 'tie', '']);
  });

  it('colours tiers by a conditional format over the whole tier column, not cell by cell', () => {
    const plan = resultsSheetPlan(results, [], stamp);
    expect(plan.conditional[0]).toEqual({
      range: `J${TABLE_TOP + 1}:J${TABLE_TOP + 4}`,
      rules: [
        { equals: '先进', fill: '#C6EFCE', font: '#006100' },
        { equals: '合格', fill: '#DDEBF7', font: '#1F3864' },
        { equals: '不合格', fill: '#FFC7CE', font: '#9C0006' },
      ],
    });
  });

  it('charts composites with one series per tier', () => {
    const plan = resultsSheetPlan(results, [], stamp);
    expect(plan.chart?.series.map((s) => s.name)).toEqual(['先进', '合格', '不合格']);
    expect(plan.chart?.categories).toBe(`O${TABLE_TOP + 1}:O${TABLE_TOP + 4}`);
    const data = plan.blocks.find((b) => b.col === 15)!;
    expect(data.values[1]).toEqual(['=SUM(1)', null, null, 55]);
  });

  it('writes no chart and no colours for an empty result', () => {
    const plan = resultsSheetPlan([], [], stamp);
    expect(plan.chart).toBeUndefined();
    expect(plan.conditional).toEqual([]);
  });

  it('leaves out the chart and its data where the host has no charts', () => {
    const plan = resultsSheetPlan(results, [], stamp, { charts: false });
    expect(plan.chart).toBeUndefined();
    expect(plan.blocks.some((b) => b.col === 15)).toBe(false);
  });
});


describe('warningRows', () => {
  const coerced = makeIssue('cell.coerced', { value: '1,234', number: 1234 }, { sheet: '汇总', cell: 'C2', field: '指标评估', row: 2 }, 'info');
  const tie: Issue = { code: 'ranking.tie-at-quota', severity: 'warning', message: { zh: '并列', en: 'tie' }, group: 'township' };

  it('lists info notes in their own block below the warnings, each with sheet!cell', () => {
    const rows = warningRows([coerced, tie]);
    expect(rows[0]).toEqual(['警告 Warnings', '中文', 'English', '位置 Where']);
    expect(rows[1]?.[0]).toBe('ranking.tie-at-quota');
    expect(rows.findIndex((r) => r[0] === '提示 Notes')).toBe(3);
    expect(rows[4]?.[0]).toBe('cell.coerced');
    expect(rows[4]?.[3]).toBe('汇总!C2');
  });

  it('says none for warnings when there are only notes, and quotes a sheet name with a space', () => {
    const rows = warningRows([{ ...coerced, sheet: 'My Sheet' }]);
    expect(rows[0]?.slice(0, 2)).toEqual(['警告 Warnings', '无 none']);
    expect(rows.at(-1)?.[3]).toBe("'My Sheet'!C2");
  });
});
