import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidate, type MasterBook } from './consolidate';
import type { MasterRecord } from './record';
import { report, sheetOf, typed, UNITS } from '../../../test/engine/fixtures/consolidate-sheets';

const unit = fc.constantFrom('南牛乡', '新安镇', '商务局（粮食局）', '住建局', '未列单位');
const figure = fc.integer({ min: 0, max: 3 });
/** A unit's report for May or June: a few indicators, small figures (so equal and differing ones both occur). */
const submission = fc
  .record({
    unit,
    month: fc.constantFrom('2026年5月', '2026年6月'),
    gdp: figure,
    invest: fc.option(figure, { nil: undefined }),
    day: fc.constantFrom('2026-07-05', '2026-07-12', null),
  })
  .map((s) => {
    const rows: [string, number, number, number][] = [['GDP', 10, s.gdp, s.gdp + 1]];
    if (s.invest !== undefined) rows.push(['投资', 5, s.invest, s.invest * 2]);
    return (file: string) => report(file, s.unit, s.month, rows, s.day ?? undefined);
  });
/** A unit's county summary row for a month: a second kind in the same batch. */
const summaryRow = fc
  .record({ unit, month: fc.constantFrom('2026年5月', '2026年6月'), leader: fc.integer({ min: 5, max: 10 }) })
  .map((s) => (file: string) =>
    sheetOf(file, 'county-summary', [[`考核月份：${s.month}`], ['单位', '类别', '指标评估', '公众评估', '领导评估'], [s.unit, '乡镇', 80, null, s.leader]]));
const anySubmission = fc.oneof({ arbitrary: submission, weight: 3 }, { arbitrary: summaryRow, weight: 1 });
/** A batch: each file its own name (a path names one file), in no particular alphabetical order. */
const batchOf = fc.array(fc.tuple(anySubmission, fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 6 }).map((xs) => xs.map(([make, tag], i) => make(`${tag}-${i}.xlsx`)));
/** Figures the office typed into the master: some equal to what units report, some not. */
const typedRecords = fc.array(
  fc.record({ unit: fc.constantFrom('南牛乡', '新安镇'), m: fc.constantFrom('05', '06'), cum: figure }).map((t): MasterRecord => typed(t.unit, `2026-${t.m}`, 'GDP', { cumulative: t.cum + 1 })),
  { maxLength: 2 },
);
const master = (records: readonly MasterRecord[]): MasterBook => ({ units: UNITS, records });
const sortedJson = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).sort();

describe('consolidate properties', () => {
  it('idempotent: merging the same batch into its own result changes nothing', () => {
    fc.assert(
      fc.property(typedRecords, batchOf, (m0, batch) => {
        const once = consolidate(master(m0), batch);
        const twice = consolidate(master(once.records), batch);
        expect(twice.records).toEqual(once.records);
        expect(twice.merged.flatMap((m) => m.changed)).toEqual([]);
        expect(twice.merged.reduce((a, m) => a + m.added, 0)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('order-independent: the files’ order changes nothing in the outcome', () => {
    fc.assert(
      fc.property(typedRecords, batchOf.chain((b) => fc.tuple(fc.constant(b), fc.shuffledSubarray(b, { minLength: b.length, maxLength: b.length }))), (m0, [batch, shuffled]) => {
        const a = consolidate(master(m0), batch);
        const b = consolidate(master(m0), shuffled);
        expect(b.records).toEqual(a.records);
        expect(b.merged).toEqual(a.merged);
        expect(b.refused).toEqual(a.refused);
        expect(b.quarantined).toEqual(a.quarantined);
        expect(b.missing).toEqual(a.missing);
        expect(b.report).toEqual(a.report);
        expect(sortedJson(b.issues)).toEqual(sortedJson(a.issues));
      }),
      { numRuns: 150 },
    );
  });

  it('two runs equal one: merging disjoint reports one after the other holds the same records as merging them together', () => {
    fc.assert(
      fc.property(submission, submission, (mx, my) => {
        const x = mx('x.xlsx');
        const y = my('y.xlsx');
        fc.pre(x.records.length > 0 && y.records.length > 0 && x.records[0]!.key.period !== y.records[0]!.key.period);
        const together = consolidate(master([]), [x, y]);
        const first = consolidate(master([]), [x]);
        const then = consolidate(master(first.records), [y]);
        expect(sortedJson(then.records)).toEqual(sortedJson(together.records));
      }),
      { numRuns: 100 },
    );
  });
});
