import { describe, expect, it } from 'vitest';
import type { CountyResult } from '../types';
import { defaultRankingSettings as settings, type RankingSettings } from './settings';
import { groupOf, scoredUnit } from '../../../../test/engine/fixtures/county-units';
import { rankAndTierCounty } from './tiers';

const advanced = (results: readonly CountyResult[]): string[] => results.filter((r) => r.tier === '先进').map((r) => r.unit);
const reported = (results: readonly CountyResult[]): string[] => results.filter((r) => r.report).map((r) => r.unit);
const withFloor = (floor: number): RankingSettings => ({
  ...settings,
  groups: { ...settings.groups, township: { ...settings.groups.township, advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor } } },
});

describe('rankAndTierCounty — boundary ties with vetoed units (RULES county Tiers 3–4)', () => {
  it('Tiers 3/4: a vetoed unit tied with the last place does not compete, so there is no boundary tie', () => {
    const units = groupOf('township', 'T', [96, 92, 92, 80, 70, 70, 70]);
    units[1] = { ...units[1]!, veto: '一票否决' };
    const { results, warnings } = rankAndTierCounty(units, settings);
    expect(advanced(results)).toEqual(['T1', 'T3']);
    expect(warnings).toEqual([]);
    expect(results[1]).toMatchObject({ rank: 2, tier: '合格', eligible: false });
  });

  it('Tiers 3/4: a boundary tie names only the eligible tied units, never the vetoed one', () => {
    const units = groupOf('township', 'T', [96, 92, 92, 92, 70, 70, 70]);
    units[2] = { ...units[2]!, veto: '班子成员腐败案件' };
    const { results, warnings } = rankAndTierCounty(units, settings);
    expect(advanced(results)).toEqual(['T1', 'T2', 'T4']);
    expect(warnings).toMatchObject([{ code: 'ranking.tie-at-boundary', units: ['T2', 'T4'] }]);
  });

  it('Tiers 3: a designated unit tied at the boundary does not compete either', () => {
    const units = groupOf('township', 'T', [96, 92, 92, 80, 70, 70, 70]);
    units[2] = { ...units[2]!, unqualified: '失职渎职' };
    const { results, warnings } = rankAndTierCounty(units, settings);
    expect(advanced(results)).toEqual(['T1', 'T2']);
    expect(results[2]!.tier).toBe('不合格');
    expect(warnings).toEqual([]);
  });
});

describe('rankAndTierCounty — group sizes (RULES county Tiers 2, 6, 7)', () => {
  it('an empty input gives no results, no warnings and zero counts for every group', () => {
    const { results, warnings, summary } = rankAndTierCounty([], settings);
    expect(results).toEqual([]);
    expect(warnings).toEqual([]);
    for (const g of ['township', 'department', 'ancient-city'] as const) {
      expect(summary[g]).toMatchObject({ size: 0, eligible: 0, report: 0, tiers: { 先进: 0, 合格: 0, 不合格: 0 } });
    }
  });

  it('Tiers 2 Decision: a group of one has 25% × 1 = 0.25 → 0 places, so no 先进 even at 99', () => {
    const { results, summary } = rankAndTierCounty(groupOf('department', 'D', [99]), settings);
    expect(results[0]).toMatchObject({ rank: 1, tier: '合格', eligible: true });
    expect(summary.department.quota).toBe(0);
  });

  it('Tiers 6: with fewer than three units every unit below 60 is among the last three and reported', () => {
    expect(reported(rankAndTierCounty(groupOf('township', 'T', [40]), settings).results)).toEqual(['T1']);
    expect(reported(rankAndTierCounty(groupOf('township', 'T', [59, 45]), settings).results)).toEqual(['T1', 'T2']);
  });

  it('Tiers 2: ancient-city of one unit at 99 admits it and warns that fewer than 3 are eligible', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('ancient-city', 'A', [99]), settings);
    expect(advanced(results)).toEqual(['A1']);
    expect(warnings).toMatchObject([{ code: 'ranking.too-few-advanced', group: 'ancient-city' }]);
  });

  it('Tiers 2: ancient-city with exactly 3 or 4 eligible admits them all, without a warning', () => {
    const three = rankAndTierCounty(groupOf('ancient-city', 'A', [99, 96, 95, 94.99]), settings);
    expect(advanced(three.results)).toEqual(['A1', 'A2', 'A3']);
    expect(three.warnings).toEqual([]);
    const four = rankAndTierCounty(groupOf('ancient-city', 'A', [99, 96, 95, 95, 80]), settings);
    expect(advanced(four.results)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(four.warnings).toEqual([]);
  });

  it('Tiers 2/3: a veto that brings ancient-city below 3 eligible warns', () => {
    const units = groupOf('ancient-city', 'A', [99, 98, 97, 80]);
    units[0] = { ...units[0]!, veto: '特大生产安全事故' };
    const { results, warnings } = rankAndTierCounty(units, settings);
    expect(advanced(results)).toEqual(['A2', 'A3']);
    expect(warnings).toMatchObject([{ code: 'ranking.too-few-advanced', group: 'ancient-city' }]);
  });
});

