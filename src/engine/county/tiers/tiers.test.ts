import { describe, expect, it } from 'vitest';
import type { CountyResult } from '../types';
import { defaultRankingSettings as settings, type RankingSettings } from './settings';
import { groupOf, scoredUnit } from '../../../../test/engine/fixtures/county-units';
import { rankAndTierCounty } from './tiers';

const byName = (results: readonly CountyResult[]): Record<string, CountyResult> =>
  Object.fromEntries(results.map((r) => [r.unit, r]));
const advanced = (results: readonly CountyResult[]): string[] => results.filter((r) => r.tier === '先进').map((r) => r.unit);

describe('rankAndTierCounty — ranks (篇4 六(二), RULES county Tiers 1 and 7)', () => {
  it('Tiers 1: ranks each group separately by rounded composite, competition by default', () => {
    const units = [...groupOf('township', 'T', [91, 95, 91, 80]), ...groupOf('department', 'D', [70, 99])];
    const { results } = rankAndTierCounty(units, settings);
    expect(results.map((r) => [r.unit, r.rank])).toEqual([
      ['T1', 2], ['T2', 1], ['T3', 2], ['T4', 4], ['D1', 2], ['D2', 1],
    ]);
  });

  it('Tiers 1 Decision: dense ranking (中国式) when the scheme chooses it', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [91, 95, 91, 80]), { ...settings, rankMode: 'dense' });
    expect(results.map((r) => r.rank)).toEqual([2, 1, 2, 3]);
  });

  it('Tiers 7: every unit gets a rank, vetoed and designated ones included', () => {
    const units = [
      scoredUnit('A', 'township', 97, { veto: '特大生产安全事故' }),
      scoredUnit('B', 'township', 93, { unqualified: '失职渎职' }),
      scoredUnit('C', 'township', 91),
    ];
    const { results } = rankAndTierCounty(units, settings);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('keeps the input order and copies the composite steps and source', () => {
    const step = { item: 'indicator', label: { zh: '指标', en: 'indicator' }, rule: { zh: '', en: '' }, points: 88 };
    const u = { ...scoredUnit('X', 'department', 88), composite: { value: 88, rounded: 88, steps: [step] }, source: { sheet: '汇总', row: 4 } };
    const { results } = rankAndTierCounty([scoredUnit('W', 'department', 99), u], settings);
    expect(results.map((r) => r.unit)).toEqual(['W', 'X']);
    expect(results[1]!.steps).toEqual([step]);
    expect(results[1]!.source).toEqual({ sheet: '汇总', row: 4 });
    expect('source' in results[0]!).toBe(false);
  });
});

