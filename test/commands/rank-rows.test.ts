import { describe, expect, it } from 'vitest';
import { engineerPreset, rankValues, scoreEngineerSheet, scoreStaffSheet, staffPreset } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { rankAndTier, RESULTS_SHEET } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { engineerResults, engineerSheet, staffResults } from './fixtures';

const origin = (sheet: string) => ({ sheet, row: 1, col: 1 });

describe('rankAndTier with the engineer scheme', () => {
  it('writes each engineer’s engine score and rank to 排名结果, best first', async () => {
    const rows = [...engineerSheet(), ['王工', 0, 0, 100, 100, 2]];
    const wb = MemoryWorkbook.fromSheets({ 工程师: rows });
    const out = await rankAndTier(wb, { scheme: 'engineer' });
    const scored = scoreEngineerSheet(rows, origin('工程师'), engineerPreset).results;
    expect(out.written).toBe(RESULTS_SHEET);
    expect(engineerResults(out).map((p) => [p.name, p.rounded])).toEqual(scored.map((s) => [s.name, s.rounded]));
    expect(engineerResults(out).map((p) => p.rank)).toEqual(rankValues(scored.map((s) => s.score), 'competition', 2));
    const table = wb.values(RESULTS_SHEET).slice(TABLE_TOP - 1, TABLE_TOP + 3).map((r) => r.slice(0, 7));
    expect(table[0]).toEqual(['排名 Rank', '姓名 Name', '得分 Score', '工作质量（40%） quality (40%)', '工作效率（20%） efficiency (20%)', '工作成本（20%） cost (20%)', '工作能力（20%） ability (20%)']);
    // 篇1 worked example beside its score: 2 rejections, 1 overdue, 103% cost, 1 paper → 90, 97, 97, 103 → 95.40.
    expect(table.find((r) => r[1] === '张工')?.slice(2)).toEqual([95.4, 90, 97, 97, 103]);
    expect(table.slice(1).map((r) => r[0])).toEqual([1, 2, 3]);
    expect(table.find((r) => r[1] === '张工')?.[2]).toBe(95.4);
  });

  it('returns each person’s engine steps, for the task pane’s 解释', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet() });
    const out = await rankAndTier(wb, { scheme: 'engineer' });
    const scored = scoreEngineerSheet(engineerSheet(), origin('工程师'), engineerPreset).results;
    expect(engineerResults(out).map((p) => p.steps)).toEqual(scored.map((s) => s.steps));
    expect(engineerResults(out)[0]?.steps.length).toBeGreaterThan(0);
  });

  it('marks a bad count and writes nothing', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet(true) });
    const out = await rankAndTier(wb, { scheme: 'engineer' });
    expect(out.written).toBeNull();
    expect(wb.fill('工程师', 'B3')).toBe('#FFC7CE');
  });
});

describe('rankAndTier with the staff scheme', () => {
  it('writes both ranks (全部排名, 部门内排名), final score, wage float and amount from the engine (篇3 seed: 95 − 5 → 90 → −10%)', async () => {
    const rows = [
      ['姓名', '部门', '类别', '月底打分', '日考核得分', '绩效工资'],
      ['李明', '行政部', '后勤', 95, -5, 3000],
      ['赵丽', '行政部', '后勤', 98, 10, 3000],
      ['王强', '车间', '后勤', 100, 0, 3000],
    ];
    const wb = MemoryWorkbook.fromSheets({ 员工: rows });
    const out = await rankAndTier(wb, { scheme: 'staff' });
    const scored = scoreStaffSheet(rows, origin('员工'), staffPreset).results;
    expect(staffResults(out).map((p) => [p.name, p.rounded, p.float, p.amount])).toEqual(scored.map((s) => [s.name, s.rounded, s.float, s.amount]));
    const li = wb.values(RESULTS_SHEET).find((r) => r[1] === '李明')!;
    const header = wb.values(RESULTS_SHEET)[TABLE_TOP - 1]!;
    expect(header.slice(0, 12)).toEqual([
      '排名 Rank', '姓名 Name', '部门 Department', '部门内排名 Dept. rank', '类别 Category', '最终得分 Score',
      '月底打分 month-end', '日考核得分 daily', '加分 bonus', '扣分 deduction', '浮动 Float', '浮动金额 Amount',
    ]);
    // 篇3: month-end 95 and daily −5 make 90, −10%.
    expect(li.slice(0, 12)).toEqual([3, '李明', '行政部', 2, '后勤', 90, 95, -5, null, null, -0.1, -300]);
    expect(wb.values(RESULTS_SHEET).find((r) => r[1] === '王强')!.slice(0, 6)).toEqual([2, '王强', '车间', 1, '后勤', 100]);
  });
});

describe('rankAndTier with the fiscal scheme', () => {
  it('finds no self-evaluation table in a sheet naming only 项目名称, and adds no sheet', async () => {
    const wb = MemoryWorkbook.fromSheets({ 表: [['项目名称']] });
    const out = await rankAndTier(wb, { scheme: 'fiscal' });
    expect(out.issues[0]?.code).toBe('command.no-table');
    expect(out.issues[0]?.message.zh).toContain('项目支出绩效自评表');
    expect(await wb.sheetNames()).toEqual(['表']);
  });
});