describe('rankAndTierCounty — all tied, negative, vetoed and low (RULES county Tiers 1, 4–7)', () => {
  it('Tiers 4 Decision: seven townships all at 92 are all ranked 1 and all admitted, with one warning naming all', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('township', 'T', Array<number>(7).fill(92)), settings);
    expect(results.every((r) => r.rank === 1 && r.tier === '先进')).toBe(true);
    expect(warnings).toMatchObject([{ code: 'ranking.tie-at-boundary', units: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] }]);
  });

  it('Tiers 4 Decision: six ancient-city units tied at 96 exceed the 5 places; all are admitted with a warning', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('ancient-city', 'A', Array<number>(6).fill(96)), settings);
    expect(advanced(results)).toHaveLength(6);
    expect(warnings).toMatchObject([{ code: 'ranking.tie-at-boundary', group: 'ancient-city' }]);
  });

  it('Tiers 6: all tied below 60 — nobody scores strictly lower, so all are reported', () => {
    const { results } = rankAndTierCounty(groupOf('department', 'D', Array<number>(5).fill(50)), settings);
    expect(results.every((r) => r.report && r.tier === '不合格' && r.rank === 1)).toBe(true);
  });

  it('Tiers 1/5/6: negative composites rank below zero, are 不合格 and reported; −0.001 rounds to 0', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [-3, 10, -0.001, -12.5, 95]), settings);
    expect(results.map((r) => r.rank)).toEqual([4, 2, 3, 5, 1]);
    expect(results.map((r) => r.tier)).toEqual(['不合格', '不合格', '不合格', '不合格', '先进']);
    expect(reported(results)).toEqual(['T1', 'T3', 'T4']);
    expect(Object.is(results[2]!.rounded, 0)).toBe(true);
  });

  it('Tiers 3/5/6: a unit both vetoed and below 60 is 不合格, reported, and says both', () => {
    const units = groupOf('township', 'T', [95, 80, 70, 55]);
    units[3] = { ...units[3]!, veto: '一票否决' };
    const { results } = rankAndTierCounty(units, settings);
    expect(results[3]).toMatchObject({ tier: '不合格', vetoed: true, eligible: false, report: true, rank: 4 });
    expect(results[3]!.explanation.zh).toContain('取消评先资格：一票否决');
    expect(results[3]!.explanation.zh).toContain('低于 60 分，为不合格');
  });

  it('Tiers 5/6: a designated unit scoring 60 or more is 不合格 but not reported (抄送 needs composite < 60)', () => {
    const units = groupOf('township', 'T', [95, 80, 70]);
    units[2] = { ...units[2]!, unqualified: '失职渎职' };
    const { results } = rankAndTierCounty(units, settings);
    expect(results[2]).toMatchObject({ tier: '不合格', report: false });
  });
});

describe('rankAndTierCounty — the report rule does not depend on the rank mode (RULES county Tiers 6)', () => {
  it('Tiers 6: 55 has three units strictly lower (50, 50, 45), so it is not reported in competition or dense mode', () => {
    const scores = [70, 55, 50, 50, 45];
    for (const rankMode of ['competition', 'dense'] as const) {
      const { results } = rankAndTierCounty(groupOf('township', 'T', scores), { ...settings, rankMode });
      expect(reported(results)).toEqual(['T3', 'T4', 'T5']);
    }
    // In dense mode 55 holds rank 2 of 4 distinct ranks: a "last three ranks" reading would wrongly report it.
    expect(rankAndTierCounty(groupOf('township', 'T', scores), { ...settings, rankMode: 'dense' }).results[1]!.rank).toBe(2);
  });

  it('Tiers 6: lastN and the line are scheme settings', () => {
    const s: RankingSettings = { ...settings, report: { below: 60, lastN: 1 } };
    expect(reported(rankAndTierCounty(groupOf('township', 'T', [70, 55, 50, 50]), s).results)).toEqual(['T3', 'T4']);
  });
});

describe('rankAndTierCounty — thresholds and bad input (general rule: compare at precision)', () => {
  it('Tiers 4: tie-breakers are compared at precision too — indicator 83.001 and 83.004 still tie', () => {
    const tb: RankingSettings = { ...settings, tieBreakers: ['indicator'] };
    const units = [
      scoredUnit('T1', 'township', 96, { indicator: 86 }),
      scoredUnit('T2', 'township', 92, { indicator: 83.001 }),
      scoredUnit('T3', 'township', 92, { indicator: 83.004 }),
      ...groupOf('township', 'X', [80, 75, 70, 60]),
    ];
    const { results, warnings } = rankAndTierCounty(units, tb);
    expect(advanced(results)).toEqual(['T1', 'T2', 'T3']);
    expect(warnings).toMatchObject([{ code: 'ranking.tie-unbroken', units: ['T2', 'T3'] }]);
  });

  it('Tiers 2: the rounded score is compared with the floor as written; eligibility and explanation agree', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [89.99, 50, 50, 50]), withFloor(89.991));
    expect(results[0]).toMatchObject({ rounded: 89.99, eligible: false, tier: '合格' });
    expect(results[0]!.explanation.zh).toContain('低于先进分数线 89.991 分');
  });

  it('Tiers 3/5: 不合格 wins over 先进 — with a floor of 50, a unit at 55 is still not eligible', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [55, 40, 40, 40]), withFloor(50));
    expect(results[0]).toMatchObject({ tier: '不合格', eligible: false });
  });

  it('refuses a composite that is not a finite number, naming the unit', () => {
    expect(() => rankAndTierCounty(groupOf('township', 'T', [90, Number.NaN]), settings)).toThrow(/T2/);
    expect(() => rankAndTierCounty(groupOf('township', 'T', [Number.POSITIVE_INFINITY]), settings)).toThrow(RangeError);
  });

  it('refuses a unit of an unknown group, naming it', () => {
    const u = { ...scoredUnit('Z', 'township', 90), group: 'street' as 'township' };
    expect(() => rankAndTierCounty([u], settings)).toThrow(/Z/);
  });
});