describe('rankAndTierCounty — 先进 (RULES county Tiers 2–4)', () => {
  it('Tiers 2: 7 townships → 2 先进 (seed check)', () => {
    const { results, summary } = rankAndTierCounty(groupOf('township', 'T', [96, 95, 94, 93, 92, 91, 90]), settings);
    expect(advanced(results)).toEqual(['T1', 'T2']);
    expect(summary.township.quota).toBe(2);
  });

  it('Tiers 2: 32 departments → 8 先进 (seed check)', () => {
    const scores = Array.from({ length: 32 }, (_, k) => 99 - k * 0.5);
    const { results, summary } = rankAndTierCounty(groupOf('department', 'D', scores), settings);
    expect(advanced(results)).toHaveLength(8);
    expect(summary.department).toMatchObject({ size: 32, quota: 8, tiers: { 先进: 8, 合格: 24, 不合格: 0 } });
  });

  it('Tiers 2 Decision: 9 units at 25% half-up → 2 先进', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [99, 98, 97, 96, 95, 94, 93, 92, 91]), settings);
    expect(advanced(results)).toEqual(['T1', 'T2']);
  });

  it('Tiers 2: the floor of 90 is compared at precision — 89.995 rounds to 90.00 and is eligible, 89.994 is not', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [89.995, 89.994, 50, 50]), settings);
    const r = byName(results);
    expect(r.T1).toMatchObject({ rounded: 90, eligible: true, tier: '先进' });
    expect(r.T2).toMatchObject({ rounded: 89.99, eligible: false, tier: '合格' });
  });

  it('Tiers 2: a quota group with fewer eligible units than places gets fewer 先进, without a warning', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('township', 'T', [92, 85, 84, 83, 82, 81, 80]), settings);
    expect(advanced(results)).toEqual(['T1']);
    expect(warnings).toEqual([]);
  });

  it('Tiers 3: a vetoed unit keeps its rank, is not eligible, and its place goes to the next eligible', () => {
    const units = groupOf('township', 'T', [98, 95, 93, 92, 91, 80, 70]);
    units[0] = { ...units[0]!, veto: '班子成员腐败案件' };
    const { results } = rankAndTierCounty(units, settings);
    expect(advanced(results)).toEqual(['T2', 'T3']);
    expect(results[0]).toMatchObject({ rank: 1, tier: '合格', vetoed: true, eligible: false });
    expect(results[0]!.explanation.zh).toContain('取消评先资格：班子成员腐败案件');
  });

  it('Tiers 3/5: a unit designated 不合格 is 不合格 and not eligible even with 95', () => {
    const units = groupOf('township', 'T', [95, 92, 91, 80]);
    units[0] = { ...units[0]!, unqualified: '失职渎职造成重大损失' };
    const { results } = rankAndTierCounty(units, settings);
    expect(results[0]).toMatchObject({ rank: 1, tier: '不合格', designated: true, eligible: false });
    expect(results[0]!.explanation.zh).toContain('认定为不合格：失职渎职造成重大损失');
    expect(advanced(results)).toEqual(['T2']);
  });

  it('Tiers 2: ancient-city admits the top eligible (≥ 95) up to 5', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('ancient-city', 'A', [99, 98, 97, 96.5, 96, 95.5, 95, 94, 80]), settings);
    expect(advanced(results)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(warnings).toEqual([]);
  });

  it('Tiers 2: ancient-city with fewer than 3 eligible admits them and warns (not an error), naming the group', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('ancient-city', 'A', [97, 95, 94.99, 90, 80]), settings);
    expect(advanced(results)).toEqual(['A1', 'A2']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'ranking.too-few-advanced', severity: 'warning', group: 'ancient-city' });
    expect(warnings[0]!.message.zh).toContain('古城风貌恢复工作');
  });

  it('Tiers 4 Decision: a tie across the boundary admits all tied units and warns, naming the group and units', () => {
    const { results, warnings, summary } = rankAndTierCounty(groupOf('township', 'T', [96, 92.001, 91.995, 92, 88, 85, 80]), settings);
    expect(advanced(results)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(summary.township.tiers.先进).toBe(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'ranking.tie-at-boundary', severity: 'warning', group: 'township', units: ['T2', 'T3', 'T4'] });
    expect(warnings[0]!.message.zh).toContain('T2、T3、T4');
  });

  it('Tiers 4: a tie entirely inside the places is no boundary tie', () => {
    const { results, warnings } = rankAndTierCounty(groupOf('township', 'T', [95, 95, 91, 80, 80, 80, 80]), settings);
    expect(advanced(results)).toEqual(['T1', 'T2']);
    expect(warnings).toEqual([]);
  });

  it('Tiers 4 Decision variant: tie-breakers listed by the scheme break the tie in order', () => {
    const tb: RankingSettings = { ...settings, tieBreakers: ['indicator', 'leader'] };
    const units = [
      scoredUnit('T1', 'township', 96, { indicator: 86, leader: 10 }),
      scoredUnit('T2', 'township', 92, { indicator: 83, leader: 9 }),
      scoredUnit('T3', 'township', 92, { indicator: 83, leader: 9.5 }),
      scoredUnit('T4', 'township', 92, { indicator: 82, leader: 10 }),
      ...groupOf('township', 'X', [80, 75, 70]),
    ];
    const { results, warnings } = rankAndTierCounty(units, tb);
    expect(advanced(results)).toEqual(['T1', 'T3']);
    expect(warnings).toEqual([]);
    expect(byName(results).T2!.explanation.zh).toContain('按 indicator、leader 未入选');
  });

  it('Tiers 4 Decision variant: still tied after the tie-breakers → all admitted and a warning', () => {
    const tb: RankingSettings = { ...settings, tieBreakers: ['ranked-first'] };
    const units = [
      scoredUnit('T1', 'township', 96, { extra: { 'ranked-first': 1 } }),
      scoredUnit('T2', 'township', 92, { extra: { 'ranked-first': 3 } }),
      scoredUnit('T3', 'township', 92, { extra: { 'ranked-first': 3 } }),
      scoredUnit('T4', 'township', 92, { extra: { 'ranked-first': 2 } }),
      ...groupOf('township', 'X', [80, 75, 70]),
    ];
    const { results, warnings } = rankAndTierCounty(units, tb);
    expect(advanced(results)).toEqual(['T1', 'T2', 'T3']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'ranking.tie-unbroken', group: 'township', units: ['T2', 'T3'] });
    expect(byName(results).T2!.explanation.zh).toContain('一并评为先进');
    expect(byName(results).T3!.explanation.zh).toContain('一并评为先进');
  });

  it('Tiers 4 variant: a tie-breaker missing on a tied unit is skipped with a warning, then all tied are admitted', () => {
    const tb: RankingSettings = { ...settings, tieBreakers: ['public'] };
    const units = groupOf('township', 'T', [96, 92, 92, 80, 70, 70, 70]);
    const { results, warnings } = rankAndTierCounty(units, tb);
    expect(advanced(results)).toEqual(['T1', 'T2', 'T3']);
    expect(warnings.map((w) => w.code)).toEqual(['ranking.tie-breaker-missing', 'ranking.tie-at-boundary']);
  });
});

