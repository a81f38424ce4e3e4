import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { rankAndTier, saveScheme, storedScheme, validateSubmission } from '../../commands';
import { presets } from '../../engine';
import { FileWorkbook } from '../../host/xlsx';
import { PreviewHost } from './preview-host';

vi.mock('../../host/file/io', () => import('../../host/file/io.browser'));

const files = () => import('../../host/xlsx');
const host = () => new PreviewHost('zh', 'light', files);
const csv = ['单位,类别,指标评估,公众评估,领导评估,加分,减分,否决,认定不合格', '南牛乡,乡镇,84,,9,2,0,,', '新城铺镇,乡镇,70,,8,0,1,,', '县财政局,部门,55,27,9,1,0,,', '古城一,古城,68,,29,,,,', '古城二,古城,60,,25,,,,', '古城三,古城,65,,28,,,,'].join('\r\n');

describe('PreviewHost', () => {
  it('starts on the in-memory county sample', async () => {
    const h = host();
    expect(h.source).toEqual({ kind: 'sample' });
    expect(await h.workbook().sheetNames()).toEqual(['单位', '指标', '领导评估', '公众评估', '加减分', '说明']);
  });

  it('opens a GBK .csv from bytes, ranks it and saves it as .xlsx named like perf rank’s output', async () => {
    const h = host();
    await h.open('汇总.csv', iconv.encode(csv, 'gbk'));
    expect(h.source).toEqual({ kind: 'file', name: '汇总.csv' });
    expect((await h.run((wb) => rankAndTier(wb))).written).toBe('排名结果');
    const saved = await h.save();
    expect(saved.name).toBe('汇总-结果.xlsx');
    const again = await FileWorkbook.fromBuffer(saved.bytes, saved.name);
    expect(await again.sheetNames()).toEqual(['汇总', '排名结果']);
  });

  it('refuses a file that is not a workbook with the reason, keeping the workbook it had', async () => {
    const h = host();
    await expect(h.open('x.xlsx', new Uint8Array([1, 2, 3, 4]))).rejects.toMatchObject({ code: 'file-not-workbook' });
    expect(h.source.kind).toBe('sample');
  });

  it('saves the sample by replaying its commands on a file workbook: scheme, marks and 排名结果 come along', async () => {
    const h = host();
    await h.run((wb) => saveScheme(wb, { ...presets.county, rankMode: 'dense' }));
    await h.run((wb) => validateSubmission(wb));
    await h.run((wb) => rankAndTier(wb, { now: new Date('2026-01-31T00:00:00Z') }));
    const shown = await h.workbook().readTable('排名结果');
    const saved = await h.save();
    const file = await FileWorkbook.fromBuffer(saved.bytes, saved.name);
    expect(saved.name).toBe('perf-sample-结果.xlsx');
    // The same table (the memory workbook also holds the chart's data beside it; ExcelJS writes no charts, as in perf demo).
    const width = (await file.readTable('排名结果')).values[4]!.length;
    expect((await file.readTable('排名结果')).values).toEqual(shown.values.map((r) => r.slice(0, width)));
    expect((await storedScheme(file))?.ok && (await storedScheme(file))).toMatchObject({ value: { rankMode: 'dense' } });
  });

  it('tells listeners of a selection and activates its sheet, as a click in the grid does', async () => {
    const h = host();
    const seen: unknown[] = [];
    await h.onSelection((s) => seen.push(s));
    await h.select('指标', 'c7');
    expect(seen).toEqual([{ sheet: '指标', address: 'C7' }]);
    expect(await h.workbook().activeSheet()).toBe('指标');
  });
});
