import { describe, expect, it } from 'vitest';
import { HostError } from '../../src/host/errors';
import { MemoryWorkbook } from '../../src/host/memory';
import { MARK_FILLS, SETTINGS_SHEET } from '../../src/host/port';

const units = () =>
  MemoryWorkbook.fromSheets({
    说明: [['本表为县级绩效考核']],
    单位: [
      ['单位', '分组', '得分'],
      ['县财政局', 'A', 91.5],
      ['县教育局', 'B', '88'],
    ],
  }, { active: '单位' });

describe('MemoryWorkbook reads', () => {
  it('reads the used range with its origin when no range is given', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    wb.put('S', 'C4', [['a', 'b'], [1, null], [null, 2]]);
    const block = await wb.readTable('S');
    expect(block).toEqual({ sheet: 'S', address: 'C4:D6', origin: { row: 4, col: 3 }, values: [['a', 'b'], [1, null], [null, 2]] });
  });

  it('reads an empty sheet as no rows at A1', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    expect(await wb.readTable('S')).toEqual({ sheet: 'S', address: 'A1', origin: { row: 1, col: 1 }, values: [] });
  });

  it('reads an explicit range including empty cells', async () => {
    const block = await units().readTable('单位', 'B2:D3');
    expect(block.values).toEqual([['A', 91.5, null], ['B', '88', null]]);
    expect(block.origin).toEqual({ row: 2, col: 2 });
  });

  it('snapshot gives sheets, active sheet, selection, tables and used range in one read', async () => {
    const wb = units();
    wb.addTable('单位', 'Units', 'A1:C3');
    wb.select('单位', 'A1:B2');
    const snap = await wb.snapshot();
    expect(snap.sheets).toEqual(['说明', '单位']);
    expect(snap.active).toBe('单位');
    expect(snap.selection?.values).toEqual([['单位', '分组'], ['县财政局', 'A']]);
    expect(snap.tables).toEqual([{ name: 'Units', sheet: '单位', address: 'A1:C3' }]);
    expect(snap.used.address).toBe('A1:C3');
    expect(wb.stats.reads).toBe(1);
  });

  it('reads only the used part of a selection, as Excel does for whole-column selections', async () => {
    const wb = units();
    wb.select('单位', 'B1:Z1000');
    expect(await wb.readSelection()).toEqual({ sheet: '单位', address: 'B1:C3', origin: { row: 1, col: 2 }, values: [['分组', '得分'], ['A', 91.5], ['B', '88']] });
    wb.select('单位', 'F10:G12');
    expect(await wb.readSelection()).toEqual({ sheet: '单位', address: 'F10', origin: { row: 10, col: 6 }, values: [] });
  });

  it('finds sheets case-insensitively and names a missing sheet in a typed error', async () => {
    const wb = MemoryWorkbook.fromSheets({ Data: [[1]] });
    expect((await wb.readTable('data')).values).toEqual([[1]]);
    await expect(wb.readTable('Nope')).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('reports selection changes to subscribers until they unsubscribe', async () => {
    const wb = units();
    const seen: string[] = [];
    const off = await wb.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.address}`));
    wb.select('单位', 'b2');
    await off();
    wb.select('说明', 'A1');
    expect(seen).toEqual(['单位!B2']);
    expect(await wb.activeSheet()).toBe('说明');
  });
});

describe('MemoryWorkbook multi-sheet reads', () => {
  it('reads several sheets in one read, in the order asked, and names a missing one', async () => {
    const wb = MemoryWorkbook.fromSheets({ 甲: [['a', 1]], 乙: [[null, null], [null, 'b']] });
    const blocks = await wb.readTables(['乙', '甲']);
    expect(blocks.map((b) => [b.sheet, b.address, b.values])).toEqual([['乙', 'B2', [['b']]], ['甲', 'A1:B1', [['a', 1]]]]);
    expect(wb.stats.reads).toBe(1);
    await expect(wb.readTables(['甲', '丙'])).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('brings `also` sheets with the snapshot in the same read, skipping missing ones', async () => {
    const wb = MemoryWorkbook.fromSheets({ 甲: [['a']], 乙: [['b']] });
    const snap = await wb.snapshot(undefined, { also: ['乙', '丙'] });
    expect(snap.also?.map((b) => [b.sheet, b.values])).toEqual([['乙', [['b']]]]);
    expect(wb.stats.reads).toBe(1);
    expect((await wb.snapshot()).also).toBeUndefined();
  });
});

describe('MemoryWorkbook writes', () => {
  it('writes a block and keeps formula-looking text as text', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    await wb.write('S', 'B2', [['=SUM(A1:A9)', '+1', '-2', '@x'], [new Date(2025, 0, 2), true, null, 3]]);
    expect(wb.cell('S', 'B2')).toBe('=SUM(A1:A9)');
    expect(wb.cell('S', 'D2')).toBe('-2');
    expect(wb.cell('S', 'B3')).toEqual(new Date(2025, 0, 2));
    expect((await wb.readTable('S')).address).toBe('B2:E3');
  });

  it('formats text columns as text so later entries keep leading zeros', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    await wb.write('S', 'A1', [['编码', 'x'], ['001', 1]], { textColumns: [0] });
    expect(wb.numberFormat('S', 'A2')).toBe('@');
    expect(wb.numberFormat('S', 'B2')).toBeUndefined();
  });

  it('marks cells with the kind fill and a note, and clears only its own marks', async () => {
    const wb = units();
    await wb.formatRange('单位', 'A1:C1', { bold: true, fill: '#EEEEEE' });
    await wb.mark('单位', [
      { cell: 'C3', kind: 'error', note: '得分不是数字 / not a number' },
      { cell: 'b2', kind: 'warning', note: '分组待核 / check group' },
    ]);
    expect(wb.fill('单位', 'C3')).toBe(MARK_FILLS.error);
    expect(wb.fill('单位', 'B2')).toBe(MARK_FILLS.warning);
    expect(wb.note('单位', 'C3')).toContain('not a number');
    await wb.clearMarks('单位');
    expect(wb.fill('单位', 'C3')).toBeUndefined();
    expect(wb.note('单位', 'B2')).toBeUndefined();
    expect(wb.fill('单位', 'A1')).toBe('#EEEEEE');
    expect(wb.cell('单位', 'C3')).toBe('88');
  });

  it('keeps a note the user wrote: the cell gets the fill only, and clearing leaves the note', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [['x', 'y']] });
    await wb.mark('S', [{ cell: 'A1', kind: 'info', note: 'first run' }]);
    await wb.mark('S', [{ cell: 'A1', kind: 'error', note: 'second run' }]);
    expect(wb.note('S', 'A1')).toBe('second run');
    const user = MemoryWorkbook.fromSheets({ S: [['x']] });
    user.setNote('S', 'A1', '用户批注');
    await user.mark('S', [{ cell: 'A1', kind: 'info', note: 'mine' }, { cell: 'B1', kind: 'info', note: 'mine' }]);
    expect(user.note('S', 'A1')).toBe('用户批注');
    expect(user.fill('S', 'A1')).toBe(MARK_FILLS.info);
    await user.clearMarks('S');
    expect(user.note('S', 'A1')).toBe('用户批注');
    expect(user.note('S', 'B1')).toBeUndefined();
  });

  it('adds sheets it owns, replaces them on request, and refuses user sheets', async () => {
    const wb = units();
    await wb.addSheet('排名结果');
    await wb.write('排名结果', 'A1', [['old']]);
    expect(await wb.isOwnSheet('排名结果')).toBe(true);
    await expect(wb.addSheet('排名结果')).rejects.toMatchObject({ code: 'sheet-exists' });
    await wb.addSheet('排名结果', { replaceOwn: true });
    expect(wb.values('排名结果')).toEqual([]);
    const refused = await wb.addSheet('单位', { replaceOwn: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostError);
    expect((refused as HostError).text.zh).toContain('单位');
    expect(wb.cell('单位', 'A2')).toBe('县财政局');
    expect(await wb.isOwnSheet('单位')).toBe(false);
  });

  it('keeps settings and ownership in a hidden settings sheet never listed as a sheet', async () => {
    const wb = units();
    const long = 'x'.repeat(70000);
    await wb.setSetting('perf.scheme', long);
    await wb.addSheet('排名结果');
    expect(await wb.getSetting('perf.scheme')).toBe(long);
    expect(await wb.getSetting('absent')).toBeUndefined();
    expect(wb.isHidden(SETTINGS_SHEET)).toBe(true);
    expect(await wb.sheetNames()).toEqual(['说明', '单位', '排名结果']);
    expect(wb.allSheetNames()).toContain(SETTINGS_SHEET);
    await expect(wb.readTable(SETTINGS_SHEET)).rejects.toMatchObject({ code: 'sheet-missing' });
    await expect(wb.write(SETTINGS_SHEET, 'A1', [['x']])).rejects.toMatchObject({ code: 'sheet-missing' });
  });

  it('records conditional colours, validation lists and charts', async () => {
    const wb = units();
    await wb.conditionalColors('单位', 'B2:B3', [{ equals: 'A', fill: '#C6EFCE' }, { equals: 'B', fill: '#FFEB9C', font: '#9C5700' }]);
    await wb.validationList('单位', 'B2:B100', ['A', 'B', 'C']);
    const drew = await wb.addChart('单位', { type: 'bar', title: '综合得分', categories: 'A2:A3', series: [{ name: '得分', values: 'C2:C3' }], anchor: 'E2' });
    expect(wb.conditionalFill('单位', 'B3')?.fill).toBe('#FFEB9C');
    expect(wb.conditionalFill('单位', 'A2')).toBeUndefined();
    expect(wb.validation('单位', 'B50')).toEqual(['A', 'B', 'C']);
    expect(drew).toBe(true);
    expect(wb.charts('单位')[0]?.title).toBe('综合得分');
  });

  it('rolls back every change when a batch throws', async () => {
    const wb = units();
    const failed = wb.batch(async () => {
      await wb.addSheet('排名结果');
      await wb.write('单位', 'D1', [['x']]);
      await wb.mark('单位', [{ cell: 'A1', kind: 'info', note: 'n' }]);
      throw new Error('engine failed');
    });
    await expect(failed).rejects.toThrow('engine failed');
    expect(await wb.sheetNames()).toEqual(['说明', '单位']);
    expect(wb.cell('单位', 'D1')).toBeNull();
    expect(wb.fill('单位', 'A1')).toBeUndefined();
    expect(await wb.isOwnSheet('排名结果')).toBe(false);
  });

  it('keeps a batch’s changes when it succeeds', async () => {
    const wb = units();
    const got = await wb.batch(async () => {
      await wb.write('单位', 'D1', [['排名']]);
      return 7;
    });
    expect(got).toBe(7);
    expect(wb.cell('单位', 'D1')).toBe('排名');
  });
});
