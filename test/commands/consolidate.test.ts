import { describe, expect, it } from 'vitest';
import { consolidate, REPORT_SHEET, type SubmissionFile } from '../../src/commands';
import type { CellValue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { countySampleSheets, monthlyReportSamples, REPORT_ROWS, REPORT_STORY, SAMPLE_REPORT_PERIOD, type SampleReport } from '../../src/samples';

const sample = monthlyReportSamples();
const fileOf = (r: SampleReport): SubmissionFile => ({ file: r.file, wb: MemoryWorkbook.fromSheets({ [r.sheet]: r.values }) });
/** All 48 reports (the first test), else a few: 南牛乡 first, the one with an error, the resent unit's first report. */
const all = (): SubmissionFile[] => sample.reports.map(fileOf);
const batch = (): SubmissionFile[] => sample.reports.filter((r, i) => i < 3 || r.flaw === 'error' || r.unit === REPORT_STORY.resent).map(fileOf);

/** The county sample as the office's master, its mid-year actuals of 南牛乡 not yet filled in. */
function master(): MemoryWorkbook {
  const sheets = countySampleSheets();
  const ind = sheets['指标']!;
  const mid = ind[0]!.indexOf('中期完成值');
  sheets['指标'] = ind.map((r, i) => (i > 0 && r[0] === '南牛乡' ? r.map((v, j) => (j === mid ? null : v)) : r));
  return MemoryWorkbook.fromSheets(sheets);
}

const values = async (wb: MemoryWorkbook, sheet: string): Promise<CellValue[][]> => (await wb.readTable(sheet)).values;

describe('consolidate (汇总报送) over the Workbook port', () => {
  it('merges the 47 good reports into 月报汇总, quarantines the one with an error (file, sheet, cell), misses none', async () => {
    const wb = master();
    const r = await consolidate(wb, all());
    const o = r.outcome!;
    expect(o.merged).toHaveLength(47);
    expect(o.quarantined).toMatchObject([{ file: sample.reports.find((x) => x.flaw === 'error')!.file, issues: [{ code: 'cell.not-a-number', sheet: '月报', cell: 'F11' }] }]);
    expect(o.missing).toEqual([]);
    expect(await values(wb, '月报汇总')).toHaveLength(1 + 47 * REPORT_ROWS);
    expect(r.written).toEqual(['月报汇总', '指标', REPORT_SHEET]);
    expect(await wb.isOwnSheet('月报汇总')).toBe(true);
  });

  it('fills the 指标 sheet’s blank mid-year actuals from the June cumulatives, naming each cell', async () => {
    const wb = master();
    const r = await consolidate(wb, batch());
    const changes = r.actuals!.changes;
    expect(changes.length).toBe(6);
    expect(changes.every((c) => c.key.unit === '南牛乡' && c.field === 'mid' && c.from === null && typeof c.to === 'number')).toBe(true);
    const sheet = countySampleSheets()['指标']!;
    const cell = changes[0]!.cell!;
    const row = Number(cell.slice(1));
    expect((await wb.readTable('指标', cell)).values[0]![0]).toBe(sheet[row - 1]![7]);
  });

  it('is idempotent: the same files again change nothing in the master', async () => {
    const wb = master();
    await consolidate(wb, batch());
    const before = [await values(wb, '月报汇总'), await values(wb, '指标')];
    const again = await consolidate(wb, batch());
    expect(again.outcome!.merged.every((m) => m.added === 0 && m.changed.length === 0)).toBe(true);
    expect(again.actuals!.changes).toEqual([]);
    expect([await values(wb, '月报汇总'), await values(wb, '指标')]).toEqual(before);
    const report = await values(wb, REPORT_SHEET);
    expect(report.flat().filter((v) => v === '无变化（已汇总过）unchanged')).toHaveLength(4);
  });

  it('a corrected report replaces the earlier figures and the report names each changed cell, from what to what', async () => {
    const wb = master();
    await consolidate(wb, batch());
    const r = await consolidate(wb, [fileOf(sample.resent)], { period: SAMPLE_REPORT_PERIOD });
    const m = r.outcome!.merged[0]!;
    expect(m.unit).toBe(REPORT_STORY.resent);
    expect(m.changed.map((c) => c.field)).toEqual(['monthActual', 'note', 'cumulative', 'note']);
    expect(m.changed.every((c) => /^[A-Z]+\d+$/.test(c.cell ?? ''))).toBe(true);
    const text = (await values(wb, REPORT_SHEET)).flat().filter((v): v is string => typeof v === 'string');
    expect(text.some((t) => t.includes(`月报汇总!${m.changed[0]!.cell} `) && t.includes(`${String(m.changed[0]!.from)} → ${String(m.changed[0]!.to)}`))).toBe(true);
  });

  it('two files for the same unit and month in one run: an error naming both, neither merged', async () => {
    const wb = master();
    const first = sample.reports.find((x) => x.unit === REPORT_STORY.resent)!;
    const r = await consolidate(wb, [fileOf(first), fileOf(sample.resent)]);
    expect(r.outcome!.merged).toEqual([]);
    const dup = r.issues.find((i) => i.code === 'consolidate.duplicate')!;
    expect(dup.message.zh).toContain(first.file);
    expect(dup.message.zh).toContain(sample.resent.file);
  });

  it('never overwrites a figure the office typed into 月报汇总 without force, and names it', async () => {
    const wb = master();
    const rep = sample.reports.find((x) => x.unit === '南牛乡')!;
    const row = rep.values[4]!;
    wb.put('月报汇总', 'A1', [['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注', '报送文件', '报送工作表', '报送时间'], ['南牛乡', '2026-06', row[2]!, row[3]!, row[4]!, 1, 999, '手工', null, null, null]]);
    const kept = await consolidate(wb, [fileOf(rep)]);
    expect(kept.outcome!.refused).toMatchObject([{ unit: '南牛乡', reason: 'typed' }]);
    expect(kept.issues.filter((i) => i.code === 'consolidate.typed').map((i) => i.cell)).toContain('G2');
    expect((await values(wb, '月报汇总'))[1]![6]).toBe(999);
    const forced = await consolidate(wb, [fileOf(rep)], { force: true });
    expect(forced.outcome!.merged[0]!.changed.some((c) => c.forced && c.cell === 'G2')).toBe(true);
    expect((await values(wb, '月报汇总'))[1]![6]).toBe(row[6]);
  });

  it('a reported figure the office has since typed over in 月报汇总 is the office’s: a correction does not overwrite it without force', async () => {
    const wb = master();
    await consolidate(wb, batch());
    const rows = await values(wb, '月报汇总');
    const at = rows.findIndex((r) => r[0] === REPORT_STORY.resent && r[2] === '一般公共预算收入（万元）');
    const cell = `G${at + 1}`;
    wb.put('月报汇总', cell, [[4000]]);
    const r = await consolidate(wb, [fileOf(sample.resent)], { period: SAMPLE_REPORT_PERIOD });
    expect(r.outcome!.refused).toMatchObject([{ unit: REPORT_STORY.resent, reason: 'typed' }]);
    expect(r.issues.find((i) => i.code === 'consolidate.typed')).toMatchObject({ cell });
    expect((await values(wb, '月报汇总'))[at]![6]).toBe(4000);
    const forced = await consolidate(wb, [fileOf(sample.resent)], { period: SAMPLE_REPORT_PERIOD, force: true });
    expect(forced.outcome!.merged[0]!.changed.find((c) => c.cell === cell)).toMatchObject({ from: 4000, forced: true });
  });

  it('a unit not in the master’s 单位 list quarantines the submission (never a new unit)', async () => {
    const wb = master();
    const rep = sample.reports[0]!;
    const stranger = rep.values.map((r, i) => (i >= 4 ? ['外县单位', ...r.slice(1)] : r));
    const r = await consolidate(wb, [{ file: 'x.xlsx', wb: MemoryWorkbook.fromSheets({ 月报: stranger }) }]);
    expect(r.outcome!.quarantined[0]!.issues.map((i) => i.code)).toContain('consolidate.unknown-unit');
    expect(r.written).toEqual([REPORT_SHEET]);
  });

  it('a master without a unit list is refused with an issue; nothing is written', async () => {
    const wb = MemoryWorkbook.fromSheets({ 其他: [['a']] });
    const r = await consolidate(wb, [fileOf(sample.reports[0]!)]);
    expect(r.outcome).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain('consolidate.no-unit-list');
    expect(await wb.sheetNames()).toEqual(['其他']);
  });

  it('a file with no submission in it is reported, and other kinds of sheets are named, not merged', async () => {
    const wb = master();
    const r = await consolidate(wb, [{ file: 'note.xlsx', wb: MemoryWorkbook.fromSheets({ 备忘: [['随便写点']] }) }]);
    expect(r.unread).toMatchObject([{ file: 'note.xlsx', issues: [{ code: 'consolidate.no-submission' }] }]);
  });

  it('an office’s own 月报汇总 in another layout is never written over: the run is refused', async () => {
    const wb = master();
    wb.put('月报汇总', 'A1', [['单位', '月份', '指标名称', '累计完成值'], ['南牛乡', '2026-05', 'GDP', 9]]);
    const r = await consolidate(wb, [fileOf(sample.reports[0]!)]);
    expect(r.issues.map((i) => i.code)).toEqual(['consolidate.master-layout']);
    expect(await values(wb, '月报汇总')).toEqual([['单位', '月份', '指标名称', '累计完成值'], ['南牛乡', '2026-05', 'GDP', 9]]);
  });

  it('staff summaries: late days and the late fee from 报送日期; one without it is a warning, no fee', async () => {
    const wb = MemoryWorkbook.fromSheets({ 部门: [['部门'], ['综合办'], ['财务部']] });
    const staff = (dept: string, date: string | null): SubmissionFile => ({
      file: `${dept}.xlsx`,
      wb: MemoryWorkbook.fromSheets({ 汇总: [['考核月份', '2026-03', '报送日期', date], ['姓名', '部门', '类别', '月底打分', '日考核得分'], ['刘敏', dept, '后勤', 95, -5]] }),
    });
    const r = await consolidate(wb, [staff('综合办', '2026-04-13'), staff('财务部', null)]);
    const rows = r.outcome!.report;
    expect(rows.find((x) => x.unit === '综合办')!.late).toMatchObject({ days: 3, fee: 300 });
    expect(rows.find((x) => x.unit === '财务部')!.late).toBeNull();
    expect(r.issues.find((i) => i.code === 'consolidate.no-date')).toMatchObject({ severity: 'warning', file: '财务部.xlsx' });
    expect(await wb.sheetNames()).toContain('部门汇总');
  });
});
