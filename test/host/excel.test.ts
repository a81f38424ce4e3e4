import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../src/host/excel';
import { LISTS_SHEET } from '../../src/host/lists';
import { MARK_FILLS, SETTINGS_SHEET } from '../../src/host/port';
import { FakeExcel } from './excel-fake';

const units = (selection?: { sheet: string; address: string }) =>
  FakeExcel.from({
    单位: [
      ['单位', '分组', '得分'],
      ['县财政局', 'A', 91.5],
      ['县教育局', 'B', '#N/A'],
      ['县卫健委', '', 80],
    ],
    说明: [['说明']],
  }, selection);

const adapter = (x: FakeExcel, notes = true) => new ExcelWorkbook({ run: x.run, notes, merges: true });

describe('ExcelWorkbook reads', () => {
  it('takes a snapshot — sheets, active sheet, selection, used range — in one sync', async () => {
    const x = units({ sheet: '单位', address: 'A1:B2' });
    const wb = adapter(x);
    const snap = await wb.snapshot();
    expect(snap.sheets).toEqual(['单位', '说明']);
    expect(snap.active).toBe('单位');
    expect(snap.used).toEqual({
      sheet: '单位', address: 'A1:C4', origin: { row: 1, col: 1 },
      values: [['单位', '分组', '得分'], ['县财政局', 'A', 91.5], ['县教育局', 'B', '#N/A'], ['县卫健委', null, 80]],
    });
    expect(snap.selection?.values).toEqual([['单位', '分组'], ['县财政局', 'A']]);
    expect(snap.tables).toEqual([]);
    expect(wb.syncs).toBe(1);
    expect(x.syncs).toBe(1);
  });

  it('loads Excel tables’ ranges with one more sync only when the sheet has tables', async () => {
    const x = units();
    x.sheet('单位').tables.push({ name: 'Units', address: 'A1:C4' });
    const wb = adapter(x);
    const snap = await wb.snapshot('单位');
    expect(snap.tables).toEqual([{ name: 'Units', sheet: '单位', address: 'A1:C4' }]);
    expect(wb.syncs).toBe(2);
  });

  it('still reads the sheet when the selection is not a range (a chart is selected)', async () => {
    const x = units({ sheet: '单位', address: 'A1' });
    x.selectionFails = true;
    const snap = await adapter(x).snapshot();
    expect(snap.selection).toBeNull();
    expect(snap.used.address).toBe('A1:C4');
  });

  it('still primes when the host refuses calls on a missing sheet’s null object (first run, no settings sheet)', async () => {
    const x = units({ sheet: '单位', address: 'A1:C2' });
    x.nullChainFails = true;
    const first = adapter(x);
    const snap = await first.snapshot();
    expect(snap.selection?.values).toEqual([['单位', '分组', '得分'], ['县财政局', 'A', 91.5]]);
    expect(first.syncs).toBe(3);
    await first.setSetting('perf.scheme', 'x');
    const later = adapter(x);
    expect((await later.snapshot()).used.address).toBe('A1:C4');
    expect(later.syncs).toBe(1);
    expect(await later.getSetting('perf.scheme')).toBe('x');
  });

  it('reads the selection’s used part and the tables of a sheet on their own', async () => {
    const x = units({ sheet: '单位', address: 'B1:Z9' });
    x.sheet('单位').tables.push({ name: 'Units', address: 'A1:C4' });
    const wb = adapter(x);
    expect(await wb.readSelection()).toMatchObject({ sheet: '单位', address: 'B1:C4', origin: { row: 1, col: 2 } });
    expect(await wb.tables('单位')).toEqual([{ name: 'Units', sheet: '单位', address: 'A1:C4' }]);
    expect(await wb.activeSheet()).toBe('单位');
  });

  it('reports selection changes with the sheet name until unsubscribed', async () => {
    const x = units();
    const seen: string[] = [];
    const off = await adapter(x).onSelectionChanged((s) => seen.push(`${s.sheet}!${s.address}`));
    await x.select('说明', 'A1:B2');
    await off();
    await x.select('单位', 'C3');
    expect(seen).toEqual(['说明!A1:B2']);
  });

  it('reads a range in one sync and names a missing sheet in a typed error', async () => {
    const x = units();
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.snapshot();
      expect((await wb.readTable('单位', 'B2:C3')).values).toEqual([['A', 91.5], ['B', '#N/A']]);
      await expect(wb.readTable('没有')).rejects.toMatchObject({ code: 'sheet-missing' });
    });
    expect(wb.syncs).toBe(2);
  });
});

