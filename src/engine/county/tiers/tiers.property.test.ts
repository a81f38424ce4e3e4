import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../core/round';
import { COUNTY_GROUPS, type CountyGroup, type CountyScored } from '../types';
import { rankValues } from '../../ranking';
import { defaultRankingSettings, type RankingSettings } from './settings';
import { scoredUnit } from '../../../../test/engine/fixtures/county-units';
import { countyTiers, rankAndTierCounty } from './tiers';

// Scores from a small set so ties (also at 2 decimals: 89.995 vs 90) are common.
const score = fc.constantFrom(40, 55, 59.994, 59.995, 60, 75, 89.994, 89.995, 90, 91.5, 94.999, 95, 96, 98.001, 98);
/** `reason` about once in `every` units, null otherwise. */
const sometimes = (reason: string, every: number) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: every - 1 }, { arbitrary: fc.constant(reason), weight: 1 });
const unitArb = fc.record({
  group: fc.constantFrom<CountyGroup>(...COUNTY_GROUPS),
  composite: score,
  veto: sometimes('一票否决', 6),
  unqualified: sometimes('失职渎职', 8),
  indicator: fc.integer({ min: 80, max: 82 }),
});
const unitsArb = fc
  .array(unitArb, { maxLength: 40 })
  .map((us) => us.map((u, k): CountyScored => scoredUnit(`U${k}`, u.group, u.composite, { veto: u.veto, unqualified: u.unqualified, indicator: u.indicator })));
const settingsArb = fc.record({
  rankMode: fc.constantFrom('competition' as const, 'dense' as const),
  tieBreakers: fc.constantFrom<readonly string[]>([], ['indicator']),
}).map((o): RankingSettings => ({ ...defaultRankingSettings, ...o }));

const r2 = (x: number): number => roundHalfUp(x, 2);

describe('rankAndTierCounty — properties', () => {
  it('Tiers 2/4: 先进 never exceed the places except when a tie warning names the group', () => {
    fc.assert(
      fc.property(unitsArb, settingsArb, (units, settings) => {
        const { results, warnings, summary } = rankAndTierCounty(units, settings);
        for (const g of COUNTY_GROUPS) {
          const n = results.filter((r) => r.group === g && r.tier === '先进').length;
          const tie = warnings.some((w) => w.group === g && (w.code === 'ranking.tie-at-boundary' || w.code === 'ranking.tie-unbroken'));
          if (!tie) expect(n).toBeLessThanOrEqual(summary[g].quota);
          // Places are filled from the eligible whenever there are enough of them.
          expect(n).toBeGreaterThanOrEqual(Math.min(summary[g].quota, summary[g].eligible));
        }
      }),
    );
  });

  it('the tiers-only path (PERF.TIERS) gives every unit the tier and the warnings of the full results', () => {
    fc.assert(
      fc.property(unitsArb, settingsArb, (units, settings) => {
        const full = rankAndTierCounty(units, settings);
        const only = countyTiers(units, settings);
        expect(only.tiers).toEqual(full.results.map((r) => r.tier));
        expect(only.warnings).toEqual(full.warnings);
      }),
    );
  });

  it('Tiers 2/3/5/6: every tier agrees with its thresholds', () => {
    fc.assert(
      fc.property(unitsArb, settingsArb, (units, settings) => {
        const { results } = rankAndTierCounty(units, settings);
        results.forEach((r, i) => {
          const u = units[i]!;
          const floor = settings.groups[u.group].advanced.floor;
          const designated = u.unqualified != null;
          expect(r.rounded).toBe(r2(u.composite.value));
          expect(r.eligible).toBe(r.rounded >= floor && u.veto == null && !designated);
          if (r.tier === '先进') expect(r.eligible).toBe(true);
          expect(r.tier === '不合格').toBe(designated || r.rounded < 60);
          // A higher-scoring eligible unit is never passed over, and a tie (after any tie-breaker) is never split.
          if (r.tier === '先进') {
            results.forEach((o, j) => {
              if (o.group !== r.group || !o.eligible) return;
              const tieWins = settings.tieBreakers.length === 0 || r2(units[j]!.indicator) >= r2(u.indicator);
              if (o.rounded > r.rounded || (o.rounded === r.rounded && tieWins)) expect(o.tier).toBe('先进');
            });
          }
          const lower = results.filter((o) => o.group === r.group && o.rounded < r.rounded).length;
          expect(r.report).toBe(settings.groups[r.group].report && r.rounded < 60 && lower < 3);
        });
      }),
    );
  });

  it('shuffling the input rows never changes any unit’s result', () => {
    fc.assert(
      fc.property(unitsArb, settingsArb, fc.infiniteStream(fc.nat()), (units, settings, rand) => {
        const shuffled = units.slice();
        for (let k = shuffled.length - 1; k > 0; k--) {
          const j = rand.next().value % (k + 1);
          [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
        }
        const key = (rs: ReturnType<typeof rankAndTierCounty>['results']) => Object.fromEntries(rs.map((r) => [r.unit, r]));
        expect(key(rankAndTierCounty(shuffled, settings).results)).toEqual(key(rankAndTierCounty(units, settings).results));
      }),
    );
  });

  it('Tiers 1/7: every unit has a valid competition or dense rank within its group', () => {
    fc.assert(
      fc.property(unitsArb, settingsArb, (units, settings) => {
        const { results } = rankAndTierCounty(units, settings);
        for (const r of results) {
          const higher = results.filter((o) => o.group === r.group && o.rounded > r.rounded);
          const expected = settings.rankMode === 'competition' ? higher.length + 1 : new Set(higher.map((o) => o.rounded)).size + 1;
          expect(r.rank).toBe(expected);
        }
      }),
    );
  });
});

describe('rankValues — properties', () => {
  it('is a valid competition / dense ranking of the rounded scores', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 30 }), fc.constantFrom('competition' as const, 'dense' as const), (xs, mode) => {
        const ranks = rankValues(xs, mode, 2);
        xs.forEach((x, i) => {
          const higher = xs.filter((y) => r2(y) > r2(x));
          expect(ranks[i]).toBe(mode === 'competition' ? higher.length + 1 : new Set(higher.map(r2)).size + 1);
        });
      }),
    );
  });
});
