import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { validateSubmission } from '../../src/commands';
import { detailWorkbook, engineerSheet, smallSummary } from './fixtures';

const targetTable = (goal: string | null) => [
  ['项目名称', '主管部门', '项目单位', '资金总额', '财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'],
  ['农村道路养护', '县交通局', '县公路站', 100, 80, 20, goal, '产出', '数量指标', '养护里程', '≥50公里'],
  ['农村道路养护', null, null, null, null, null, null, '效益', '社会效益', '群众出行条件', '明显改善'],
  ['农村道路养护', null, null, null, null, null, null, '满意度', '服务对象满意度', '群众满意度', '≥90%'],
];

describe('validateSubmission', () => {
  it('recognises an engineer sheet and marks the bad cell with a note in both languages', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet(true) });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('engineer');
    expect(out.issues.map((i) => i.cell)).toContain('B3');
    expect(out.marked).toBeGreaterThan(0);
    expect(wb.fill('工程师', 'B3')).toBe('#FFC7CE');
    expect(wb.note('工程师', 'B3')).toMatch(/两次[\s\S]*\n/);
  });

  it('clears the previous validation’s marks before marking again', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet(true) });
    await validateSubmission(wb);
    wb.put('工程师', 'B3', [[0]]);
    const out = await validateSubmission(wb);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(wb.fill('工程师', 'B3')).toBeUndefined();
    expect(wb.note('工程师', 'B3')).toBeUndefined();
  });

  it('recognises a fiscal 绩效目标表 and names the blank 年度总体目标 cell', async () => {
    const wb = MemoryWorkbook.fromSheets({ 目标表: targetTable(null) });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('fiscal-targets');
    expect(out.issues.some((i) => i.cell === 'G2' && i.severity === 'error')).toBe(true);
    expect(wb.fill('目标表', 'G2')).toBe('#FFC7CE');
  });

  it('passes a clean 绩效目标表 with no error marks', async () => {
    const wb = MemoryWorkbook.fromSheets({ 目标表: targetTable('全年养护农村道路 50 公里') });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('fiscal-targets');
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('recognises a county summary table', async () => {
    const rows = smallSummary();
    rows[3]![1] = '街道';
    const wb = MemoryWorkbook.fromSheets({ 汇总: rows });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('county-summary');
    expect(out.issues.some((i) => i.cell === 'B4')).toBe(true);
  });

  it('validates the sheet asked for, not the active one', async () => {
    const wb = MemoryWorkbook.fromSheets({ 封面: [['封面']], 工程师: engineerSheet(true) });
    const out = await validateSubmission(wb, { sheet: '工程师' });
    expect(out.sheet).toBe('工程师');
    expect(out.type).toBe('engineer');
  });

  it('says it cannot tell the type when no header matches, and marks nothing', async () => {
    const wb = MemoryWorkbook.fromSheets({ 杂项: [['姓名', '电话'], ['张三', '123']] });
    const out = await validateSubmission(wb);
    expect(out.type).toBeNull();
    expect(out.issues[0]?.code).toBe('command.unknown-submission');
    expect(out.marked).toBe(0);
  });

  it('writes nothing but marks: values and sheets stay as they were', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet(true) });
    const before = wb.values('工程师');
    await validateSubmission(wb);
    expect(wb.values('工程师')).toEqual(before);
    expect(await wb.sheetNames()).toEqual(['工程师']);
  });

  it('recognises a unit’s monthly indicator report and names a bad target cell', async () => {
    const wb = MemoryWorkbook.fromSheets({ 月报: [
      ['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注'],
      ['南牛乡', '3月', '一般公共预算收入', 100, '≥', 10, 30, null],
      ['南牛乡', '3月', '安全事故', '零', '≤', 0, 0, null],
    ] });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('county-report');
    expect(out.issues.some((i) => i.cell === 'D3' && i.severity === 'error')).toBe(true);
    expect(wb.fill('月报', 'D3')).toBe('#FFC7CE');
  });

  it('recognises a monitoring table: 完全不可能 without 偏差原因 is an error on its row', async () => {
    const wb = MemoryWorkbook.fromSheets({ 监控: [
      ['项目名称', '全年预算数', '执行数', '月份', '三级指标', '指标值', '1-N月完成值', '全年预计完成值', '偏差原因', '完成预期'],
      ['农村道路养护', 100, 30, 6, '养护里程', '≥50公里', 10, 20, null, '完全不可能'],
    ] });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('fiscal-monitoring');
    expect(out.issues.some((i) => i.severity === 'error' && i.row === 2)).toBe(true);
  });

  it('validates the detailed county workbook as a whole from any of its sheets, marking the sheet that holds the cell', async () => {
    const sheets = detailWorkbook();
    sheets['公众评估']![1]![2] = 1.5;
    const wb = MemoryWorkbook.fromSheets(sheets, { active: '单位' });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('county-detail');
    expect(out.covers).toEqual(['单位', '指标', '领导评估', '公众评估', '加减分']);
    expect(out.issues.some((i) => i.sheet === '公众评估' && i.cell === 'C2')).toBe(true);
    expect(wb.fill('公众评估', 'C2')).toBe('#FFC7CE');
    expect(wb.fill('单位', 'A2')).toBeUndefined();
  });

  it('recognises a department penalty sheet (篇3 处罚办法) and names a bad date', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: [
      ['部门', '考核月份', '提交日期', '是否考核'],
      ['生产部', '2026-03', '2026-04-12', '是'],
      ['行政部', '2026-03', '四月', '是'],
    ] });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('staff-penalties');
    expect(out.issues.some((i) => i.cell === 'C3' && i.severity === 'error')).toBe(true);
  });

  it('recognises a project self-evaluation table', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: [
      ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'],
      ['农村道路养护', 100, 95, '产出', '数量', '养护里程', '≥50公里', 50, 'abc', null, null],
    ] });
    const out = await validateSubmission(wb);
    expect(out.type).toBe('fiscal-self-eval');
    expect(out.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});

