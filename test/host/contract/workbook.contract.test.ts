/**
 * The Workbook port's promises (src/host/port.ts), written once and run over every adapter: memory, files (.xlsx and
 * .csv), Excel (Office.js, on the fake Excel) and WPS (ET JSAPI, on the fake ET). Each `it` states one promise of a
 * port method; an adapter is done when it passes them all. Adapter-specific behaviour (Excel's syncs, ExcelJS's
 * styles, the WPS call counts) stays in that adapter's own tests.
 */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/engine/core/coerce';
import { HostError } from '../../../src/host/errors';
import { MARK_FILLS, SETTINGS_SHEET, type Block } from '../../../src/host/port';
import { ADAPTERS, type Adapter, type Subject } from './subjects';

/** One user sheet: the table every test starts from. */
const TABLE = () => ({
  单位: [
    ['单位', '分组', '得分'],
    ['县财政局', 'A', 91.5],
    ['县教育局', 'B', 88],
  ],
});
/** Two user sheets, 单位 active. */
const TWO = () => ({ 说明: [['本表为县级绩效考核']], ...TABLE() });

const rejects = async (p: Promise<unknown>, code: string): Promise<HostError> => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(HostError);
  expect(e).toMatchObject({ code });
  return e as HostError;
};

const one = (a: Adapter) => a.make(TABLE());
const two = (a: Adapter) => a.make(TWO(), { active: '单位' });
const severalSheets = (a: Adapter): boolean => a.oneSheet !== true;

