import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lateFee } from './late';
import { wageFloat } from './final';

const day = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true });

describe('staff properties', () => {
  it('篇3 二 3: a higher final score never lowers the wage float', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 10 }), (me, daily, more) => {
        const a = wageFloat(me, daily);
        const b = wageFloat(me, daily + more);
        if (!a.ok || !b.ok) throw new Error('float failed');
        expect(b.value).toBeGreaterThanOrEqual(a.value);
      }),
    );
  });

  it('篇3 五 1: the late fee is never negative and grows by 100 a day once past the 10th', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (period, after) => {
        const submitted = new Date(Date.UTC(period.getUTCFullYear(), period.getUTCMonth() + 1, 10 + after));
        const r = lateFee(period, submitted);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        expect(r.value.days).toBe(after);
        expect(r.value.amount).toBe(after * 100);
      }),
    );
  });
});
