/**
 * WpsWorkbook against the port's promises (src/host/port.ts), one describe per port method, in the order port.ts
 * states them, over the fake ET — the reads here, the changes in wps-write.test.ts. Where ET differs from the other hosts (UsedRange covers formatted cells, Value2
 * coerces typed text, AddComment fails on a commented cell, Delete asks the user, Worksheets.Add activates), the
 * test names the ET behaviour the adapter has to get round. test/wps/memory-contract.test.ts runs the memory
 * adapter's own tests over WPS as well.
 */
import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/host/errors';
import { LISTS_SHEET } from '../../src/host/lists';
import { SETTINGS_SHEET } from '../../src/host/port';
import { WpsWorkbook } from '../../src/host/wps/workbook';
import { FakeEt } from './wps-fake/app';
import { units, WpsHarness } from './wps-harness';

describe('WpsWorkbook: sheetNames, activeSheet, activateSheet', () => {
  it('lists sheets in tab order, hidden ones included, never the add-in’s very hidden sheets', async () => {
    const wb = units();
    wb.x.addSheet('隐藏').visible = 0;
    await wb.setSetting('k', 'v');
    await wb.validationList('单位', 'B2:B9', Array.from({ length: 60 }, (_, i) => `很长的选项${i}`));
    expect(wb.allSheetNames()).toEqual(expect.arrayContaining([SETTINGS_SHEET, LISTS_SHEET]));
    expect(await wb.sheetNames()).toEqual(['说明', '单位', '隐藏']);
  });

  it('names the active sheet and activates another; an unknown or add-in sheet is sheet-missing', async () => {
    const wb = units();
    expect(await wb.activeSheet()).toBe('单位');
    await wb.activateSheet('说明');
    expect(wb.x.activeSheet?.name).toBe('说明');
    await expect(wb.activateSheet('无此表')).rejects.toMatchObject({ code: 'sheet-missing' });
    await wb.setSetting('k', 'v');
    await expect(wb.activateSheet(SETTINGS_SHEET)).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('says no workbook is open as host-unavailable, in Chinese and English', async () => {
    const wb = units();
    wb.x.open = false;
    const e = await wb.sheetNames().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e).toMatchObject({ code: 'host-unavailable', text: { zh: expect.stringContaining('工作簿'), en: expect.stringContaining('workbook') } });
  });
});

describe('WpsWorkbook: snapshot', () => {
  it('gives sheets, active sheet, selection, tables and the used range of the active sheet', async () => {
    const wb = units();
    wb.addTable('单位', 'Units', 'A1:C3');
    wb.select('单位', 'A1:B2');
    const snap = await wb.snapshot();
    expect(snap).toMatchObject({ sheets: ['说明', '单位'], active: '单位', sheet: '单位', tables: [{ name: 'Units', sheet: '单位', address: 'A1:C3' }] });
    expect(snap.selection?.values).toEqual([['单位', '分组'], ['县财政局', 'A']]);
    expect(snap.used).toEqual({ sheet: '单位', address: 'A1:C3', origin: { row: 1, col: 1 }, values: [['单位', '分组', '得分'], ['县财政局', 'A', 91.5], ['县教育局', 'B', '88']] });
  });

  it('reads the used range in one Value2 read (the selection on the same sheet is cut from it)', async () => {
    const wb = units();
    wb.select('单位', 'B1:B3');
    await wb.snapshot('单位');
    expect(wb.x.made('Value2.get')).toBe(1);
  });

  it('has no selection while a chart is selected, and brings also-sheets that exist in the order asked', async () => {
    const wb = units();
    wb.x.selection = 'chart';
    const snap = await wb.snapshot('说明', { also: ['单位', '无此表', SETTINGS_SHEET] });
    expect(snap.selection).toBeNull();
    expect(snap.sheet).toBe('说明');
    expect(snap.also?.map((b) => b.sheet)).toEqual(['单位']);
    expect((await wb.snapshot()).also).toBeUndefined();
  });

  it('reads the first area of a selection of several areas', async () => {
    const wb = units();
    wb.select('单位', 'A2:A3,C2:C3');
    expect((await wb.snapshot()).selection?.values).toEqual([['县财政局'], ['县教育局']]);
  });
});

describe('WpsWorkbook: readTable, readTables, readSelection', () => {
  it('trims ET’s UsedRange, which also covers formatted and commented empty cells, to the cells holding values', async () => {
    const wb = WpsHarness.fromSheets({ S: [] });
    wb.put('S', 'C4', [['a', 'b'], [1, null]]);
    wb.x.format('S', 'A1:H20', '0.00');
    wb.x.comment('S', 'J30', '空单元格的批注');
    expect(await wb.readTable('S')).toMatchObject({ address: 'C4:D5', origin: { row: 4, col: 3 }, values: [['a', 'b'], [1, null]] });
  });

  it('reads an empty sheet as no rows at A1, and a one-cell sheet (Value2 a scalar) as one row', async () => {
    const wb = WpsHarness.fromSheets({ 空: [], 一: [[null, null], [null, 42]] });
    expect(await wb.readTable('空')).toEqual({ sheet: '空', address: 'A1', origin: { row: 1, col: 1 }, values: [] });
    expect(await wb.readTable('一')).toEqual({ sheet: '一', address: 'B2', origin: { row: 2, col: 2 }, values: [[42]] });
  });

  it('reads an explicit range including empty cells', async () => {
    expect((await units().readTable('单位', 'B2:D3')).values).toEqual([['A', 91.5, null], ['B', '88', null]]);
  });

  it('reads an error cell as its text, and a typed number equal to an error code as the number', async () => {
    const wb = WpsHarness.fromSheets({ S: [['x', '#N/A', '#DIV/0!', -2146826246]] });
    expect((await wb.readTable('S')).values).toEqual([['x', '#N/A', '#DIV/0!', -2146826246]]);
  });

  it('names the percent-formatted cells holding a value (Block.percentFormats), asking whole ranges, not cells', async () => {
    const rows = [['项目', '完成率', '备注'], ...Array.from({ length: 400 }, (_, i) => [`项目${i}`, 0.5, null])];
    const wb = WpsHarness.fromSheets({ S: rows });
    wb.x.format('S', 'B2:B401', '0.0%');
    wb.x.format('S', 'C2:C401', '0%'); // empty cells: no value, not listed
    const block = await wb.readTable('S');
    expect(Object.keys(block.percentFormats ?? {})).toHaveLength(400);
    expect(block.percentFormats?.B2).toBe('0.0%');
    expect(wb.x.made('NumberFormat.get')).toBeLessThan(12);
    expect((await units().readTable('单位')).percentFormats).toBeUndefined();
  });

  it('lists merged areas meeting the block, whole (Block.merges)', async () => {
    const wb = WpsHarness.fromSheets({ S: [['标题'], ['a', 'b', 'c'], [1, 2, 3]] });
    wb.x.merge('S', 'A1:C1');
    wb.x.merge('S', 'C3:D4');
    const block = await wb.readTable('S', 'A1:C3');
    expect([...(block.merges ?? [])].sort()).toEqual(['A1:C1', 'C3:D4']);
    expect((await units().readTable('单位')).merges).toBeUndefined();
  });

  it('reads several sheets in order in one call each, and names a missing one', async () => {
    const wb = WpsHarness.fromSheets({ 甲: [['a', 1]], 乙: [[null, null], [null, 'b']] });
    const blocks = await wb.readTables(['乙', '甲']);
    expect(blocks.map((b) => [b.sheet, b.address, b.values])).toEqual([['乙', 'B2', [['b']]], ['甲', 'A1:B1', [['a', 1]]]]);
    await expect(wb.readTables(['甲', '丙'])).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('reads only the used part of a selection, its corner when it holds nothing', async () => {
    const wb = units();
    wb.select('单位', 'B1:Z1000');
    expect(await wb.readSelection()).toMatchObject({ address: 'B1:C3', values: [['分组', '得分'], ['A', 91.5], ['B', '88']] });
    wb.select('单位', 'F10:G12');
    expect(await wb.readSelection()).toEqual({ sheet: '单位', address: 'F10', origin: { row: 10, col: 6 }, values: [] });
    wb.x.selection = null;
    expect(await wb.readSelection()).toBeNull();
  });
});

describe('WpsWorkbook: onSelectionChanged, tables', () => {
  it('hears SheetSelectionChange through wps.ApiEvent until unsubscribed', async () => {
    const wb = units();
    const seen: string[] = [];
    const off = await wb.onSelectionChanged!((s) => seen.push(`${s.sheet}!${s.address}`));
    wb.select('单位', 'b2:c3');
    await off();
    wb.select('说明', 'A1');
    expect(seen).toEqual(['单位!B2:C3']);
    expect(wb.x.listenerCount('SheetSelectionChange')).toBe(0);
  });

  it('has no onSelectionChanged without an ApiEvent object', () => {
    expect(new WpsWorkbook({ app: new FakeEt() }).onSelectionChanged).toBeUndefined();
  });

  it('lists the ListObjects of a sheet, [] without any', async () => {
    const wb = units();
    wb.addTable('单位', '表1', 'A1:C3');
    expect(await wb.tables('单位')).toEqual([{ name: '表1', sheet: '单位', address: 'A1:C3' }]);
    expect(await wb.tables('说明')).toEqual([]);
  });
});
