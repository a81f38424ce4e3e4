/** 排名结果 prints as written: the package read back part by part (paper, one page wide, title rows, print area, header and footer). */
import { describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { FileWorkbook } from '../../src/host/xlsx';
import { countySampleSheets } from '../../src/samples';
import { countyResults, engineerSheet } from './fixtures';
import { printedSheet } from './package-parts';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('排名结果 in the written package', () => {
  it('county: A4 landscape, fit to one page wide, the header row on every page, the chart data out of the print area, stamp and page numbers', async () => {
    const wb = FileWorkbook.create(countySampleSheets());
    const out = await rankAndTier(wb, { scheme: 'county', now: NOW });
    const p = await printedSheet(await wb.toBuffer(), RESULTS_SHEET);
    expect(p.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect([p.fitToPage, p.horizontalCentered]).toEqual([true, true]);
    expect(p.names['_xlnm.Print_Titles']).toBe(`'${RESULTS_SHEET}'!$${TABLE_TOP}:$${TABLE_TOP}`);
    expect(p.names['_xlnm.Print_Area']).toMatch(new RegExp(`^'${RESULTS_SHEET}'!\\$A\\$1:\\$M\\$\\d+$`));
    expect(p.oddHeader).toBe(`&L运行 2026-11-27T10:00:00Z　方案 ${out.stamp!.scheme}　哈希 ${out.stamp!.hash}&R${RESULTS_SHEET}`);
    expect(p.oddFooter).toBe('&C第 &P 页，共 &N 页 / page &P of &N');
    // The columns as written: each composite beside its parts, then tier, 抄送 and the explanation.
    const back = await FileWorkbook.fromBuffer(await wb.toBuffer(), 'back.xlsx');
    const values = (await back.readTable(RESULTS_SHEET)).values;
    expect(values[TABLE_TOP - 1]?.slice(0, 13)).toEqual([
      '类别 Group', '排名 Rank', '单位 Unit', '综合得分 Composite', '指标评估 Indicator', '公众评估 Public', '领导评估 Leader',
      '加分 Bonus', '减分 Deduction', '档次 Tier', '抄送 Report', '说明', 'Explanation',
    ]);
    const unit = countyResults(out).find((r) => r.group === 'department')!;
    const row = values.find((r) => r[2] === unit.unit)!;
    expect(row[3]).toBe(unit.rounded);
    expect(row.slice(4, 9).every((v) => typeof v === 'number')).toBe(true);
  });

  it('engineer: the same print setup over its own columns', async () => {
    const wb = FileWorkbook.create({ 工程师: engineerSheet() });
    await rankAndTier(wb, { scheme: 'engineer', now: NOW });
    const p = await printedSheet(await wb.toBuffer(), RESULTS_SHEET);
    expect(p.pageSetup).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    // 排名, 姓名, 得分, four items, 说明, Explanation: nine columns, A to I.
    expect(p.names['_xlnm.Print_Area']).toMatch(new RegExp(`^'${RESULTS_SHEET}'!\\$A\\$1:\\$I\\$\\d+$`));
  });
});
