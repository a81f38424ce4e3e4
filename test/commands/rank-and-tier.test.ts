import { describe, expect, it } from 'vitest';
import { countyParts, countyPreset, hashOf, readCountySummary, roundHalfUp, runCounty } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { rankAndTier, RESULTS_SHEET, SCHEME_KEY, saveScheme } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { countyResults, detailWorkbook, generatedSummary, smallSummary, SUMMARY_HEADER } from './fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');

/** The results table's rows as written: group, rank, unit, composite, its five parts, tier, report. */
function writtenRows(wb: MemoryWorkbook, n: number): unknown[][] {
  return wb.values(RESULTS_SHEET).slice(TABLE_TOP, TABLE_TOP + n).map((r) => r.slice(0, 11));
}

describe('rankAndTier on the summary layout', () => {
  it('writes 排名结果 with exactly the engine’s composites, ranks and tiers, and activates it', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    const out = await rankAndTier(wb, { now: NOW });
    const expected = runCounty(readCountySummary(smallSummary(), { sheet: '汇总', row: 1, col: 1 }).units, countyPreset);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.written).toBe(RESULTS_SHEET);
    expect(countyResults(out)).toEqual(expected.results);
    expect(await wb.activeSheet()).toBe(RESULTS_SHEET);
    const rows = writtenRows(wb, 8);
    for (const r of expected.results) {
      const row = rows.find((x) => x[2] === r.unit)!;
      const p = countyParts(r);
      const shown = (v: number | string | null | undefined) => (typeof v === 'number' ? roundHalfUp(v, 2) : null);
      expect(row.slice(1, 11)).toEqual([r.rank, r.unit, r.rounded, shown(p.indicator), shown(p.public), shown(p.leader), shown(p.bonus), shown(p.deduction), r.tier, r.report ? '抄送' : null]);
    }
    expect(out.source).toEqual({ layout: 'summary', sheet: '汇总', address: 'A1:I10', how: 'used' });
  });

  it('stamps the run with time, scheme name and the engine’s scheme hash', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await rankAndTier(wb, { now: NOW });
    expect(wb.values(RESULTS_SHEET)[1]?.slice(0, 6)).toEqual(['运行时间 Run at', '2026-11-27T10:00:00Z', '方案 Scheme', '县政府绩效管理（篇4）（county）', '哈希 Hash', hashOf(countyPreset)]);
  });

  it('prints on its own: A4 landscape one page wide, the table header on every page, the run stamp above, page numbers below', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await rankAndTier(wb, { now: NOW });
    // Run again over the WPS harness (test/wps/commands), which keeps no page record: the contract suite proves WPS's PageSetup.
    if (typeof (wb as Partial<MemoryWorkbook>).page !== 'function') return;
    const page = wb.page(RESULTS_SHEET)!;
    const last = wb.values(RESULTS_SHEET).length;
    expect(page).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: { first: TABLE_TOP, last: TABLE_TOP }, printArea: `A1:M${last}` });
    expect(page.header?.left).toBe(`运行 2026-11-27T10:00:00Z　方案 县政府绩效管理（篇4）（county）　哈希 ${hashOf(countyPreset)}`);
    expect(page.footer?.center).toContain('第 {page} 页，共 {pages} 页');
    // The chart's data beside the table (column O on) is left out of the printed area.
    expect(wb.values(RESULTS_SHEET)[TABLE_TOP - 1]![14]).toBe('单位 Unit');
  });

  it('colours tiers by conditional format and adds a chart with one series per tier', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    const out = await rankAndTier(wb, { now: NOW });
    const advanced = countyResults(out).find((r) => r.tier === '先进')!;
    const row = wb.values(RESULTS_SHEET).findIndex((r) => r[2] === advanced.unit) + 1;
    expect(wb.conditionalFill(RESULTS_SHEET, `J${row}`)?.fill).toBe('#C6EFCE');
    expect(wb.charts(RESULTS_SHEET)[0]?.series.map((s) => s.name)).toEqual(['先进', '合格', '不合格']);
  });

  it('reads the unit table in one read, whatever its size', async () => {
    for (const n of [10, 2000]) {
      const wb = MemoryWorkbook.fromSheets({ 汇总: generatedSummary(n) });
      await rankAndTier(wb, { now: NOW });
      expect(wb.stats.reads).toBe(1);
    }
  });

  it('leaves the input sheet exactly as it was', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    const before = wb.values('汇总');
    await rankAndTier(wb, { now: NOW });
    expect(wb.values('汇总')).toEqual(before);
    expect(wb.fill('汇总', 'C3')).toBeUndefined();
  });

  it('reads the selection first when it covers a matching table', async () => {
    const rows = [['备注'], ...smallSummary().slice(1, 4)];
    const wb = MemoryWorkbook.fromSheets({ 表: [...rows, [], [], ...generatedSummary(6)] }, { selection: { sheet: '表', address: 'A7:I13' } });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.source).toMatchObject({ how: 'selection', address: 'A7:I13' });
    expect(countyResults(out)).toHaveLength(6);
  });

  it('reads an Excel table on the active sheet whose header matches', async () => {
    const wb = MemoryWorkbook.fromSheets({ 表: [['说明：下表为汇总'], [], ...smallSummary().slice(1)] });
    wb.addTable('表', '汇总表', 'A3:I11');
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.source).toMatchObject({ how: 'table', address: 'A3:I11' });
    expect(countyResults(out)).toHaveLength(8);
  });
});

