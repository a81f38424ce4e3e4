import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, perf, tempDir } from './harness';
import { checkPackage, roundTrip } from './package-check';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('demo');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf demo', () => {
  it('prints per group rank, unit, composite and tier, the warnings and the tier counts; writes ./perf-demo.xlsx', async () => {
    const r = perf(['demo'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r).toMatchSnapshot();
    const pkg = await checkPackage(join(dir, 'perf-demo.xlsx'));
    expect(pkg.badParts).toEqual([]);
    expect(pkg.sheets).toEqual(expect.arrayContaining(['单位', '指标', '领导评估', '公众评估', '加减分', '说明', '排名结果']));
    const trip = await roundTrip(join(dir, 'perf-demo.xlsx'));
    expect(trip.after).toEqual(trip.before);
  });

  it('shows every rule at work: the veto, the tie on the quota, 抄送', () => {
    const r = perf(['demo', '--out', 'again.xlsx'], dir);
    expect(r.stdout).toContain('新城铺镇');
    expect(r.stdout).toMatch(/1\s+新城铺镇\s+96\.20\s+合格（取消评先）/);
    expect(r.stdout).toMatch(/8\s+教育局\s+91\.30\s+先进/);
    expect(r.stdout).toMatch(/8\s+卫生局\s+91\.30\s+先进/);
    expect(r.stdout).toMatch(/32\s+矿管办\s+57\.60\s+不合格（抄送）/);
    expect(r.stdout).toContain('教育局、卫生局');
    expect(existsSync(join(dir, 'again.xlsx'))).toBe(true);
  });
});

describe('perf template', () => {
  it.each(['county', 'county-detail', 'engineer', 'staff', 'staff-penalties', 'fiscal'])('%s: a valid workbook that survives a round trip', async (kind) => {
    const r = perf(['template', kind, '--out', `${kind}.xlsx`], dir);
    expect(r).toMatchSnapshot();
    const pkg = await checkPackage(join(dir, `${kind}.xlsx`));
    expect(pkg.badParts).toEqual([]);
    const trip = await roundTrip(join(dir, `${kind}.xlsx`));
    expect(trip.after).toEqual(trip.before);
  });

  it('issue 8: staff-penalties validates clean and fiscal keeps 指标值 typed as text (numFmt @) in the file', async () => {
    perf(['template', 'staff-penalties', '--out', 'pen.xlsx'], dir);
    expect(perf(['validate', 'pen.xlsx'], dir)).toMatchObject({ code: 0, stderr: '' });
    perf(['template', 'fiscal', '--out', 'fis.xlsx'], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'fis.xlsx'));
    const ws = wb.getWorksheet('绩效目标表模板')!;
    const col = (ws.getRow(3).values as unknown[]).indexOf('指标值');
    expect(ws.getCell(10, col).numFmt).toBe('@');
  });

  it('writes perf-template-<kind>.xlsx by default', () => {
    expect(perf(['template', 'engineer'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'perf-template-engineer.xlsx'))).toBe(true);
  });
});
