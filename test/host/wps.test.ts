/**
 * WpsWorkbook against the port's promises (src/host/port.ts), one describe per port method, in the order port.ts
 * states them, over the fake ET. Where ET differs from the other hosts (UsedRange covers formatted cells, Value2
 * coerces typed text, AddComment fails on a commented cell, Delete asks the user, Worksheets.Add activates), the
 * test names the ET behaviour the adapter has to get round. test/wps/memory-contract.test.ts runs the memory
 * adapter's own tests over WPS as well.
 */
import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/host/errors';
import { LISTS_SHEET } from '../../src/host/lists';
import { MARK_FILLS, SETTINGS_SHEET } from '../../src/host/port';
import { WpsWorkbook } from '../../src/host/wps/workbook';
import { FakeEt } from './wps-fake/app';
import { bgr } from './wps-fake/model';
import { WpsHarness } from './wps-harness';

const units = (): WpsHarness =>
  WpsHarness.fromSheets({
    说明: [['本表为县级绩效考核']],
    单位: [['单位', '分组', '得分'], ['县财政局', 'A', 91.5], ['县教育局', 'B', '88']],
  }, { active: '单位' });

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

describe('WpsWorkbook: write', () => {
  it('stores every string as text, though ET would read = + - @ as formulas and "001" as a number', async () => {
    const wb = WpsHarness.fromSheets({ S: [] });
    await wb.write('S', 'B2', [['=SUM(A1:A9)', '+1', '-2', '@x', '001', '50%', 'TRUE']]);
    expect(wb.values('S')).toEqual([['=SUM(A1:A9)', '+1', '-2', '@x', '001', '50%', 'TRUE']]);
    expect(wb.x.cell('S', 'B2')?.formula).toBeUndefined();
    expect(wb.numberFormat('S', 'B2')).toBe('@');
  });

  it('writes a whole block with ONE Value2 assignment and a few NumberFormat assignments, whatever the row count', async () => {
    const wb = WpsHarness.fromSheets({ S: [] });
    const rows = Array.from({ length: 5000 }, (_, i) => [`单位${i}`, i, i % 3 === 0 ? '先进' : '合格', new Date(Date.UTC(2025, 0, 1 + (i % 28)))]);
    await wb.write('S', 'A1', rows);
    expect(wb.x.made('Value2.set')).toBe(1);
    expect(wb.x.made('NumberFormat.set')).toBeLessThanOrEqual(4);
    expect(wb.cell('S', 'B5000')).toBe(4999);
    expect(wb.cell('S', 'D2')).toEqual(new Date(Date.UTC(2025, 0, 2)));
  });

  it('clears cells written as null and overwrites what was there, numbers back to General', async () => {
    const wb = WpsHarness.fromSheets({ S: [['old', 'old']] });
    await wb.write('S', 'A1', [['x']], { textColumns: [0] });
    await wb.write('S', 'A1', [[5, null]]);
    expect(wb.values('S')).toEqual([[5]]);
    expect(wb.numberFormat('S', 'A1')).toBeUndefined();
  });

  it('keeps a text column as text so later entries keep leading zeros', async () => {
    const wb = WpsHarness.fromSheets({ S: [] });
    await wb.write('S', 'A1', [['编码', 'x'], [null, 1]], { textColumns: [0] });
    expect(wb.numberFormat('S', 'A2')).toBe('@');
    expect(wb.numberFormat('S', 'B2')).toBeUndefined();
  });
});