describe('rankAndTier on the detailed layout', () => {
  it('computes every unit from the five sheets through the engine and writes 排名结果', async () => {
    const wb = MemoryWorkbook.fromSheets(detailWorkbook());
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.source).toEqual({ layout: 'detail', sheets: ['单位', '指标', '领导评估', '公众评估', '加减分'] });
    expect(countyResults(out).map((r) => [r.unit, r.rounded]).sort()).toEqual([['南牛乡', 96.5], ['古城一', 81.5], ['县财政局', 97]].sort());
    expect(wb.values(RESULTS_SHEET).some((r) => r[2] === '南牛乡')).toBe(true);
  });

  it('marks a bad cell on the sheet it sits on and writes no results', async () => {
    const sheets = detailWorkbook();
    sheets['领导评估']![1]![1] = '九分';
    const wb = MemoryWorkbook.fromSheets(sheets);
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.some((i) => i.sheet === '领导评估' && i.cell === 'B2')).toBe(true);
    expect(wb.fill('领导评估', 'B2')).toBe('#FFC7CE');
    expect(await wb.sheetNames()).not.toContain(RESULTS_SHEET);
  });
});

describe('rankAndTier with bad input', () => {
  it('marks the issues’ cells, writes nothing else and returns the issues', async () => {
    const rows = smallSummary();
    rows[2]![2] = '八十四';
    rows[4]![4] = null;
    const wb = MemoryWorkbook.fromSheets({ 汇总: rows });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    expect(countyResults(out)).toEqual([]);
    expect(out.issues.map((i) => i.cell)).toEqual(expect.arrayContaining(['C3', 'E5']));
    expect(wb.fill('汇总', 'C3')).toBe('#FFC7CE');
    expect(wb.note('汇总', 'C3')).toContain('八十四');
    expect(await wb.sheetNames()).toEqual(['汇总']);
    expect(wb.values('汇总')).toEqual(MemoryWorkbook.fromSheets({ 汇总: rows }).values('汇总'));
  });

  it('clears its marks once the input is fixed', async () => {
    const rows = smallSummary();
    rows[2]![2] = '八十四';
    const wb = MemoryWorkbook.fromSheets({ 汇总: rows });
    await rankAndTier(wb, { now: NOW });
    wb.put('汇总', 'C3', [[84]]);
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(RESULTS_SHEET);
    expect(wb.fill('汇总', 'C3')).toBeUndefined();
    expect(wb.note('汇总', 'C3')).toBeUndefined();
  });

  it('reports a sheet asked for that does not exist as an issue naming it', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    const out = await rankAndTier(wb, { sheet: '不存在' });
    expect(out.issues[0]).toMatchObject({ code: 'host.sheet-missing', severity: 'error' });
    expect(out.issues[0]?.message.zh).toContain('不存在');
    expect(await wb.sheetNames()).toEqual(['汇总']);
  });

  it('says so when no sheet holds a unit table', async () => {
    const wb = MemoryWorkbook.fromSheets({ 杂项: [['姓名', '电话'], ['张三', '123']] });
    const out = await rankAndTier(wb);
    expect(out.issues[0]?.code).toBe('command.no-table');
    expect(out.issues[0]?.message.zh).toContain('杂项');
    expect(await wb.sheetNames()).toEqual(['杂项']);
  });
});