describe.each(ADAPTERS)('Workbook contract: $name', (adapter) => {
  describe('sheets', () => {
    it('sheetNames lists the user’s sheets in tab order and never the settings sheet', async () => {
      const s = await (severalSheets(adapter) ? two(adapter) : one(adapter));
      await s.wb.setSetting('perf.x', '1');
      expect(await s.wb.sheetNames()).toEqual(severalSheets(adapter) ? ['说明', '单位'] : ['单位']);
    });

    it.runIf(severalSheets(adapter))('activeSheet names the active sheet; activateSheet makes another active', async () => {
      const s = await two(adapter);
      expect(await s.wb.activeSheet()).toBe('单位');
      await s.wb.activateSheet('说明');
      expect(await s.wb.activeSheet()).toBe('说明');
    });

    it('activateSheet on a sheet that does not exist is HostError sheet-missing', async () => {
      await rejects((await one(adapter)).wb.activateSheet('没有'), 'sheet-missing');
    });
  });

  describe('reads', () => {
    it('readTable reads the used range, from its first to its last cell holding a value, with its origin', async () => {
      const s = await adapter.make({ S: [[null, null, null], [null, null, null], [null, null, null], [null, null, 'a', 'b'], [null, null, 1, null], [null, null, null, 2]] });
      expect(await s.wb.readTable('S')).toMatchObject({ sheet: 'S', address: 'C4:D6', origin: { row: 4, col: 3 }, values: [['a', 'b'], [1, null], [null, 2]] });
    });

    it('readTable of an empty sheet is no rows at A1 (an empty CSV file is refused when opened: file-empty)', async () => {
      if (adapter.emptyRefused) {
        await rejects(adapter.make({ S: [] }), 'file-empty');
        return;
      }
      const s = await adapter.make({ S: [] });
      expect(await s.wb.readTable('S')).toMatchObject({ sheet: 'S', address: 'A1', origin: { row: 1, col: 1 }, values: [] });
    });

    it('readTable of a range reads exactly that range, empty cells as null', async () => {
      const b = await (await one(adapter)).wb.readTable('单位', 'B2:D3');
      expect(b).toMatchObject({ address: 'B2:D3', origin: { row: 2, col: 2 }, values: [['A', 91.5, null], ['B', 88, null]] });
    });

    it('readTable of a missing sheet, or of the settings sheet, is HostError sheet-missing', async () => {
      const s = await one(adapter);
      await s.wb.setSetting('perf.x', '1');
      await rejects(s.wb.readTable('没有'), 'sheet-missing');
      await rejects(s.wb.readTable(SETTINGS_SHEET), 'sheet-missing');
    });

    it.runIf(severalSheets(adapter))('readTables reads several used ranges at once, in the order asked; a missing one is sheet-missing', async () => {
      const s = await two(adapter);
      const blocks = await s.wb.readTables(['单位', '说明']);
      expect(blocks.map((b) => [b.sheet, b.address, b.values.length])).toEqual([['单位', 'A1:C3', 3], ['说明', 'A1', 1]]);
      await rejects(s.wb.readTables(['说明', '没有']), 'sheet-missing');
    });

    it('snapshot gives the sheets, the active sheet and the used range of the sheet asked (default the active one)', async () => {
      const s = await (severalSheets(adapter) ? two(adapter) : one(adapter));
      const snap = await s.wb.snapshot();
      expect(snap.sheet).toBe('单位');
      expect(snap.active).toBe('单位');
      expect(snap.sheets).toContain('单位');
      expect(snap.used.values).toEqual(TABLE().单位);
      expect(snap.tables).toEqual([]);
      expect(snap.also).toBeUndefined();
    });

    it('snapshot brings the used ranges of `also` sheets that exist, in the order asked, skipping missing ones', async () => {
      const s = await one(adapter);
      await s.wb.addSheet('排名结果');
      await s.wb.write('排名结果', 'A1', [['旧结果']]);
      const snap = await s.wb.snapshot('单位', { also: ['排名结果', '没有'] });
      expect(snap.also?.map((b) => [b.sheet, b.values])).toEqual([['排名结果', [['旧结果']]]]);
    });

    it('the selection: its used part (selection ∩ values), at its corner when empty; null where the host has none', async () => {
      const s = await one(adapter);
      if (!s.wb.can.selection || !s.select) {
        expect(await s.wb.readSelection()).toBeNull();
        expect((await s.wb.snapshot()).selection).toBeNull();
        return;
      }
      await s.select('单位', 'B1:Z1000');
      expect(await s.wb.readSelection()).toMatchObject({ sheet: '单位', address: 'B1:C3', origin: { row: 1, col: 2 }, values: [['分组', '得分'], ['A', 91.5], ['B', 88]] });
      expect((await s.wb.snapshot()).selection?.address).toBe('B1:C3');
      await s.select('单位', 'F10:G12');
      expect(await s.wb.readSelection()).toMatchObject({ sheet: '单位', address: 'F10', values: [] });
    });

    it('onSelectionChanged reports each change until unsubscribed (where the host has it)', async () => {
      const s = await one(adapter);
      if (!s.wb.onSelectionChanged || !s.select) return;
      const seen: string[] = [];
      const off = await s.wb.onSelectionChanged((sel) => seen.push(`${sel.sheet}!${sel.address}`));
      await s.select('单位', 'B2');
      await off();
      await s.select('单位', 'C3');
      expect(seen).toEqual(['单位!B2']);
    });

    it('tables lists the Excel tables of a sheet, and the snapshot brings them ([] where the host has none)', async () => {
      const s = await one(adapter);
      if (!s.wb.can.tables || !s.userTable) {
        expect(await s.wb.tables('单位')).toEqual([]);
        return;
      }
      s.userTable('单位', 'Units', 'A1:C3');
      const again = adapter.name.startsWith('file') ? await s.reopen() : s;
      expect(await again.wb.tables('单位')).toEqual([{ name: 'Units', sheet: '单位', address: 'A1:C3' }]);
      expect((await again.wb.snapshot('单位')).tables).toEqual([{ name: 'Units', sheet: '单位', address: 'A1:C3' }]);
    });

    it('Block.percentFormats lists the cells holding a value formatted as a percentage (the user’s or formatRange’s), absent when none', async () => {
      const s = await adapter.make({ 自评: [['指标', '得分比例'], ['培训效果', 0.5], ['满意度', 0.5], ['空白', null]] });
      expect((await s.wb.readTable('自评')).percentFormats).toBeUndefined();
      s.userPercent('自评', 'B2', '0%');
      s.userPercent('自评', 'B4', '0%');
      const read = adapter.name.startsWith('file') ? await s.reopen() : s;
      const only = (b: Block) => expect(b.percentFormats).toEqual({ B2: '0%' });
      only(await read.wb.readTable('自评'));
      only((await read.wb.snapshot('自评')).used);
      only((await read.wb.readTables(['自评']))[0]!);
      await read.wb.formatRange('自评', 'B3', { numberFormat: '0.0%' });
      expect((await read.wb.readTable('自评')).percentFormats).toEqual({ B2: '0%', B3: '0.0%' });
    });

    it('Block.merges lists the merged areas meeting the block, whole, in sheet coordinates; only their top-left cell holds a value', async () => {
      const s = await adapter.make({ 汇总: [['2026 年度汇总', null, null], ['单位', '指标评估', '领导评估'], ['县财政局', 55, 9]] });
      expect((await s.wb.readTable('汇总')).merges).toBeUndefined();
      s.userMerge('汇总', 'A1:C1');
      const read = adapter.name.startsWith('file') ? await s.reopen() : s;
      const used = await read.wb.readTable('汇总');
      expect(used.merges).toEqual(['A1:C1']);
      expect(used.values[0]).toEqual(['2026 年度汇总', null, null]);
      expect((await read.wb.snapshot('汇总')).used.merges).toEqual(['A1:C1']);
      expect((await read.wb.readTable('汇总', 'B1:C2')).merges).toEqual(['A1:C1']);
      expect((await read.wb.readTable('汇总', 'A2:C3')).merges).toBeUndefined();
    });

    it('Block.uncomputed names the formula cells saved without a computed value (where a host can hold one), never reading them as blank', async () => {
      const s = await adapter.make({ 汇总: [['单位', '得分'], ['县财政局', 90]] });
      expect((await s.wb.readTable('汇总')).uncomputed).toBeUndefined();
      if (!s.uncomputedFormula) return; // Excel and WPS compute every formula: they hold none
      s.uncomputedFormula('汇总', 'B3', 'SUM(B2:B2)');
      const read = adapter.name.startsWith('file') ? await s.reopen() : s;
      expect((await read.wb.readTable('汇总')).uncomputed).toEqual(['B3']);
    });
  });

  describe('write', () => {
    it('strings are always text: a leading = + - @ never makes a formula, also after the document is reopened', async () => {
      const s = await one(adapter);
      const texts = ['=SUM(A1:A9)', '+86 10 1234', '-2', '@x', '=1+1'];
      await s.wb.write('单位', 'A5', [texts]);
      for (const [i, t] of texts.entries()) {
        const address = `${String.fromCharCode(65 + i)}5`;
        expect([address, s.value('单位', address), s.isFormula('单位', address)]).toEqual([address, t, false]);
      }
      const again = await s.reopen();
      expect((await again.wb.readTable('单位', 'A5:E5')).values).toEqual([texts]);
      expect(texts.map((_, i) => again.isFormula('单位', `${String.fromCharCode(65 + i)}5`))).toEqual(texts.map(() => false));
    });

    it('numbers and booleans are values; a Date is stored as a date; null clears the cell', async () => {
      const s = await one(adapter);
      await s.wb.write('单位', 'C2', [[null], [77.25]]);
      await s.wb.write('单位', 'E2', [[new Date(Date.UTC(2026, 2, 15)), true]]);
      const back = await (await s.reopen()).wb.readTable('单位', 'C2:F3');
      expect(back.values[0]![0]).toBeNull();
      expect(back.values[1]![0]).toBe(77.25);
      expect(readDate(back.values[0]![2] ?? null)).toEqual({ y: 2026, m: 3, d: 15 });
      expect(back.values[0]![3]).toBe(true);
    });

    it('textColumns keep number-looking text as text ("001" stays "001") and format those cells as text', async () => {
      const s = await one(adapter);
      await s.wb.write('单位', 'E1', [['编码', 'x'], ['001', 1]], { textColumns: [0] });
      expect(s.value('单位', 'E2')).toBe('001');
      expect(s.numberFormat('单位', 'E2')).toBe('@');
      expect((await (await s.reopen()).wb.readTable('单位', 'E2:F2')).values).toEqual([['001', 1]]);
    });

    it('overwrites whatever the block covers and nothing else', async () => {
      const s = await one(adapter);
      await s.wb.write('单位', 'B2', [['Z', 1]]);
      expect((await s.wb.readTable('单位')).values).toEqual([['单位', '分组', '得分'], ['县财政局', 'Z', 1], ['县教育局', 'B', 88]]);
    });

    it('a bad address is HostError range-invalid', async () => {
      await rejects((await one(adapter)).wb.write('单位', '1A', [['x']]), 'range-invalid');
    });
  });

  describe('marks', () => {
    it('mark fills each cell by kind and notes it; a later mark replaces the add-in’s own note', async () => {
      const s = await one(adapter);
      await s.wb.mark('单位', [{ cell: 'C3', kind: 'error', note: '得分不是数字 / not a number' }, { cell: 'b2', kind: 'warning', note: '分组待核' }]);
      expect([s.fill('单位', 'C3'), s.fill('单位', 'B2')]).toEqual([MARK_FILLS.error, MARK_FILLS.warning]);
      expect(s.note('单位', 'C3')).toBe('得分不是数字 / not a number');
      await s.wb.mark('单位', [{ cell: 'C3', kind: 'info', note: '第二次' }]);
      expect([s.fill('单位', 'C3'), s.note('单位', 'C3')]).toEqual([MARK_FILLS.info, '第二次']);
    });

    it('a note the user wrote is kept: the cell gets the fill only, and clearMarks leaves the note', async () => {
      const s = await one(adapter);
      s.userNote('单位', 'A2', '用户批注');
      await s.wb.mark('单位', [{ cell: 'A2', kind: 'error', note: '问题' }, { cell: 'A3', kind: 'error', note: '问题' }]);
      expect([s.fill('单位', 'A2'), s.note('单位', 'A2')]).toEqual([MARK_FILLS.error, '用户批注']);
      await s.wb.clearMarks('单位');
      expect([s.fill('单位', 'A2'), s.note('单位', 'A2')]).toEqual([undefined, '用户批注']);
      expect([s.fill('单位', 'A3'), s.note('单位', 'A3')]).toEqual([undefined, undefined]);
    });

    it('clearMarks removes the add-in’s fills and notes only, also in the document reopened (the marks are recorded)', async () => {
      const s = await one(adapter);
      await s.wb.formatRange('单位', 'A1:C1', { fill: '#EEEEEE' });
      await s.wb.mark('单位', [{ cell: 'C3', kind: 'error', note: '问题' }]);
      const again = await s.reopen();
      await again.wb.clearMarks('单位');
      expect([again.fill('单位', 'C3'), again.note('单位', 'C3'), again.fill('单位', 'A1')]).toEqual([undefined, undefined, '#EEEEEE']);
      expect(again.value('单位', 'C3')).toBe(88);
    });
  });

  describe('addSheet and ownership', () => {
    it('adds a sheet the add-in owns; a second add is sheet-exists; replaceOwn replaces it, empty, at its place', async () => {
      const s = await one(adapter);
      await s.wb.addSheet('排名结果');
      await s.wb.write('排名结果', 'A1', [['old']]);
      expect(await s.wb.isOwnSheet('排名结果')).toBe(true);
      await rejects(s.wb.addSheet('排名结果'), 'sheet-exists');
      await s.wb.addSheet('排名结果', { replaceOwn: true });
      expect((await s.wb.readTable('排名结果')).values).toEqual([]);
      expect(await s.wb.sheetNames()).toEqual(['单位', '排名结果']);
    });

    it('never replaces a user’s sheet: sheet-not-owned naming it, the sheet untouched', async () => {
      const s = await one(adapter);
      const e = await rejects(s.wb.addSheet('单位', { replaceOwn: true }), 'sheet-not-owned');
      expect(e.text.zh).toContain('单位');
      expect(e.text.en).toContain('单位');
      expect((await s.wb.readTable('单位')).values).toEqual(TABLE().单位);
      expect(await s.wb.isOwnSheet('单位')).toBe(false);
      expect(await s.wb.isOwnSheet('没有')).toBe(false);
    });

    it('ownership is recorded in the document: the reopened document still knows its own sheet', async () => {
      const s = await one(adapter);
      await s.wb.addSheet('排名结果');
      const again = await s.reopen();
      expect(await again.wb.isOwnSheet('排名结果')).toBe(true);
      await again.wb.addSheet('排名结果', { replaceOwn: true });
    });
  });

  describe('formatting', () => {
    it('formatRange formats the whole range: fill and number format', async () => {
      const s = await one(adapter);
      await s.wb.formatRange('单位', 'C2:C3', { numberFormat: '0.00', fill: '#F2F2F2', bold: true });
      expect([s.numberFormat('单位', 'C2'), s.numberFormat('单位', 'C3'), s.fill('单位', 'C3')]).toEqual(['0.00', '0.00', '#F2F2F2']);
    });

    it('conditionalColors colours the cells whose shown text equals a rule’s, evaluated by the host', async () => {
      const s = await one(adapter);
      await s.wb.conditionalColors('单位', 'B2:B3', [{ equals: 'A', fill: '#C6EFCE' }, { equals: 'B', fill: '#FFEB9C', font: '#9C5700' }]);
      const again = await s.reopen();
      expect([again.conditionalFill('单位', 'B2'), again.conditionalFill('单位', 'B3'), again.conditionalFill('单位', 'A2')]).toEqual(['#C6EFCE', '#FFEB9C', undefined]);
    });

    it('validationList sets a drop-down of exactly the items, short lists inline and long ones from a hidden sheet', async () => {
      const s = await one(adapter);
      const long = Array.from({ length: 80 }, (_, i) => `扣分项目${i + 1}`);
      await s.wb.validationList('单位', 'B2:B100', ['A', 'B', 'C']);
      await s.wb.validationList('单位', 'E2:E100', long);
      const again = await s.reopen();
      expect(again.validation('单位', 'B50')).toEqual(['A', 'B', 'C']);
      expect(again.validation('单位', 'E2')).toEqual(long);
      expect(await again.wb.sheetNames()).toEqual(['单位']);
    });

    it('addChart answers whether the host draws charts (can.charts)', async () => {
      const s = await one(adapter);
      expect(await s.wb.addChart('单位', { type: 'bar', title: '得分', categories: 'A2:A3', series: [{ name: '得分', values: 'C2:C3' }], anchor: 'E2' })).toBe(s.wb.can.charts);
    });
  });

  describe('print', () => {
    it('formatRange aligns, sizes the font, draws the grid and sets row heights, kept in the reopened document', async () => {
      const s = await one(adapter);
      await s.wb.formatRange('单位', 'A1:C1', { align: 'center', fontSize: 16, rowHeight: 30 });
      await s.wb.formatRange('单位', 'A2:C3', { border: true, align: 'right' });
      const again = await s.reopen();
      expect(again.look('单位', 'B1')).toMatchObject({ align: 'center', fontSize: 16, rowHeight: 30 });
      expect(again.look('单位', 'C3')).toMatchObject({ align: 'right', border: true });
      expect(again.look('单位', 'A1').border).toBeUndefined();
    });

    it('mergeCells makes one cell of the range: only the top-left value stays, and reads report the merge', async () => {
      const s = await one(adapter);
      await s.wb.mergeCells('单位', 'A2:C2');
      const again = await s.reopen();
      const b = await again.wb.readTable('单位');
      expect(b.merges).toEqual(['A2:C2']);
      expect(b.values[1]).toEqual(['县财政局', null, null]);
      expect([again.value('单位', 'B2'), again.value('单位', 'C2')]).toEqual([null, null]);
    });

    it('a bad range is HostError range-invalid, for a merge and a print area alike', async () => {
      const s = await one(adapter);
      await rejects(s.wb.mergeCells('单位', 'A0:B'), 'range-invalid');
      await rejects(s.wb.pageSetup('单位', { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: '1A' }), 'range-invalid');
    });

    it('pageSetup sets paper, orientation, one page wide, title rows, print area, header and footer with page numbers; kept in the reopened document', async () => {
      const s = await one(adapter);
      expect(s.printed('单位')).toBeUndefined();
      await s.wb.pageSetup('单位', {
        paper: 'A4', orientation: 'landscape', fitToWidth: true, centered: true, titleRows: { first: 1, last: 1 }, printArea: 'A1:C3',
        header: { left: '运行 2026-07-12 · R&D', right: '排名结果' }, footer: { center: '第 {page} 页，共 {pages} 页' },
      });
      const again = await s.reopen();
      expect(again.printed('单位')).toEqual({
        paper: 9, landscape: true, fitToWidth: true, centered: true, titleRows: '1:1', printArea: 'A1:C3',
        header: '&L运行 2026-07-12 · R&&D&R排名结果', footer: '&C第 &P 页，共 &N 页',
      });
    });

    it('a second pageSetup replaces the first: orientation, title rows, header and footer', async () => {
      const s = await one(adapter);
      await s.wb.pageSetup('单位', { paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: { first: 1, last: 2 }, header: { center: 'x' } });
      await s.wb.pageSetup('单位', { paper: 'A4', orientation: 'portrait', fitToWidth: true, titleRows: { first: 1, last: 1 }, footer: { right: '{page}' } });
      expect((await s.reopen()).printed('单位')).toMatchObject({ landscape: false, titleRows: '1:1', header: '', footer: '&R&P' });
    });
  });

  describe('settings', () => {
    it('getSetting gives what setSetting stored, undefined when unset; long values whole; kept in the reopened document', async () => {
      const s = await one(adapter);
      const long = '规'.repeat(70_000);
      expect(await s.wb.getSetting('perf.scheme')).toBeUndefined();
      await s.wb.setSetting('perf.scheme', long);
      await s.wb.setSetting('perf.other', 'x');
      await s.wb.setSetting('perf.other', 'y');
      expect(await s.wb.getSetting('perf.scheme')).toBe(long);
      const again = await s.reopen();
      expect([await again.wb.getSetting('perf.scheme'), await again.wb.getSetting('perf.other')]).toEqual([long, 'y']);
      expect(await again.wb.sheetNames()).toEqual(['单位']);
    });

    it('the settings sheet cannot be written through the port', async () => {
      const s = await one(adapter);
      await s.wb.setSetting('perf.x', '1');
      await rejects(s.wb.write(SETTINGS_SHEET, 'A1', [['x']]), 'sheet-missing');
      expect(await s.wb.getSetting('perf.x')).toBe('1');
    });
  });

  describe('batch', () => {
    /** What a user would see: values, sheets, fills, notes, settings, ownership. */
    const look = async (s: Subject) => ({
      sheets: await s.wb.sheetNames(),
      values: (await s.wb.readTable('单位')).values,
      fill: s.fill('单位', 'A2'),
      note: s.note('单位', 'A2'),
      setting: await s.wb.getSetting('perf.scheme'),
      own: await s.wb.isOwnSheet('排名结果'),
    });

    it('a throw before the end writes nothing: values, marks, sheets, formats and settings are as they were', async () => {
      const s = await one(adapter);
      const before = await look(s);
      // In the order every command keeps: read, mark, then write (Office.js sends what is queued with any sync).
      const failed = s.wb.batch(async () => {
        await s.wb.snapshot();
        await s.wb.mark('单位', [{ cell: 'A2', kind: 'error', note: '错' }]);
        await s.wb.write('单位', 'A2', [['改']]);
        await s.wb.addSheet('排名结果');
        await s.wb.formatRange('单位', 'A1:C1', { bold: true });
        await s.wb.setSetting('perf.scheme', '{}');
        throw new Error('engine failed');
      });
      await expect(failed).rejects.toThrow('engine failed');
      expect(await look(s)).toEqual(before);
      expect(await look(await s.reopen())).toEqual(before);
    });

    it('a batch that ends keeps every change and returns its value; a batch inside a batch just runs in it', async () => {
      const s = await one(adapter);
      const got = await s.wb.batch(async () => {
        await s.wb.write('单位', 'D1', [['排名']]);
        return s.wb.batch(async () => {
          await s.wb.setSetting('perf.scheme', 'z');
          return 7;
        });
      });
      expect(got).toBe(7);
      const again = await s.reopen();
      expect([again.value('单位', 'D1'), await again.wb.getSetting('perf.scheme')]).toEqual(['排名', 'z']);
    });

    it('reads inside a batch see the batch’s own reads of the document (a snapshot, then a range)', async () => {
      const s = await one(adapter);
      const out = await s.wb.batch(async () => {
        const snap = await s.wb.snapshot();
        return [snap.used.address, (await s.wb.readTable('单位', 'A2:A3')).values];
      });
      expect(out).toEqual(['A1:C3', [['县财政局'], ['县教育局']]]);
    });
  });
});