describe('rankAndTierCounty — 合格, 不合格, 抄送 (RULES county Tiers 5–6)', () => {
  it('Tiers 5: below 60 at precision is 不合格, 60 and 59.995 (→ 60.00) are 合格', () => {
    const { results } = rankAndTierCounty(groupOf('department', 'D', [60, 59.995, 59.994, 30]), settings);
    expect(results.map((r) => r.tier)).toEqual(['合格', '合格', '不合格', '不合格']);
  });

  it('Tiers 6: 抄送 below 60 and among the last three, ties at the bottom all included', () => {
    const { results, summary } = rankAndTierCounty(groupOf('township', 'T', [95, 70, 55, 50, 50, 50, 50]), settings);
    expect(results.filter((r) => r.report).map((r) => r.unit)).toEqual(['T4', 'T5', 'T6', 'T7']);
    expect(summary.township.report).toBe(4);
  });

  it('Tiers 6: a unit with two strictly lower is among the last three; with three lower it is not', () => {
    const { results } = rankAndTierCounty(groupOf('department', 'D', [59, 58, 55, 50, 50]), settings);
    expect(results.map((r) => r.report)).toEqual([false, false, true, true, true]);
    expect(results[2]!.explanation.zh).toContain('抄送');
  });

  it('Tiers 6: the last three scoring 60 or more are not reported', () => {
    const { results } = rankAndTierCounty(groupOf('township', 'T', [95, 80, 60, 59.99]), settings);
    expect(results.map((r) => r.report)).toEqual([false, false, false, true]);
  });

  it('Tiers 6: the ancient-city group is never reported', () => {
    const { results } = rankAndTierCounty(groupOf('ancient-city', 'A', [96, 50, 40]), settings);
    expect(results.some((r) => r.report)).toBe(false);
  });
});

describe('rankAndTierCounty — explanation and summary', () => {
  it('says why each tier in one line, Chinese and English', () => {
    const units = groupOf('township', 'T', [96, 92.5, 91, 85, 70, 55, 40]);
    const { results } = rankAndTierCounty(units, settings);
    expect(results[1]!.explanation).toEqual({
      zh: '综合得分 92.50，组内第 2 名，在先进名额 2 名内且不低于 90 分',
      en: 'Composite 92.50, rank 2 in group, within the 2 advanced places and at least 90',
    });
    expect(results[2]!.explanation.zh).toBe('综合得分 91.00，组内第 3 名，不在先进名额 2 名内，为合格');
    expect(results[3]!.explanation.zh).toBe('综合得分 85.00，组内第 4 名，低于先进分数线 90 分，为合格');
    expect(results[6]!.explanation.zh).toBe('综合得分 40.00，组内第 7 名，低于 60 分，为不合格，低于 60 分且位列组内后 3 名，抄送有关部门');
  });

  it('counts per group per tier with the group size and quota, empty groups included', () => {
    const { summary } = rankAndTierCounty(groupOf('township', 'T', [96, 92.5, 91, 85, 70, 55, 40]), settings);
    expect(summary.township).toMatchObject({ size: 7, quota: 2, eligible: 3, tiers: { 先进: 2, 合格: 3, 不合格: 2 }, report: 2 });
    expect(summary['ancient-city']).toMatchObject({ size: 0, quota: 5, min: 3, tiers: { 先进: 0, 合格: 0, 不合格: 0 } });
  });
});
