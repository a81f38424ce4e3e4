/**
 * WpsWorkbook against the port's promises (src/host/port.ts), one describe per port method, in the order port.ts
 * states them, over the fake ET — the changes here, the reads in wps-read.test.ts. Where ET differs from the other hosts (UsedRange covers formatted cells, Value2
 * coerces typed text, AddComment fails on a commented cell, Delete asks the user, Worksheets.Add activates), the
 * test names the ET behaviour the adapter has to get round. test/wps/memory-contract.test.ts runs the memory
 * adapter's own tests over WPS as well.
 */
import { describe, expect, it } from 'vitest';
import { LISTS_SHEET } from '../../src/host/lists';
import { MARK_FILLS, SETTINGS_SHEET } from '../../src/host/port';
import { WpsWorkbook } from '../../src/host/wps/workbook';
import { bgr } from './wps-fake/model';
import { units, WpsHarness } from './wps-harness';

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

describe('WpsWorkbook: mergeCells and pageSetup', () => {
  it('merges a range holding several values without asking the user (ET would), keeping the top-left value', async () => {
    const wb = WpsHarness.fromSheets({ S: [['标题', '旧', '旧']] });
    await wb.mergeCells('S', 'A1:C1');
    expect([wb.values('S'), wb.x.alertsShown, wb.x.DisplayAlerts]).toEqual([[['标题']], 0, true]);
    expect(wb.x.made('Merge')).toBe(1);
  });

  it('queues the page setup to the batch’s end: a throw before it leaves the sheet’s page as it was', async () => {
    const wb = WpsHarness.fromSheets({ S: [['a']] });
    await wb.batch(async () => {
      await wb.pageSetup('S', { paper: 'A4', orientation: 'landscape', fitToWidth: true });
      throw new Error('stop');
    }).catch(() => undefined);
    expect(wb.x.sheet('S').page.Orientation).toBe(1);
    await wb.pageSetup('S', { paper: 'A4', orientation: 'landscape', fitToWidth: true });
    expect([wb.x.sheet('S').page.Orientation, wb.x.sheet('S').page.Zoom, wb.x.sheet('S').page.FitToPagesTall]).toEqual([2, false, false]);
  });
});
