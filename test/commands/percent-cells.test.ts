/**
 * Issue 8 / FISCAL.md §3 Decision, end to end: the host's number formats reach the engine, so 排名定档 and 校验报送
 * read a percent-formatted 得分比例 0.5 as 50% and a typed 0.5 as 0.5% (with a warning) — in memory and in files.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rankAndTier, validateSubmission } from '../../src/commands';
import type { CellValue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { fiscalResults } from './fixtures';

const HEADER = ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'];
const _ = null;
/** 执行 10, 产出 50 and 满意度 10 full; 效益 (30 points) 未达成 with 得分比例 0.5 in K3: 70.15 at 0.5%, 85 at 50%. */
const SHEET: CellValue[][] = [
  HEADER,
  ['道路养护', 100, 100, '产出', '数量', '养护里程', '≥50公里', 50, 50, _, _],
  [_, _, _, '效益', '社会', '通行时间', '明显缩短', 30, _, '未达成', 0.5],
  [_, _, _, '满意度', '服务对象满意度', '群众满意度', '≥90%', 10, '95%', _, _],
];

describe('得分比例 through the Workbook port (issue 8)', () => {
  it('memory: a typed 0.5 with 未达成 ranks at 70.15 (中) with the warning on K3', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: SHEET });
    const out = await rankAndTier(wb, { scheme: 'fiscal' });
    expect(fiscalResults(out).map((p) => [p.name, p.rounded, p.grade, p.suggestion.zh])).toEqual([['道路养护', 70.15, '中', '调减预算并整改']]);
    expect(out.issues.map((i) => [i.code, i.sheet, i.cell, i.severity])).toEqual([['fiscal.percent-fraction', '自评', 'K3', 'warning']]);
  });

  it('memory: the same 0.5 in a percent-formatted cell ranks at 85 (良), no warning', async () => {
    const wb = MemoryWorkbook.fromSheets({ 自评: SHEET });
    wb.put('自评', 'K3', [[0.5]], { numberFormat: '0%' });
    const out = await rankAndTier(wb, { scheme: 'fiscal' });
    expect(fiscalResults(out).map((p) => [p.rounded, p.grade])).toEqual([[85, '良']]);
    expect(out.issues).toEqual([]);
    const v = await validateSubmission(wb, { sheet: '自评' });
    expect(v.issues).toEqual([]);
  });

  it('file: a percent-formatted 0.5 saved by Excel (numFmt 0%) reads as 50%', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('自评');
    SHEET.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
    ws.getCell('K3').numFmt = '0%';
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await book.xlsx.writeBuffer()), '自评.xlsx');
    const out = await rankAndTier(wb, { scheme: 'fiscal' });
    expect(fiscalResults(out).map((p) => [p.rounded, p.grade])).toEqual([[85, '良']]);
    expect(out.issues).toEqual([]);
  });
});
