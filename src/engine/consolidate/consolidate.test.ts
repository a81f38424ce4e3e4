import { describe, expect, it } from 'vitest';
import { consolidate, type MasterBook } from './consolidate';
import { report, typed, UNITS } from '../../../test/engine/fixtures/consolidate-sheets';

const empty: MasterBook = { units: UNITS, records: [] };
const june = (file: string, unit: string, gdp: number, submitted = '2026-07-08') => report(file, unit, '2026年6月', [['地区生产总值', 18, 3, gdp], ['生产安全事故', 2, 0, 1, '≤']], submitted);
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('consolidate: merging (RULES.md Consolidation)', () => {
  it('adds a report’s figures keyed by unit + month + indicator, from the file and date it came in', () => {
    const out = consolidate(empty, [june('南牛乡.xlsx', '南牛乡', 9.5)]);
    expect(out.records.map((r) => [r.key.unit, r.key.period, r.key.item, r.values.cumulative, r.source?.file, r.source?.submitted])).toEqual([
      ['南牛乡', '2026-06', '地区生产总值', 9.5, '南牛乡.xlsx', '2026-07-08'],
      ['南牛乡', '2026-06', '生产安全事故', 1, '南牛乡.xlsx', '2026-07-08'],
    ]);
    expect(out.merged).toMatchObject([{ file: '南牛乡.xlsx', unit: '南牛乡', period: '2026-06', rows: 2, added: 2, changed: [] }]);
    expect(out.quarantined).toEqual([]);
  });

  it('is idempotent: merging the same report again changes nothing and reports no change', () => {
    const first = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    const again = consolidate({ units: UNITS, records: first.records }, [june('a.xlsx', '南牛乡', 9.5)]);
    expect(again.records).toEqual(first.records);
    expect(again.merged).toMatchObject([{ added: 0, changed: [] }]);
    expect(again.report.find((r) => r.unit === '南牛乡')?.status).toBe('unchanged');
  });

  it('a later corrected report replaces the earlier figures and lists each changed cell, from → to', () => {
    const first = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    const withCells = first.records.map((r) => ({ ...r, cells: { cumulative: `G${r.key.item === '地区生产总值' ? 2 : 3}` } }));
    const fixed = consolidate({ units: UNITS, records: withCells }, [june('a-更正.xlsx', '南牛乡', 10.25, '2026-07-09')]);
    expect(fixed.merged[0]!.changed).toEqual([
      { key: { kind: 'county-report', unit: '南牛乡', period: '2026-06', item: '地区生产总值' }, field: 'cumulative', cell: 'G2', from: 9.5, to: 10.25 },
    ]);
    expect(fixed.records[0]).toMatchObject({ values: { cumulative: 10.25 }, source: { file: 'a-更正.xlsx', submitted: '2026-07-09' } });
    expect(fixed.records).toHaveLength(2);
  });

  it('two submissions for the same unit and period in one run is an error naming both; neither is merged', () => {
    const out = consolidate(empty, [june('b.xlsx', '南牛乡', 9.5), june('a.xlsx', '南牛乡', 9.7)]);
    expect(out.records).toEqual([]);
    expect(out.refused.map((r) => [r.file, r.reason])).toEqual([['a.xlsx', 'duplicate'], ['b.xlsx', 'duplicate']]);
    const dup = out.issues.find((i) => i.code === 'consolidate.duplicate')!;
    expect(dup.message.zh).toContain('a.xlsx（月报）、b.xlsx（月报）');
    expect(dup.severity).toBe('error');
  });

  it('a unit not in the master’s 单位 list quarantines the submission, naming its cell; no unit is added', () => {
    const out = consolidate(empty, [june('x.xlsx', '南牛镇', 9.5)]);
    expect(out.records).toEqual([]);
    expect(out.quarantined).toHaveLength(1);
    const issue = out.quarantined[0]!.issues.find((i) => i.code === 'consolidate.unknown-unit')!;
    expect([issue.sheet, issue.cell, issue.severity]).toEqual(['月报', 'A3', 'error']);
    expect(issue.message.zh).toContain('南牛镇');
  });

  it('matches units by name trimmed, ignoring spaces and bracket widths, and keeps the master’s spelling', () => {
    const out = consolidate(empty, [june('s.xlsx', ' 商务局（粮食局） ', 9.5)]);
    expect(out.quarantined).toEqual([]);
    expect(out.records.map((r) => r.key.unit)).toEqual(['商务局(粮食局)', '商务局(粮食局)']);
    expect(out.merged[0]!.unit).toBe('商务局(粮食局)');
  });

  it('a submission with a validation error is quarantined whole, with its issues by sheet and cell', () => {
    const bad = report('bad.xlsx', '新安镇', '2026年6月', [['地区生产总值', 18, '约5', 9], ['生产安全事故', 2, 0, 1, '≤']], '2026-07-08');
    const out = consolidate(empty, [bad, june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.records.every((r) => r.key.unit === '南牛乡')).toBe(true);
    expect(out.quarantined.map((q) => [q.file, codes(q.issues)])).toEqual([['bad.xlsx', ['cell.not-a-number']]]);
    expect(out.quarantined[0]!.issues[0]).toMatchObject({ sheet: '月报', cell: 'F3' });
    expect(out.report.find((r) => r.unit === '新安镇')?.status).toBe('quarantined');
    expect(out.missing).not.toContain('新安镇');
  });

  it('lists the units that sent nothing for the period as missing', () => {
    const out = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.missing).toEqual(['新安镇', '商务局(粮食局)', '住建局']);
    expect(out.report.filter((r) => r.status === 'missing').map((r) => r.unit)).toEqual(out.missing);
  });

  it('a unit merged in an earlier run is not missing: it shows as earlier, with the file and date the master holds', () => {
    const first = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    const next = consolidate({ units: UNITS, records: first.records }, [june('b.xlsx', '新安镇', 9.1)], { period: { y: 2026, m: 6 } });
    expect(next.missing).toEqual(['商务局(粮食局)', '住建局']);
    expect(next.report[0]).toMatchObject({ unit: '南牛乡', status: 'earlier', file: 'a.xlsx', submitted: '2026-07-08', rows: 2 });
  });
});

