import { describe, expect, it } from 'vitest';
import { deriveActuals, mergeActuals } from './actuals';
import type { FigureValue, MasterRecord } from './record';
import { consolidationPreset } from './settings';
import { UNITS } from '../../../test/engine/fixtures/consolidate-sheets';

const src = (m: number) => ({ file: `${m}月.xlsx`, submitted: `2026-${String(m + 1).padStart(2, '0')}-05` });
/** One unit's month of one indicator, as 月报汇总 holds it. */
const rec = (unit: string, m: number, item: string, monthActual: FigureValue, cumulative: FigureValue, direction = 'higher'): MasterRecord => ({
  key: { kind: 'county-report', unit, period: `2026-${String(m).padStart(2, '0')}`, item },
  values: { target: 10, direction, monthActual, cumulative, note: null },
  source: src(m),
});
const months = (unit: string, item: string, upTo: number, monthly: (m: number) => FigureValue, cumulative: (m: number) => FigureValue = () => null, direction = 'higher') =>
  Array.from({ length: upTo }, (_, i) => rec(unit, i + 1, item, monthly(i + 1), cumulative(i + 1), direction));
const brief = (r: ReturnType<typeof deriveActuals>) => r.actuals.map((a) => [a.unit, a.indicator, a.period, a.field, a.value, a.how]);

describe('deriveActuals (RULES.md Consolidation)', () => {
  it('the mid-year actual is the cumulative reported for June, the year-end one for December', () => {
    const r = deriveActuals(months('南牛乡', 'GDP', 12, (m) => m, (m) => 10 * m), UNITS);
    expect(brief(r)).toEqual([['南牛乡', 'GDP', '2026', 'mid', 60, 'reported'], ['南牛乡', 'GDP', '2026', 'end', 120, 'reported']]);
    expect(r.actuals[0]!.source).toEqual(src(6));
    expect(r.issues).toEqual([]);
  });

  it('only monthly values: a higher-is-better cumulative is the sum of months 1–6, without float noise', () => {
    const r = deriveActuals(months('南牛乡', 'GDP', 6, (m) => [1.1, 2.2, 0.1, 0.2, 0.3, 0.4][m - 1]!), UNITS);
    expect(brief(r)).toEqual([['南牛乡', 'GDP', '2026', 'mid', 4.3, 'derived']]);
  });

  it('only monthly values: a lower-is-better cumulative is not derived, an issue instead', () => {
    const r = deriveActuals(months('南牛乡', '事故', 6, () => 1, () => null, 'lower'), UNITS);
    expect(r.actuals).toEqual([]);
    expect(r.issues).toMatchObject([{ code: 'consolidate.cumulative-not-derived', severity: 'warning', units: ['南牛乡'] }]);
    expect(r.issues[0]!.message.zh).toContain('越低越好');
  });

  it('a month missing from the sum is an issue naming the months, and nothing is derived', () => {
    const r = deriveActuals(months('南牛乡', 'GDP', 6, (m) => (m === 2 || m === 4 ? null : 1)), UNITS);
    expect(r.actuals).toEqual([]);
    expect(r.issues).toMatchObject([{ code: 'consolidate.months-missing' }]);
    expect(r.issues[0]!.message.zh).toContain('缺 2、4 月');
  });

  it('a June not yet reported gives no mid-year actual and no issue', () => {
    const r = deriveActuals(months('南牛乡', 'GDP', 5, () => 1, () => 5), UNITS);
    expect([r.actuals, r.issues]).toEqual([[], []]);
  });

  it('the months are settings: midMonth 7 takes July’s cumulative; deriveCumulative never derives nothing', () => {
    const recs = months('南牛乡', 'GDP', 7, () => 1, (m) => (m === 7 ? 7 : null));
    expect(brief(deriveActuals(recs, UNITS, { settings: { ...consolidationPreset, midMonth: 7 } }))).toEqual([['南牛乡', 'GDP', '2026', 'mid', 7, 'reported']]);
    const never = deriveActuals(months('南牛乡', 'GDP', 6, () => 1), UNITS, { settings: { ...consolidationPreset, deriveCumulative: 'never' } });
    expect([never.actuals, never.issues.map((i) => i.code)]).toEqual([[], ['consolidate.cumulative-not-derived']]);
  });

  it('a monthly group (ancient-city) takes each month’s 本月完成值 directly', () => {
    const r = deriveActuals(months('住建局', '投资', 2, (m) => 100 * m, (m) => 1000), UNITS);
    expect(brief(r)).toEqual([['住建局', '投资', '2026-01', 'actual', 100, 'reported'], ['住建局', '投资', '2026-02', 'actual', 200, 'reported']]);
  });

  it('a monthly group’s month without 本月完成值 is an issue', () => {
    const r = deriveActuals(months('住建局', '投资', 1, () => null, () => 5), UNITS);
    expect(r.issues.map((i) => i.code)).toEqual(['consolidate.no-month-actual']);
  });
});

describe('mergeActuals', () => {
  const derived = deriveActuals(months('南牛乡', 'GDP', 12, () => 1, (m) => m), UNITS).actuals;
  const typedActual = (mid: FigureValue): MasterRecord => ({
    key: { kind: 'actual', unit: '南牛乡', period: '2026', item: 'GDP' },
    values: { mid, end: null },
    source: null,
    cells: { mid: 'H7', end: 'I7' },
  });

  it('fills the 指标 sheet’s actuals, and a rerun changes nothing', () => {
    const once = mergeActuals([typedActual(null)], derived);
    expect(once.records[0]!.values).toEqual({ mid: 6, end: 12 });
    expect(once.changes.map((c) => [c.field, c.cell, c.from, c.to])).toEqual([['mid', 'H7', null, 6], ['end', 'I7', null, 12]]);
    const twice = mergeActuals(once.records, derived);
    expect([twice.records, twice.changes]).toEqual([once.records, []]);
  });

  it('keeps an actual the office typed unless forced, and names its cell', () => {
    const out = mergeActuals([typedActual(5.5)], derived);
    expect(out.records).toEqual([typedActual(5.5)]);
    expect(out.issues).toMatchObject([{ code: 'consolidate.typed', cell: 'H7' }]);
    expect(mergeActuals([typedActual(5.5)], derived, true).records[0]!.values).toEqual({ mid: 6, end: 12 });
  });

  it('a typed year-end actual stays the office’s after the mid-year one is filled from June', () => {
    const typedBoth: MasterRecord = { ...typedActual(null), values: { mid: null, end: 11 } };
    const june = derived.filter((a) => a.field === 'mid');
    const afterJune = mergeActuals([typedBoth], june);
    expect(afterJune.records[0]).toMatchObject({ values: { mid: 6, end: 11 }, edited: ['end'] });
    const afterDecember = mergeActuals(afterJune.records, derived);
    expect(afterDecember.issues).toMatchObject([{ code: 'consolidate.typed', cell: 'I7' }]);
    expect(afterDecember.records).toEqual(afterJune.records);
  });

  it('writes only the cells the master has; an actual with no cell is returned unplaced', () => {
    const out = mergeActuals([], derived);
    expect(out.records).toEqual([]);
    expect(out.unplaced).toEqual(derived);
  });
});