describe('rankAndTier: nothing lost', () => {
  it('replaces only its own earlier 排名结果 on a rerun', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: generatedSummary(30), 备忘: [['别动我']] });
    await rankAndTier(wb, { now: NOW });
    wb.put('汇总', 'A1', generatedSummary(9));
    wb.put('汇总', 'A11', Array.from({ length: 21 }, () => Array<null>(9).fill(null)));
    const out = await rankAndTier(wb, { now: NOW });
    expect(countyResults(out)).toHaveLength(9);
    expect(await wb.sheetNames()).toEqual(['汇总', '备忘', RESULTS_SHEET]);
    expect(wb.values('备忘')).toEqual([['别动我']]);
    expect(wb.values(RESULTS_SHEET).filter((r) => typeof r[2] === 'string' && /^单位\d+$/.test(r[2]))).toHaveLength(9);
  });

  it('refuses to replace its own 排名结果 once the user has typed into it, naming the sheet', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await rankAndTier(wb, { now: NOW });
    wb.put(RESULTS_SHEET, 'L6', [['复核：同意']]);
    await wb.activateSheet('汇总');
    const out = await rankAndTier(wb, { now: new Date('2026-11-28T10:00:00Z') });
    expect(out.written).toBeNull();
    expect(out.issues.at(-1)).toMatchObject({ code: 'output.edited', sheet: RESULTS_SHEET });
    expect(out.issues.at(-1)?.message.zh).toContain(RESULTS_SHEET);
    expect(wb.cell(RESULTS_SHEET, 'L6')).toBe('复核：同意');
    expect(wb.cell(RESULTS_SHEET, 'B2')).toBe('2026-11-27T10:00:00Z');
  });

  it('reruns from 排名结果 itself (the sheet a run leaves active) when it is unedited', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await rankAndTier(wb, { now: NOW });
    expect(await wb.activeSheet()).toBe(RESULTS_SHEET);
    const out = await rankAndTier(wb, { now: new Date('2026-11-28T10:00:00Z') });
    expect(out.written).toBe(RESULTS_SHEET);
    expect(wb.cell(RESULTS_SHEET, 'B2')).toBe('2026-11-28T10:00:00Z');
  });

  it('refuses a user’s own sheet named 排名结果, naming it, and leaves the workbook unchanged', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary(), [RESULTS_SHEET]: [['我的笔记']] });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    const refusal = out.issues.find((i) => i.code === 'output.user-sheet')!;
    expect(refusal.message.zh).toContain(RESULTS_SHEET);
    expect(refusal.message.en).toContain(RESULTS_SHEET);
    expect(wb.values(RESULTS_SHEET)).toEqual([['我的笔记']]);
    expect(await wb.activeSheet()).toBe('汇总');
  });

  it('writes formula-looking unit names as text, never as formulas', async () => {
    const names = ['=SUM(1)', '+8613800000000', '-1', '@A1', '007'];
    const wb = MemoryWorkbook.fromSheets({ 汇总: generatedSummary(5, (i) => names[i]!) });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(RESULTS_SHEET);
    const written = wb.values(RESULTS_SHEET).slice(TABLE_TOP, TABLE_TOP + 5).map((r) => r[2]);
    expect([...written].sort()).toEqual([...names].sort());
  });
});

describe('rankAndTier and the stored scheme', () => {
  it('ranks with the scheme stored in the workbook (dense ranking)', async () => {
    const rows = [SUMMARY_HEADER, ['甲', '部门', 50, 25, 8, 0, 0], ['乙', '部门', 50, 25, 8, 0, 0], ['丙', '部门', 40, 25, 8, 0, 0]];
    const wb = MemoryWorkbook.fromSheets({ 汇总: rows });
    expect((await saveScheme(wb, { ...countyPreset, rankMode: 'dense' })).ok).toBe(true);
    const out = await rankAndTier(wb, { now: NOW });
    expect(countyResults(out).find((r) => r.unit === '丙')?.rank).toBe(2);
    expect(out.stamp?.hash).toBe(hashOf({ ...countyPreset, rankMode: 'dense' }));
  });

  it('reports an invalid stored scheme and writes nothing', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await wb.setSetting(SCHEME_KEY, JSON.stringify({ ...countyPreset, precision: -1 }));
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.length).toBeGreaterThan(0);
    expect(await wb.sheetNames()).toEqual(['汇总']);
  });
});

describe('rankAndTier: a failure before the end writes nothing', () => {
  it('rolls every change back when the host fails mid-write (the chart here)', async () => {
    const rows = smallSummary();
    rows[2]![2] = '八十四';
    const wb = MemoryWorkbook.fromSheets({ 汇总: rows });
    await rankAndTier(wb, { now: NOW });
    expect(wb.fill('汇总', 'C3')).toBe('#FFC7CE');
    wb.put('汇总', 'C3', [[84]]);
    const failing = new Proxy(wb, {
      get(target, prop, receiver) {
        if (prop === 'addChart') return async () => { throw new Error('chart engine crashed'); };
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    await expect(rankAndTier(failing, { now: NOW })).rejects.toThrow('chart engine crashed');
    expect(await wb.sheetNames()).toEqual(['汇总']);
    expect(wb.fill('汇总', 'C3')).toBe('#FFC7CE');
    expect(await wb.getSetting('perf.rank.input')).toBeUndefined();
  });
});

