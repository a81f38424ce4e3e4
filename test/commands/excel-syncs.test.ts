import { describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET, validateSubmission } from '../../src/commands';
import { ExcelWorkbook } from '../../src/host/excel';
import { engineerRows, excelSyncs, excelSyncsOn, fakeExcel, syncsOf } from './excel-harness';
import { generatedDetail, generatedSummary } from './fixtures';
import { SUBMISSIONS } from './excel-paths';
import { noteChunks } from '../../src/host/excel/marks';

describe('Excel round trips (office-addin-mock)', () => {
  it.each([10, 1000, 10000])('rankAndTier makes at most 3 context.sync() calls at %i rows', async (n) => {
    let written: string | null = null;
    const { syncs, x } = await excelSyncs(generatedSummary(n), async (wb) => {
      written = (await rankAndTier(wb)).written;
    });
    expect(written).toBe(RESULTS_SHEET);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(x.sheets.map((s) => s.name)).toContain(RESULTS_SHEET);
  });

  it.each([10, 1000, 10000])('validateSubmission makes at most 3 context.sync() calls at %i rows, marking every bad cell', async (n) => {
    let marked = 0;
    const { syncs, x } = await excelSyncs(engineerRows(n), async (wb) => {
      marked = (await validateSubmission(wb)).marked;
    });
    expect(marked).toBe(Math.ceil(n / 10));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(x.cell('数据', 'B2')?.fill).toBe('#FFC7CE');
  });

  it('rankAndTier with bad input marks the cells and writes no results sheet, still in at most 3 syncs', async () => {
    const rows = generatedSummary(100);
    rows[5]![2] = '八十';
    const { syncs, x } = await excelSyncs(rows, (wb) => rankAndTier(wb));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(x.sheets.map((s) => s.name)).not.toContain(RESULTS_SHEET);
    expect(x.cell('数据', 'C6')?.fill).toBe('#FFC7CE');
  });

  it('writes formula-looking unit names as text in Excel (text number format, never a formula)', async () => {
    const names = ['=SUM(1)', '+8613800000000', '-1', '@A1'];
    const { x } = await excelSyncs(generatedSummary(4, (i) => names[i]!), (wb) => rankAndTier(wb));
    const cells = [...x.sheet(RESULTS_SHEET).cells.entries()].filter(([, c]) => names.includes(String(c.value)));
    expect(cells.length).toBeGreaterThanOrEqual(4);
    expect(cells.every(([, c]) => c.numberFormat === '@')).toBe(true);
  });

  it('the detailed county workbook costs the same syncs at 10 and 1,000 units, at most 3: its sheets come in one read', async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      let written: string | null = null;
      const { syncs } = await excelSyncsOn(generatedDetail(n), async (wb) => {
        written = (await rankAndTier(wb)).written;
      });
      expect(written).toBe(RESULTS_SHEET);
      counts.push(syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3); // snapshot, readTables of the other sheets, the final write
  });

  it('a rerun in Excel replaces its own 排名结果 in at most 3 syncs, and refuses once the user edited it', async () => {
    const { x } = await excelSyncs(generatedSummary(200), (wb) => rankAndTier(wb));
    const wb = new ExcelWorkbook({ run: x.run, notes: true, merges: true });
    const before = x.syncs;
    const again = await rankAndTier(wb);
    expect(again.written).toBe(RESULTS_SHEET);
    expect(x.syncs - before).toBeLessThanOrEqual(3);
    x.sheet(RESULTS_SHEET).cells.set('L6', { value: '复核：同意' });
    const refused = await rankAndTier(new ExcelWorkbook({ run: x.run, notes: true, merges: true }));
    expect(refused.issues.map((i) => i.code)).toContain('output.edited');
    expect(x.cell(RESULTS_SHEET, 'L6')?.value).toBe('复核：同意');
  });

  it('marks 10,000 cells with a few multi-area fills, never a range call per cell (notes are one per cell: each its own text)', async () => {
    const calls = async (n: number) => {
      const rows = engineerRows(n, false);
      for (let i = 1; i <= n; i++) rows[i]![i % 2 === 0 ? 1 : 2] = '两次'; // alternate columns B and C: no two marks adjoin
      const x = fakeExcel({ 数据: rows });
      const { out } = await syncsOf(x, (wb) => validateSubmission(wb));
      return { x, marked: out.marked, calls: { ...x.calls } };
    };
    const small = await calls(100);
    const big = await calls(10000);
    expect(big.marked).toBe(10000);
    expect(big.calls.getRange).toBe(small.calls.getRange); // whole-range writes only, whatever the count
    expect(big.calls.getRanges).toBeLessThanOrEqual(50); // ~70,000 address characters in lists of ≤ 2,000
    expect(big.calls.noteAdd).toBe(10000);
    expect(big.x.cell('数据', 'B3')?.fill).toBe('#FFC7CE');
    expect(big.x.cell('数据', 'C2')?.fill).toBe('#FFC7CE');
    expect(big.x.cell('数据', 'B2')?.fill).toBeUndefined();
  });

  it('spreads 20,000 notes of a 10,000-row self-evaluation over a spare sync: every note lands, no request over 5,000 KB', async () => {
    const x = fakeExcel(SUBMISSIONS['fiscal-self-eval'](10000));
    const { syncs, requestKB, out } = await syncsOf(x, (wb) => validateSubmission(wb));
    const noted = [...x.sheet('自评').cells.values()].filter((c) => c.note !== undefined);
    expect(out.marked).toBeGreaterThanOrEqual(10000);
    expect(noted.length).toBe(20000);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(requestKB).toBeLessThanOrEqual(5000);
    expect(x.requests.filter((b) => b > 1_000_000).length).toBe(2); // the notes in two requests, not one of ~8 MB
  }, 60_000);
});

describe('noteChunks', () => {
  const notes = (n: number, text: string) => Array.from({ length: n }, (_, i) => ({ cell: `A${i + 1}`, note: text }));
  it('keeps small batches, and any batch without a spare sync, in one request', () => {
    expect(noteChunks(notes(100, '说明'), 2)).toHaveLength(1);
    expect(noteChunks(notes(20000, '说明'.repeat(100)), 0)).toHaveLength(1);
  });
  it('cuts a large batch into even chunks in order, no more than the spare syncs allow', () => {
    const all = notes(20000, '没有效益指标，其 30 分按比例分给其余指标'.repeat(5));
    const two = noteChunks(all, 1);
    expect(two).toHaveLength(2);
    expect(two.flat()).toEqual(all);
    expect(Math.abs(two[0]!.length - two[1]!.length)).toBeLessThanOrEqual(100); // even by bytes: cell names differ in length
    expect(noteChunks(all, 5).length).toBeLessThanOrEqual(6);
  });
});