describe('ExcelWorkbook multi-sheet reads', () => {
  it('reads several sheets in one sync, and their tables with them', async () => {
    const x = units();
    x.sheet('说明').tables.push({ name: '说明表', address: 'A1:A1' });
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.snapshot();
      const before = wb.syncs;
      const blocks = await wb.readTables(['说明', '单位']);
      expect(wb.syncs - before).toBe(1);
      expect(blocks.map((b) => [b.sheet, b.address])).toEqual([['说明', 'A1'], ['单位', 'A1:C4']]);
      expect(blocks[1]!.values[1]).toEqual(['县财政局', 'A', 91.5]);
      expect(await wb.tables('说明')).toEqual([{ name: '说明表', sheet: '说明', address: 'A1' }]);
      expect(await wb.tables('单位')).toEqual([]);
      expect(wb.syncs - before).toBe(1); // the tables came with the read
      await expect(wb.readTables(['单位', '没有'])).rejects.toMatchObject({ code: 'sheet-missing' });
    });
  });

  it('brings the used ranges of `also` sheets with the snapshot in its one sync, skipping missing ones', async () => {
    const x = units();
    const wb = adapter(x);
    const snap = await wb.batch(() => wb.snapshot('单位', { also: ['说明', '排名结果'] }));
    expect(wb.syncs).toBe(1);
    expect(snap.also?.map((b) => [b.sheet, b.values])).toEqual([['说明', [['说明']]]]);
  });

  it('still brings `also` sheets where the host refuses calls on a missing sheet’s null object', async () => {
    const x = units();
    x.nullChainFails = true;
    const wb = adapter(x);
    const snap = await wb.batch(() => wb.snapshot(undefined, { also: ['说明', '排名结果'] }));
    expect(snap.sheet).toBe('单位');
    expect(snap.also?.map((b) => b.sheet)).toEqual(['说明']);
  });

  it('learns where the notes are alongside a second read, so marks after it cost no sync of their own', async () => {
    const x = units();
    x.cell('单位', 'A2')!.note = '用户批注';
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.snapshot();
      await wb.readTables(['说明']);
      const before = wb.syncs;
      await wb.mark('单位', [{ cell: 'A2', kind: 'error', note: '错' }, { cell: 'C3', kind: 'error', note: '错' }]);
      expect(wb.syncs).toBe(before);
    });
    expect(x.cell('单位', 'A2')).toMatchObject({ note: '用户批注', fill: MARK_FILLS.error });
    expect(x.cell('单位', 'C3')).toMatchObject({ note: '错', fill: MARK_FILLS.error });
  });
});

describe('ExcelWorkbook notes and deleted sheets', () => {
  it('marks after replacing its own sheet without looking up the notes that went with it', async () => {
    const x = units();
    const wb = adapter(x);
    await wb.batch(() => wb.addSheet('结果'));
    x.sheet('结果').cells.set('A1', { value: '结果', note: '用户批注' });
    await wb.batch(async () => {
      await wb.snapshot();
      await wb.addSheet('结果', { replaceOwn: true });
      await wb.mark('单位', [{ cell: 'C3', kind: 'error', note: '错' }]);
    });
    expect(x.cell('单位', 'C3')).toMatchObject({ note: '错', fill: MARK_FILLS.error });
    expect(x.cell('结果', 'A1')).toBeUndefined();
  });
});

