import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonusPoints, deductionPoints } from './adjustments';
import { countyComposite } from './composite';
import { countyPreset } from './preset';
import { COUNTY_GROUPS } from './types';

const bonusItem = fc.oneof(
  fc.constantFrom(...countyPreset.bonusItems.filter((i) => i.points !== null).flatMap((i) => [i.code, i.label.zh])),
  fc.double({ min: 0, max: 5, noNaN: true }),
  fc.double({ min: 0, max: 3, noNaN: true }).map((p) => `county-decision:${p.toFixed(2)}`),
);
const deductionItem = fc.oneof(
  fc.constantFrom(...countyPreset.deductionItems.flatMap((i) => [i.code, i.label.zh])),
  fc.double({ min: -5, max: 5, noNaN: true }),
  fc.integer({ min: 1, max: 9 }).map((n) => `complaint×${n}`),
);
const total = (r: ReturnType<typeof bonusPoints>): number => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value.value;
};

describe('county properties', () => {
  it('篇4 五(四): caps are never exceeded, whatever is claimed', () => {
    fc.assert(
      fc.property(fc.array(bonusItem, { maxLength: 12 }), fc.array(deductionItem, { maxLength: 12 }), (b, d) => {
        const bv = total(bonusPoints(b));
        const dv = total(deductionPoints(d));
        expect(bv).toBeGreaterThanOrEqual(0);
        expect(bv).toBeLessThanOrEqual(countyPreset.bonusCap);
        expect(dv).toBeGreaterThanOrEqual(0);
        expect(dv).toBeLessThanOrEqual(countyPreset.deductionCap);
      }),
    );
  });

  it('another commendation never lowers a score', () => {
    fc.assert(
      fc.property(
        fc.array(bonusItem, { maxLength: 8 }),
        bonusItem,
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 8, noNaN: true }),
        (items, extra, indicator, pub, leader, deduction) => {
          const before = total(bonusPoints(items));
          const after = total(bonusPoints([...items, extra]));
          expect(after).toBeGreaterThanOrEqual(before);
          const score = (bonus: number) => {
            const r = countyComposite({ group: 'department', indicator, public: pub, leader, bonus, deduction });
            if (!r.ok) throw new Error('composite failed');
            return r.value.value;
          };
          expect(score(after)).toBeGreaterThanOrEqual(score(before));
        },
      ),
    );
  });

  it('篇4 六(一): the composite equals its parts (caps applied) for random valid input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTY_GROUPS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (group, fi, fp, fl, bonus, deduction) => {
          const g = countyPreset.groups[group];
          const indicator = fi * g.shares.indicator;
          const leader = fl * g.shares.leader;
          const pub = g.shares.public === null ? null : fp * g.shares.public;
          const adj = g.adjustments ? { bonus, deduction } : {};
          const r = countyComposite({ group, indicator, leader, public: pub, ...adj });
          if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
          const expected = indicator + (pub ?? 0) + leader + (g.adjustments ? Math.min(bonus, 4) - Math.min(deduction, 4) : 0);
          expect(r.value.value).toBeCloseTo(expected, 8);
          expect(r.value.steps.reduce((a, s) => a + s.points, 0)).toBeCloseTo(r.value.value, 8);
        },
      ),
    );
  });
});