describe('consolidate: figures the office typed', () => {
  const master = (cum: number | null): MasterBook => ({
    units: UNITS,
    records: [typed('南牛乡', '2026-06', '地区生产总值', { target: 18, direction: 'higher', monthActual: 3, cumulative: cum, note: null }, { cumulative: 'G5' })],
  });

  it('are never overwritten without force: the unit’s period is refused and the issue names the cell and both figures', () => {
    const out = consolidate(master(9), [june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.records).toEqual(master(9).records);
    expect(out.refused).toMatchObject([{ file: 'a.xlsx', unit: '南牛乡', reason: 'typed' }]);
    const issue = out.issues.find((i) => i.code === 'consolidate.typed')!;
    expect(issue).toMatchObject({ cell: 'G5', file: 'a.xlsx', severity: 'error' });
    expect(issue.message.zh).toContain('累计完成值为手工填写的 9，报送值为 9.5');
    expect(out.report[0]!.status).toBe('refused');
  });

  it('with force are overwritten, each change marked forced and warned about', () => {
    const out = consolidate(master(9), [june('a.xlsx', '南牛乡', 9.5)], { force: true });
    expect(out.merged[0]!.changed).toEqual([expect.objectContaining({ field: 'cumulative', cell: 'G5', from: 9, to: 9.5, forced: true })]);
    expect(out.records[0]!.source?.file).toBe('a.xlsx');
    expect(codes(out.issues)).toContain('consolidate.forced');
  });

  it('that equal the submission’s are no conflict; the record becomes the submission’s', () => {
    const out = consolidate(master(9.5), [june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.refused).toEqual([]);
    expect(out.records[0]!.source?.file).toBe('a.xlsx');
  });

  it('a blank typed cell is filled without conflict (the office typed nothing there)', () => {
    const out = consolidate(master(null), [june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.refused).toEqual([]);
    expect(out.merged[0]!.changed).toEqual([expect.objectContaining({ field: 'cumulative', from: null, to: 9.5 })]);
  });

  it('a field typed over a submission’s figure (edited) is protected like a typed record', () => {
    const first = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    const edited = first.records.map((r, i) => (i === 0 ? { ...r, values: { ...r.values, cumulative: 9.6 }, edited: ['cumulative'] } : r));
    const out = consolidate({ units: UNITS, records: edited }, [june('a.xlsx', '南牛乡', 9.5)]);
    expect(out.refused.map((r) => r.reason)).toEqual(['typed']);
  });
});

describe('consolidate: safety of reruns', () => {
  it('a report dated before the one already merged is refused (it would roll figures back) unless forced', () => {
    const first = consolidate(empty, [june('a-更正.xlsx', '南牛乡', 10, '2026-07-09')]);
    const old = june('a.xlsx', '南牛乡', 9.5, '2026-07-08');
    const out = consolidate({ units: UNITS, records: first.records }, [old]);
    expect(out.refused).toMatchObject([{ reason: 'stale' }]);
    expect(out.records).toEqual(first.records);
    expect(consolidate({ units: UNITS, records: first.records }, [old], { force: true }).records[0]!.values.cumulative).toBe(9.5);
  });

  it('an item the corrected report no longer lists is kept, and said so', () => {
    const first = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5)]);
    const shorter = report('a2.xlsx', '南牛乡', '2026年6月', [['地区生产总值', 18, 3, 9.5]], '2026-07-09');
    const out = consolidate({ units: UNITS, records: first.records }, [shorter]);
    expect(out.records).toHaveLength(2);
    const kept = out.issues.find((i) => i.code === 'consolidate.kept')!;
    expect(kept.message.zh).toContain('生产安全事故');
  });
});

describe('consolidate: 汇总情况 lateness', () => {
  it('county: days after the settings’ due day (the 10th of the next month), no fee', () => {
    const out = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5, '2026-07-13')]);
    expect(out.report[0]!.late).toEqual({ due: '2026-07-10', days: 3, fee: null });
  });

  it('county: no due day set, no lateness judged', () => {
    const out = consolidate(empty, [june('a.xlsx', '南牛乡', 9.5, '2026-07-13')], { settings: { midMonth: 6, endMonth: 12, deriveCumulative: 'sum-higher', reportDueDay: null } });
    expect(out.report[0]!.late).toBeNull();
  });

  it('county: a report without 报送日期 is merged, with a note that lateness was not judged', () => {
    const out = consolidate(empty, [report('a.xlsx', '南牛乡', '2026年6月', [['地区生产总值', 18, 3, 9]])]);
    expect(out.merged).toHaveLength(1);
    expect(out.issues.filter((i) => i.code === 'consolidate.no-date').map((i) => i.severity)).toEqual(['info']);
  });
});
