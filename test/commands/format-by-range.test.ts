import { describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET, validateSubmission } from '../../src/commands';
import { MemoryWorkbook } from '../../src/host/memory';
import type { Workbook } from '../../src/host/port';
import { engineerRows } from './excel-harness';
import { generatedSummary } from './fixtures';

const COUNTED = ['write', 'formatRange', 'conditionalColors', 'mark', 'clearMarks', 'addChart', 'validationList'] as const;

/** The workbook, with every port call that writes or formats counted. */
function counting(wb: Workbook): { wb: Workbook; calls: Record<string, number> } {
  const calls: Record<string, number> = Object.fromEntries(COUNTED.map((k) => [k, 0]));
  const proxy = new Proxy(wb, {
    get(target, prop) {
      const v: unknown = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (typeof prop === 'string' && prop in calls) calls[prop]! += 1;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { wb: proxy, calls };
}

describe('commands format by range, never cell by cell', () => {
  it('rankAndTier makes the same writes and format calls for 10 and 10,000 units', async () => {
    const runs = [];
    for (const n of [10, 10000]) {
      const { wb, calls } = counting(MemoryWorkbook.fromSheets({ 汇总: generatedSummary(n) }));
      expect((await rankAndTier(wb)).written).toBe(RESULTS_SHEET);
      runs.push(calls);
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0]!.conditionalColors).toBeGreaterThan(0); // tiers coloured by the host, not per cell
  });

  it('validateSubmission marks 10 or 10,000 bad cells in one mark call per sheet', async () => {
    for (const n of [100, 100000]) {
      const { wb, calls } = counting(MemoryWorkbook.fromSheets({ 工程师: engineerRows(n) }));
      expect((await validateSubmission(wb)).marked).toBe(n / 10);
      expect(calls).toMatchObject({ mark: 1, clearMarks: 1, write: 0, formatRange: 0 });
    }
  });
});
