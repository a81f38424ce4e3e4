import { describe, expect, it } from 'vitest';
import { engineerPreset, hashOf, rankValues, scoreSelfEvalSheet, staffPreset, type CellValue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { rankAndTier, RESULTS_SHEET, validateSubmission } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { countyResults, engineerResults, engineerSheet, fiscalResults, smallSummary, staffResults, SUMMARY_HEADER } from './fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const INSTRUCTIONS = [['填表说明 Instructions'], ['请在“汇总”表填写各单位得分。']];
const errors = (issues: readonly { code: string; severity: string }[]): string[] => issues.filter((i) => i.severity === 'error').map((i) => i.code);

describe('rankAndTier finds the table on another sheet', () => {
  it('uses the first sheet whose header matches when the active one (说明) has no table, and says which', async () => {
    const wb = MemoryWorkbook.fromSheets({ 说明: INSTRUCTIONS, 汇总: smallSummary() });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(RESULTS_SHEET);
    expect(out.source).toMatchObject({ layout: 'summary', sheet: '汇总' });
    expect(countyResults(out)).toHaveLength(8);
    const note = out.issues.find((i) => i.code === 'command.table-elsewhere');
    expect(note).toMatchObject({ severity: 'info', sheet: '汇总' });
    expect(note?.message.zh).toContain('汇总');
  });

  it('does not look elsewhere when the sheet is named', async () => {
    const wb = MemoryWorkbook.fromSheets({ 说明: INSTRUCTIONS, 汇总: smallSummary() });
    const out = await rankAndTier(wb, { now: NOW, sheet: '说明' });
    expect(out.written).toBeNull();
    expect(errors(out.issues)).toEqual(['command.no-table']);
  });

  it('when no sheet holds a table, suggests selecting it or naming the sheet (--sheet)', async () => {
    const out = await rankAndTier(MemoryWorkbook.fromSheets({ 说明: INSTRUCTIONS, 备注: [['无关 unrelated']] }), { now: NOW });
    expect(errors(out.issues)).toEqual(['command.no-table']);
    expect(out.issues[0]?.message.zh).toMatch(/选中.*--sheet/);
    expect(out.issues[0]?.message.en).toMatch(/select the table or name its sheet \(CLI: --sheet\)/);
  });
});

describe('a missing required column is named', () => {
  const noLeader = (header: CellValue[]): CellValue[][] => [header, ['南牛乡', '乡镇', 84, null, 2], ['县财政局', '部门', 55, 27, 1]];

  it('rank: a county summary without 领导评估 reports table.missing-column naming it', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: noLeader(['单位', '类别', '指标评估', '公众评估', '加分']) });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    expect(errors(out.issues)).toEqual(['table.missing-column']);
    expect(out.issues[0]?.message.zh).toContain('领导评估');
    expect(out.issues[0]?.sheet).toBe('汇总');
  });

  it('rank: an English header without "leader" is named too (found on another sheet)', async () => {
    const wb = MemoryWorkbook.fromSheets({ notes: INSTRUCTIONS, data: noLeader(['unit', 'group', 'indicator', 'public', 'bonus']) });
    const out = await rankAndTier(wb, { now: NOW });
    expect(errors(out.issues)).toEqual(['table.missing-column']);
    expect(out.issues[0]?.message.en).toMatch(/leader/i);
    expect(out.issues[0]?.sheet).toBe('data');
  });

  it('validate: the summary without 领导评估 is recognised and the column named, not "cannot tell"', async () => {
    const out = await validateSubmission(MemoryWorkbook.fromSheets({ 汇总: noLeader(['单位', '类别', '指标评估', '公众评估', '加分']) }));
    expect(out.type).toBe('county-summary');
    expect(errors(out.issues)).toEqual(['table.missing-column']);
    expect(out.issues[0]?.message.zh).toContain('领导评估');
  });

  it('a sheet naming only the unit column stays "not found"', async () => {
    const out = await rankAndTier(MemoryWorkbook.fromSheets({ 名单: [['单位'], ['南牛乡']] }), { now: NOW });
    expect(errors(out.issues)).toEqual(['command.no-table']);
  });
});