describe('ExcelWorkbook writes', () => {
  it('writes a results sheet, formats, colours and a chart in one final sync', async () => {
    const x = units();
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.snapshot();
      await wb.addSheet('排名结果');
      await wb.write('排名结果', 'A1', [['单位', '综合', '档次'], ['=HYPERLINK("x")', 91.5, '好'], ['+1', 80, '一般']]);
      await wb.formatRange('排名结果', 'A1:C1', { bold: true, columnWidth: 10 });
      await wb.conditionalColors('排名结果', 'C2:C3', [{ equals: '好', fill: '#C6EFCE', font: '#006100' }]);
      await wb.addChart('排名结果', { type: 'bar', title: '综合得分', categories: 'A2:A3', series: [{ name: '好', values: 'B2:B3', color: '#00B050' }, { name: '一般', values: 'C2:C3' }], anchor: 'E2' });
      await wb.activateSheet('排名结果');
    });
    expect(wb.syncs).toBe(2);
    expect(x.syncs).toBe(2);
    expect(x.cell('排名结果', 'A2')).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@' });
    expect(x.cell('排名结果', 'A3')).toMatchObject({ value: '+1', numberFormat: '@' });
    expect(x.cell('排名结果', 'B2')).toMatchObject({ value: 91.5, numberFormat: 'General' });
    expect(x.sheet('排名结果').formats).toContainEqual({ address: 'A1:C1', bold: true, columnWidth: 57 });
    expect(x.sheet('排名结果').conditional).toEqual([{ address: 'C2:C3', fill: '#C6EFCE', font: '#006100', rule: { formula1: '="好"', operator: 'EqualTo' } }]);
    const chart = x.sheet('排名结果').charts[0]!;
    expect(chart).toMatchObject({ type: 'BarClustered', title: '综合得分', position: 'E2' });
    expect(chart.series.map((s) => [s.name, s.color])).toEqual([['好', '#00B050'], ['一般', undefined]]);
    expect(x.active).toBe('排名结果');
    expect(x.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
    expect(x.sheets.map((s) => s.name)).toEqual(['单位', '说明', '排名结果', SETTINGS_SHEET]);
  });

  it('replaces only its own sheet, in place, and refuses a user sheet', async () => {
    const x = units();
    await adapter(x).addSheet('排名结果');
    await adapter(x).write('排名结果', 'A1', [['旧结果']]);
    x.sheets.push(x.sheets.splice(0, 1)[0]!); // the user moves 单位 to the end: 说明, 排名结果, _perf, 单位
    const wb = adapter(x);
    expect(await wb.isOwnSheet('排名结果')).toBe(true);
    await wb.addSheet('排名结果', { replaceOwn: true });
    expect(x.sheets.map((s) => s.name)).toEqual(['说明', '排名结果', SETTINGS_SHEET, '单位']);
    expect(x.cell('排名结果', 'A1')).toBeUndefined();
    expect(await adapter(x).sheetNames()).toEqual(['说明', '排名结果', '单位']);
    await expect(adapter(x).addSheet('说明', { replaceOwn: true })).rejects.toMatchObject({ code: 'sheet-not-owned' });
    expect(x.cell('说明', 'A1')?.value).toBe('说明');
  });

  it('sends nothing when the batch fails before its end', async () => {
    const x = units();
    const wb = adapter(x);
    const failed = wb.batch(async () => {
      await wb.snapshot();
      await wb.write('单位', 'D1', [['排名']]);
      throw new Error('engine failed');
    });
    await expect(failed).rejects.toThrow('engine failed');
    expect(x.cell('单位', 'D1')).toBeUndefined();
    expect(x.syncs).toBe(1);
  });

  it('keeps settings in the very hidden settings sheet across instances, long values chunked', async () => {
    const x = units();
    const long = '规'.repeat(70000);
    await adapter(x).setSetting('perf.scheme', long);
    const again = adapter(x);
    expect(await again.getSetting('perf.scheme')).toBe(long);
    expect(await again.sheetNames()).toEqual(['单位', '说明']);
    expect(x.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
  });

  it('sets drop-down lists inline, and long ones from the hidden lists sheet', async () => {
    const x = units();
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.validationList('单位', 'B2:B100', ['A', 'B', 'C']);
      await wb.validationList('单位', 'E2:E100', Array.from({ length: 80 }, (_, i) => `扣分项目${i + 1}`));
    });
    const rules = x.sheet('单位').validations.map((v) => [v.address, v.rule]);
    expect(rules).toEqual([
      ['B2:B100', { list: { inCellDropDown: true, source: 'A,B,C' } }],
      ['E2:E100', { list: { inCellDropDown: true, source: `='${LISTS_SHEET}'!$A$1:$A$80` } }],
    ]);
    expect(x.cell(LISTS_SHEET, 'A80')?.value).toBe('扣分项目80');
    expect(x.sheet(LISTS_SHEET).visibility).toBe('VeryHidden');
    await adapter(x).validationList('单位', 'F2:F9', ['甲,乙', '丙']);
    expect(x.sheet('单位').validations, JSON.stringify(x.sheet('单位').validations)).toHaveLength(3);
    expect(x.sheet('单位').validations[2]?.rule).toEqual({ list: { inCellDropDown: true, source: `='${LISTS_SHEET}'!$B$1:$B$2` } });
    expect(x.cell(LISTS_SHEET, 'B1')?.value).toBe('甲,乙');
  });
});