describe('WpsWorkbook: mark, clearMarks', () => {
  it('fills by kind in BGR through multi-area ranges and adds a note per cell', async () => {
    const wb = units();
    const cells = Array.from({ length: 300 }, (_, i) => `D${i + 1}`);
    await wb.mark('单位', cells.map((cell) => ({ cell, kind: 'error' as const, note: '错误 / error' })));
    expect(wb.x.cell('单位', 'D300')?.fill).toBe(bgr(MARK_FILLS.error));
    expect(wb.fill('单位', 'D1')).toBe(MARK_FILLS.error);
    expect(wb.x.made('Interior.Color.set')).toBeLessThanOrEqual(2);
    expect(wb.x.made('AddComment')).toBe(300);
  });

  it('replaces its own note (ET refuses a second comment) and keeps the user’s, filling that cell only', async () => {
    const wb = units();
    wb.setNote('单位', 'B2', '用户批注');
    await wb.mark('单位', [{ cell: 'A2', kind: 'info', note: 'first' }]);
    await wb.mark('单位', [{ cell: 'A2', kind: 'error', note: 'second' }, { cell: 'B2', kind: 'warning', note: 'mine' }]);
    expect(wb.note('单位', 'A2')).toBe('second');
    expect(wb.note('单位', 'B2')).toBe('用户批注');
    expect(wb.fill('单位', 'B2')).toBe(MARK_FILLS.warning);
  });

  it('clears only its own fills and notes', async () => {
    const wb = units();
    await wb.formatRange('单位', 'A1:C1', { fill: '#EEEEEE' });
    wb.setNote('单位', 'C3', '用户批注');
    await wb.mark('单位', [{ cell: 'C3', kind: 'error', note: 'n' }, { cell: 'B2', kind: 'info', note: 'n' }]);
    await wb.clearMarks('单位');
    expect(wb.fill('单位', 'C3')).toBeUndefined();
    expect(wb.note('单位', 'B2')).toBeUndefined();
    expect(wb.note('单位', 'C3')).toBe('用户批注');
    expect(wb.fill('单位', 'A1')).toBe('#EEEEEE');
  });
});

describe('WpsWorkbook: addSheet, isOwnSheet', () => {
  it('adds a sheet it owns at the end, without leaving it active or asking the user anything', async () => {
    const wb = units();
    await wb.addSheet('排名结果');
    expect(await wb.sheetNames()).toEqual(['说明', '单位', '排名结果']);
    expect(wb.x.activeSheet?.name).toBe('单位');
    expect(await wb.isOwnSheet('排名结果')).toBe(true);
    expect(await wb.isOwnSheet('单位')).toBe(false);
  });

  it('replaces its own sheet in place on request, with no confirmation dialog, and refuses otherwise', async () => {
    const wb = units();
    await wb.addSheet('排名结果');
    await wb.write('排名结果', 'A1', [['old']]);
    await wb.activateSheet('排名结果');
    await wb.addSheet('说明2');
    await expect(wb.addSheet('排名结果')).rejects.toMatchObject({ code: 'sheet-exists' });
    await wb.addSheet('排名结果', { replaceOwn: true });
    expect(await wb.sheetNames()).toEqual(['说明', '单位', '排名结果', '说明2']);
    expect(wb.values('排名结果')).toEqual([]);
    expect(wb.x.alertsShown).toBe(0);
    expect(wb.x.activeSheet?.name).toBe('排名结果');
    await expect(wb.addSheet('单位', { replaceOwn: true })).rejects.toMatchObject({ code: 'sheet-not-owned' });
  });
});

