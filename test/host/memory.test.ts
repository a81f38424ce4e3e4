/**
 * What only the memory adapter does. Its port promises are the shared contract (test/host/contract): these are its
 * own additions — read counts for the commands' tests, sheet names matched without case, charts kept as records.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { SETTINGS_SHEET } from '../../src/host/port';

const units = () =>
  MemoryWorkbook.fromSheets({
    说明: [['本表为县级绩效考核']],
    单位: [['单位', '分组', '得分'], ['县财政局', 'A', 91.5], ['县教育局', 'B', '88']],
  }, { active: '单位' });

describe('MemoryWorkbook, beyond the port', () => {
  it('counts a snapshot, with its tables, selection and `also` sheets, as one read, and readTables as one', async () => {
    const wb = units();
    wb.addTable('单位', 'Units', 'A1:C3');
    wb.select('单位', 'A1:B2');
    const snap = await wb.snapshot(undefined, { also: ['说明'] });
    expect([snap.tables.length, snap.selection?.address, snap.also?.length]).toEqual([1, 'A1:B2', 1]);
    expect(wb.stats.reads).toBe(1);
    await wb.readTables(['说明', '单位']);
    expect(wb.stats.reads).toBe(2);
  });

  it('finds sheets whatever the case of their name', async () => {
    const wb = MemoryWorkbook.fromSheets({ Data: [[1]] });
    expect((await wb.readTable('data')).values).toEqual([[1]]);
  });

  it('keeps charts as records (it draws them: can.charts)', async () => {
    const wb = units();
    await wb.addChart('单位', { type: 'bar', title: '综合得分', categories: 'A2:A3', series: [{ name: '得分', values: 'C2:C3' }], anchor: 'E2' });
    expect(wb.charts('单位')).toEqual([{ type: 'bar', title: '综合得分', categories: 'A2:A3', series: [{ name: '得分', values: 'C2:C3' }], anchor: 'E2', sheet: '单位' }]);
  });

  it('keeps its settings sheet hidden, holding every setting', async () => {
    const wb = units();
    await wb.setSetting('perf.scheme', 'x');
    expect(wb.isHidden(SETTINGS_SHEET)).toBe(true);
    expect(wb.allSheetNames()).toContain(SETTINGS_SHEET);
  });
});