describe('rankAndTier recognises the scheme from the headers when none is chosen or stored', () => {
  it('an engineer monthly sheet is ranked with the engineer preset', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet() });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(RESULTS_SHEET);
    expect(engineerResults(out).find((p) => p.name === '张工')?.rounded).toBe(95.4);
    expect(out.stamp?.hash).toBe(hashOf(engineerPreset));
  });

  it('a staff monthly sheet is ranked with the staff preset (篇3: 95 − 5 → 90 → −10%)', async () => {
    const wb = MemoryWorkbook.fromSheets({ 员工: [['姓名', '部门', '类别', '月底打分', '日考核得分', '绩效工资'], ['李明', '行政部', '后勤', 95, -5, 3000]] });
    const out = await rankAndTier(wb, { now: NOW });
    expect(staffResults(out)[0]).toMatchObject({ name: '李明', rounded: 90, float: -0.1 });
    expect(out.stamp?.hash).toBe(hashOf(staffPreset));
  });

  it('a county summary is still ranked as county', async () => {
    const out = await rankAndTier(MemoryWorkbook.fromSheets({ 汇总: [SUMMARY_HEADER, ['南牛乡', '乡镇', 84, null, 9, 2, 0, null, null]] }), { now: NOW });
    expect(countyResults(out).map((r) => r.unit)).toEqual(['南牛乡']);
  });
});

describe('rankAndTier with the fiscal scheme (FISCAL.md §3–4)', () => {
  const HEADER = ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'];
  const _ = null;
  const project = (name: string, first: number): CellValue[][] => [
    [name, 100, 90, '产出', '数量', '维修里程', '≥50公里', 20, first, _, _],
    [_, _, _, _, '质量', '验收合格率', '=100%', 15, '100%', _, _],
    [_, _, _, _, '成本', '单位成本', '≤90万元', 15, 100, _, _],
    [_, _, _, '效益', '社会', '通行时间', '明显缩短', 30, _, '达成', 90],
    [_, _, _, '满意度', '服务对象满意度', '群众满意度', '≥90%', 10, '95%', _, _],
  ];
  const rows = [HEADER, ...project('乙', 38), ...project('甲', 45)];

  it('grades each project 优良中差 with its suggestion and ranks by the engine score', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: rows });
    const out = await rankAndTier(wb, { scheme: 'fiscal', now: NOW });
    const engine = scoreSelfEvalSheet(rows, { sheet: '自评', row: 1, col: 1 }).results;
    expect(out.written).toBe(RESULTS_SHEET);
    expect(fiscalResults(out).map((p) => [p.name, p.rounded, p.grade, p.suggestion.zh])).toEqual(engine.map((e) => [e.name, e.rounded, e.grade, e.suggestion?.zh]));
    expect(fiscalResults(out).map((p) => p.rank)).toEqual(rankValues(engine.map((e) => e.score!), 'competition', 2));
    const table = wb.values(RESULTS_SHEET).slice(TABLE_TOP - 1, TABLE_TOP + 2).map((r) => r.slice(0, 9));
    // FISCAL.md §3: the score beside its parts — execution, 产出, 效益, 满意度 — then the grade (§4).
    expect(table[0]).toEqual(['排名 Rank', '项目 Project', '得分 Score', '预算执行 execution', '产出 output', '效益 benefit', '满意度 satisfaction', '等级 Grade', '结果应用建议']);
    const parts = (r: unknown[]) => (r.slice(3, 7) as number[]).reduce((a, b) => a + b, 0);
    expect(table[1]?.slice(0, 3)).toEqual([1, '甲', 92.5]);
    expect([table[1]?.[7], table[2]?.[7]]).toEqual(['优', '良']);
    expect(table.slice(1).map((r) => Number(parts(r).toFixed(2)))).toEqual([92.5, 89.7]);
  });

  it('a project with a bad cell stops the run and marks the cell', async () => {
    const bad = rows.map((r) => [...r]);
    bad[1]![8] = 'abc';
    const wb = MemoryWorkbook.fromSheets({ 自评: bad });
    const out = await rankAndTier(wb, { scheme: 'fiscal', now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.some((i) => i.severity === 'error' && i.cell === 'I2')).toBe(true);
  });
});
