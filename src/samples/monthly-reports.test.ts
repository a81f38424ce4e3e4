import { describe, expect, it } from 'vitest';
import { consolidate, deriveActuals, masterSheetRows, mergeActuals, readMasterSheet, readSubmission, type CellValue, type MasterRecord, type MasterUnit, type Submission } from '../engine';
import { SAMPLE_INDICATORS } from './county-indicators';
import { countySampleSheets } from './county-sheets';
import { COUNTY_UNITS } from './county-units';
import { MONITORING_INDICATORS } from './monitoring-indicators';
import { monthlyReportSamples, REPORT_ROWS, REPORT_STORY, SAMPLE_REPORT_PERIOD, type SampleReport } from './monthly-reports';

const UNITS: MasterUnit[] = Object.entries(COUNTY_UNITS).flatMap(([group, names]) => names.map((name) => ({ name, group: group as MasterUnit['group'] })));
const read = (r: SampleReport): Submission => readSubmission({ file: r.file, kind: 'county-report', values: r.values, origin: { sheet: r.sheet, row: 1, col: 1 } });
const sample = monthlyReportSamples();
const batch = sample.reports.map(read);
const first = consolidate({ units: UNITS, records: [] }, batch);

/** The sample's 指标 sheet as the master's actual cells, typed by the office (no source). */
function typedActuals(): MasterRecord[] {
  const [, ...rows] = countySampleSheets()['指标']!;
  return rows.map((r: CellValue[]): MasterRecord => {
    const [unit, , , name, , , , mid, end, month, actual] = r as [string, ...CellValue[]];
    const m = typeof month === 'string' ? Number.parseInt(month, 10) : null;
    return m === null
      ? { key: { kind: 'actual', unit, period: '2026', item: String(name) }, values: { mid: mid as number, end: end as number }, source: null }
      : { key: { kind: 'actual', unit, period: `2026-${String(m).padStart(2, '0')}`, item: String(name) }, values: { actual: actual as number }, source: null };
  });
}

describe('sample monthly reports (issue 13)', () => {
  it('one June report per sample unit, same names, 40 indicator rows each', () => {
    expect(sample.reports.map((r) => r.values.length - 4)).toEqual(sample.reports.map(() => REPORT_ROWS));
    expect(batch.map((s) => s.records[0]?.key.unit.replace('（', '(').replace('）', ')'))).toEqual(Object.values(COUNTY_UNITS).flat());
    expect(batch.every((s) => s.records.every((r) => r.key.period === '2026-06'))).toBe(true);
  });

  it('lists each unit’s scored leaves under the sample’s own indicator names and targets', () => {
    const report = batch.find((s) => s.records[0]?.key.unit === '南牛乡')!;
    const names = SAMPLE_INDICATORS.township.map((d) => `${d.name}（${d.measure}）`);
    expect(report.records.slice(0, names.length).map((r) => r.key.item)).toEqual(names);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(monthlyReportSamples())).toBe(JSON.stringify(sample));
  });

  it('every report passes validation but the one with an error, whose issue names the cell', () => {
    const withErrors = batch.filter((s) => s.issues.some((i) => i.severity === 'error'));
    expect(withErrors.map((s) => s.file)).toEqual([sample.reports.find((r) => r.flaw === 'error')!.file]);
    expect(withErrors[0]!.issues).toMatchObject([{ code: 'cell.not-a-number', sheet: '月报', cell: 'F11' }]);
  });

  it('merges into a master of the 48 units: 47 merged, the one with an error quarantined, none missing', () => {
    expect(first.merged).toHaveLength(47);
    expect(first.quarantined.map((q) => q.file)).toEqual([sample.reports.find((r) => r.flaw === 'error')!.file]);
    expect(first.missing).toEqual([]);
    expect(first.records).toHaveLength(47 * REPORT_ROWS);
    // The full-width brackets of one report still find the master's unit.
    expect(first.merged.some((m) => m.unit === REPORT_STORY.fullWidth)).toBe(true);
  });

  it('some are late: 汇总情况 gives the days after the 10th of July for exactly those', () => {
    const late = first.report.filter((r) => (r.late?.days ?? 0) > 0).map((r) => [r.unit, r.late!.days]);
    expect(late).toEqual(Object.entries(REPORT_STORY.late).map(([u, day]) => [u, day - 10]).sort((a, b) => UNITS.findIndex((x) => x.name === a[0]) - UNITS.findIndex((x) => x.name === b[0])));
    expect(sample.reports.filter((r) => r.late).map((r) => r.unit).sort()).toEqual(Object.keys(REPORT_STORY.late).sort());
  });

  it('the June cumulatives give exactly the sample’s mid-year actuals (and ancient-city’s June actuals): no change, no conflict', () => {
    const { actuals, issues } = deriveActuals(first.records, UNITS);
    expect(issues).toEqual([]);
    const merged = mergeActuals(typedActuals(), actuals);
    expect([merged.changes, merged.issues]).toEqual([[], []]);
    // Every scored leaf of the 47 merged units found its cell; the rest are the 监测指标, which the 指标 sheet does not score.
    const leaves = merged.records.filter((r) => r.source !== null).length;
    expect(leaves).toBe(6 * 6 + 32 * 4 + 9 * 3);
    const monitoring = new Set(MONITORING_INDICATORS.map((m) => `${m.name}（${m.measure}）`));
    expect(merged.unplaced.filter((a) => !monitoring.has(a.indicator))).toEqual([]);
  });

  it('the resent report, merged in a second run, replaces the mistyped figures and lists each changed cell', () => {
    const second = consolidate({ units: UNITS, records: first.records }, [read(sample.resent)], { period: SAMPLE_REPORT_PERIOD });
    const changes = second.merged[0]!.changed.map((c) => [c.key.item, c.field, c.from, c.to]);
    expect(changes.map((c) => c.slice(0, 2))).toEqual([
      ['协助引进项目投资（万元）', 'monthActual'], ['协助引进项目投资（万元）', 'note'], ['一般公共预算收入（万元）', 'cumulative'], ['一般公共预算收入（万元）', 'note'],
    ]);
    expect(changes[0]![2]).toBe((changes[0]![3] as number) * 10);
    expect(changes[2]![2]).toBe((changes[2]![3] as number) + 150);
    expect(second.report.find((r) => r.unit === REPORT_STORY.resent)).toMatchObject({ status: 'merged', submitted: '2026-07-09' });
  });

  it('merging the month’s files again changes nothing, and the earlier report of the resent unit does not roll the correction back', () => {
    const second = consolidate({ units: UNITS, records: first.records }, [read(sample.resent)]);
    const again = consolidate({ units: UNITS, records: second.records }, batch);
    expect(again.records).toEqual(second.records);
    expect(again.merged.every((m) => m.changed.length === 0 && m.added === 0)).toBe(true);
    expect(again.refused.map((r) => [r.unit, r.reason])).toEqual([[REPORT_STORY.resent, 'stale']]);
  });

  it('a rerun through the written 月报汇总 sheet changes nothing either', () => {
    const sheet = readMasterSheet('county-report', masterSheetRows('county-report', first.records), { sheet: '月报汇总', row: 1, col: 1 });
    expect(sheet.issues).toEqual([]);
    const again = consolidate({ units: UNITS, records: sheet.records }, batch);
    expect(again.records).toEqual(sheet.records);
    expect(again.report.filter((r) => r.status !== 'unchanged').map((r) => [r.unit, r.status])).toEqual([[REPORT_STORY.error, 'quarantined']]);
  });
});