describe('WpsWorkbook: conditionalColors, formatRange, addChart, validationList', () => {
  it('adds one cell-value condition per rule, colours in BGR', async () => {
    const wb = units();
    await wb.conditionalColors('单位', 'B2:B3', [{ equals: 'A', fill: '#C6EFCE' }, { equals: 'B', fill: '#FFEB9C', font: '#9C5700' }]);
    expect(wb.conditionalFill('单位', 'B3')).toEqual({ equals: 'B', fill: '#FFEB9C', font: '#9C5700' });
    expect(wb.x.sheet('单位').conditions[0]?.Interior.Color).toBe(bgr('#C6EFCE'));
  });

  it('formats a whole range at once (width in characters)', async () => {
    const wb = units();
    await wb.formatRange('单位', 'A1:C1', { bold: true, fill: '#DDEBF7', font: '#1F4E78', wrap: true, columnWidth: 12, numberFormat: '0.00' });
    expect(wb.format('单位', 'B1')).toEqual({ bold: true, fill: '#DDEBF7', font: '#1F4E78', wrap: true, columnWidth: 12, numberFormat: '0.00' });
  });

  it('adds a clustered chart with a coloured series per entry, and none without series', async () => {
    const wb = units();
    const spec = { type: 'bar', title: '综合得分', categories: 'A2:A3', series: [{ name: '得分', values: 'C2:C3', color: '#70AD47' }], anchor: 'E2' } as const;
    expect(await wb.addChart('单位', spec)).toBe(true);
    expect(wb.charts('单位')).toEqual([{ ...spec, sheet: '单位' }]);
    expect(await wb.addChart('单位', { ...spec, series: [] })).toBe(false);
  });

  it('sets a drop-down list (replacing an earlier one), long lists through the very hidden lists sheet', async () => {
    const wb = units();
    await wb.validationList('单位', 'B2:B100', ['A', 'B']);
    await wb.validationList('单位', 'B2:B100', ['A', 'B', 'C']);
    const long = Array.from({ length: 80 }, (_, i) => `选项,${i}`);
    await wb.validationList('单位', 'D2:D5', long);
    expect(wb.validation('单位', 'B50')).toEqual(['A', 'B', 'C']);
    expect(wb.validation('单位', 'D3')).toEqual(long);
    expect(wb.isHidden(LISTS_SHEET)).toBe(true);
    expect(wb.x.sheet(LISTS_SHEET).visible).toBe(2);
  });
});

describe('WpsWorkbook: getSetting, setSetting', () => {
  it('keeps settings in the very hidden _perf sheet, in chunks, read again by a new adapter', async () => {
    const wb = units();
    const long = 'x'.repeat(70000);
    await wb.setSetting('perf.scheme', long);
    expect(wb.x.sheet(SETTINGS_SHEET).visible).toBe(2);
    expect(wb.values(SETTINGS_SHEET)[0]).toEqual(['perf.scheme', 'x'.repeat(30000), 'x'.repeat(30000), 'x'.repeat(10000)]);
    const again = new WpsWorkbook({ app: wb.x });
    expect(await again.getSetting('perf.scheme')).toBe(long);
    expect(await again.getSetting('absent')).toBeUndefined();
    await expect(again.readTable(SETTINGS_SHEET)).rejects.toMatchObject({ code: 'sheet-missing' });
  });
});

describe('WpsWorkbook: batch', () => {
  it('writes nothing when the batch throws before its end', async () => {
    const wb = units();
    const failed = wb.batch(async () => {
      await wb.addSheet('排名结果');
      await wb.write('单位', 'D1', [['x']]);
      await wb.mark('单位', [{ cell: 'A1', kind: 'info', note: 'n' }]);
      await wb.setSetting('k', 'v');
      throw new Error('engine failed');
    });
    await expect(failed).rejects.toThrow('engine failed');
    expect(wb.allSheetNames()).toEqual(['说明', '单位']);
    expect(wb.cell('单位', 'D1')).toBeNull();
    expect(wb.fill('单位', 'A1')).toBeUndefined();
  });

  it('lets a read inside the batch see the changes queued before it', async () => {
    const wb = units();
    const seen = await wb.batch(async () => {
      await wb.addSheet('新');
      await wb.write('新', 'A1', [['a', 1]]);
      return wb.readTable('新');
    });
    expect(seen.values).toEqual([['a', 1]]);
  });

  it('reports an ET failure at the end as host-failed, naming what WPS said', async () => {
    const wb = units();
    const e = await wb.write('单位', 'A1', [[{} as never]]).catch((x: unknown) => x); // ET stores no objects
    expect(e).toMatchObject({ code: 'host-failed', text: { zh: expect.stringContaining('WPS 报告错误'), en: expect.stringContaining('WPS reported') } });
  });

  it('runs a nested batch inside the outer one', async () => {
    const wb = units();
    await wb.batch(() => wb.batch(() => wb.write('单位', 'D1', [['y']])));
    expect(wb.cell('单位', 'D1')).toBe('y');
  });
});