describe('ExcelWorkbook marks', () => {
  const validate = async (x: FakeExcel, cells: string[], wb = adapter(x)) => {
    await wb.batch(async () => {
      await wb.snapshot();
      await wb.clearMarks('单位');
      await wb.mark('单位', cells.map((cell) => ({ cell, kind: 'error' as const, note: `问题 ${cell}` })));
    });
    return wb;
  };

  it('fills by kind and writes notes; a rerun clears its own marks and keeps a user note', async () => {
    const x = units();
    x.cell('单位', 'A2')!.note = '用户批注';
    const first = await validate(x, ['A2', 'C3', 'C4']);
    expect(first.syncs).toBe(3);
    expect(x.cell('单位', 'C3')).toMatchObject({ fill: MARK_FILLS.error, note: '问题 C3' });
    expect(x.cell('单位', 'A2')).toMatchObject({ fill: MARK_FILLS.error, note: '用户批注' });
    await validate(x, ['C4']);
    expect(x.cell('单位', 'C3')?.fill).toBeUndefined();
    expect(x.cell('单位', 'C3')?.note).toBeUndefined();
    expect(x.cell('单位', 'C4')).toMatchObject({ fill: MARK_FILLS.error, note: '问题 C4' });
    expect(x.cell('单位', 'A2')).toMatchObject({ note: '用户批注' });
    expect(x.cell('单位', 'A2')?.fill).toBeUndefined();
  });

  it('clears its marks with no new issues in three syncs, and marks by fill only without notes support', async () => {
    const x = units();
    await validate(x, ['C3']);
    const wb = adapter(x);
    await wb.batch(async () => {
      await wb.snapshot();
      await wb.clearMarks('单位');
    });
    expect(wb.syncs).toBe(3);
    expect(x.cell('单位', 'C3')?.note).toBeUndefined();
    const plain = await validate(x, ['C2'], adapter(x, false));
    expect(plain.syncs).toBe(2);
    expect(x.cell('单位', 'C2')).toMatchObject({ fill: MARK_FILLS.error });
    expect(x.cell('单位', 'C2')?.note).toBeUndefined();
  });

  it.each([10, 1000, 10000])('reads, marks every row and writes results in 2 syncs at %i rows (a workbook without notes has none to locate)', async (rows) => {
    const x = FakeExcel.from({ 单位: [['单位', '得分'], ...Array.from({ length: rows }, (_, i) => [`单位${i + 1}`, 'x'])] });
    const wb = adapter(x);
    await wb.batch(async () => {
      const snap = await wb.snapshot();
      await wb.clearMarks('单位');
      await wb.mark('单位', snap.used.values.slice(1).map((_, i) => ({ cell: `B${i + 2}`, kind: 'error' as const, note: '不是数字' })));
      await wb.addSheet('排名结果', { replaceOwn: true });
      await wb.write('排名结果', 'A1', snap.used.values);
    });
    expect(wb.syncs).toBe(2);
    expect(x.syncs).toBe(2);
    expect(x.cell('单位', `B${rows + 1}`)).toMatchObject({ fill: MARK_FILLS.error, note: '不是数字' });
  });
});
