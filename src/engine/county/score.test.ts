import { describe, expect, it } from 'vitest';
import { runCounty } from './run';
import { readCountySummary } from './summary';
import { scoreCountyUnits } from './score';
import type { CountyUnitInput } from './types';

const t = (unit: string, indicator: number, extra: Partial<CountyUnitInput> = {}): CountyUnitInput => ({ unit, group: 'township', indicator, leader: 9, ...extra });

describe('scoreCountyUnits', () => {
  it('scores every unit with an explained composite, caps applied', () => {
    const { scored, issues } = scoreCountyUnits([t('南牛乡', 85, { bonus: 5 }), t('新安镇', 80, { deduction: 6 })]);
    expect(issues).toEqual([]);
    expect(scored.map((s) => [s.unit, s.composite.value])).toEqual([['南牛乡', 98], ['新安镇', 85]]);
  });

  it('leaves out a unit whose parts are unusable and names its cell when it came from a sheet', () => {
    const bad = t('南楼乡', 95, { source: { sheet: '汇总', row: 4, cells: { indicator: 'C4' } } });
    const { scored, issues } = scoreCountyUnits([t('南牛乡', 85), bad]);
    expect(scored.map((s) => s.unit)).toEqual(['南牛乡']);
    expect(issues.map((i) => [i.code, i.cell, i.sheet])).toEqual([['county.part-range', 'C4', '汇总']]);
    expect(issues[0]!.message.zh).toContain('汇总!C4');
  });

  it('a part that is not a finite number is an error, never a NaN score', () => {
    const { scored, issues } = scoreCountyUnits([t('南牛乡', Number.NaN), t('新安镇', 80, { bonus: Number.POSITIVE_INFINITY })]);
    expect(scored).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['county.part-not-number', 'county.part-not-number']);
  });

  it('an unknown group from a caller is an issue naming the unit, never a throw', () => {
    const bad = { unit: '某单位', group: 'village', indicator: 80, leader: 9 } as unknown as CountyUnitInput;
    const { scored, issues } = scoreCountyUnits([bad, t('南牛乡', 85)]);
    expect(scored.map((s) => s.unit)).toEqual(['南牛乡']);
    expect(issues.map((i) => [i.code, i.units])).toEqual([['county.unknown-group', ['某单位']]]);
  });

  it('a repeated or blank unit name is an error naming it; the first of a repeat is scored, the repeat is not', () => {
    const again = t('南牛乡', 80, { source: { sheet: '汇总', row: 3, cells: { unit: 'A3' } } });
    const { scored, issues } = scoreCountyUnits([t('南牛乡', 85), again, t(' ', 80)]);
    expect(scored.map((s) => [s.unit, s.composite.value])).toEqual([['南牛乡', 94]]);
    expect(issues.map((i) => [i.code, i.cell ?? null, i.units ?? null])).toEqual([['county.duplicate-unit', 'A3', ['南牛乡']], ['county.unit-missing', null, null]]);
    expect(issues[0]!.message.zh).toContain('汇总!A3');
  });

  it('篇4 六(二): a caller\'s veto of "无" or "否" means none; #N/A in a veto is an error and the unit is not scored', () => {
    const { scored, issues } = scoreCountyUnits([t('南牛乡', 85, { veto: '无', unqualified: '否' }), t('新安镇', 85, { veto: '#N/A' }), t('南楼乡', 85, { veto: '特大生产安全事故' })]);
    expect(scored.map((s) => [s.unit, s.veto, s.unqualified])).toEqual([['南牛乡', null, null], ['南楼乡', '特大生产安全事故', null]]);
    expect(issues.map((i) => [i.code, i.units])).toEqual([['cell.excel-error', ['新安镇']]]);
    expect(issues[0]!.message.zh).toContain('新安镇 · 否决');
  });

  it('names the unit when there is no cell', () => {
    const { issues } = scoreCountyUnits([{ unit: '招商局', group: 'department', indicator: 50, leader: 9 }]);
    expect(issues[0]!.message.zh).toContain('招商局 · 公众评估');
  });
});

describe('runCounty', () => {
  it('篇4 六(二)1: 7 townships → 2 advanced at ≥ 90, ranked highest first', () => {
    const units = [95, 93, 91, 89, 70, 60, 55].map((s, i) => t(`乡镇${i + 1}`, s - 9));
    const { results, issues, summary } = runCounty(units);
    expect(issues).toEqual([]);
    expect(results.map((r) => r.tier)).toEqual(['先进', '先进', '合格', '合格', '合格', '合格', '不合格']);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(summary).toBeDefined();
  });

  it('reports scoring issues beside the ranking of the usable units', () => {
    const { results, issues } = runCounty([t('甲', 80), t('乙', 99)]);
    expect(results.map((r) => r.unit)).toEqual(['甲']);
    expect(issues.map((i) => i.code)).toEqual(['county.part-range']);
  });
});

describe('runCounty on the seed\'s counts', () => {
  const units = (group: CountyUnitInput['group'], n: number, make: (i: number) => Partial<CountyUnitInput>): CountyUnitInput[] =>
    Array.from({ length: n }, (_, i) => ({ unit: `${group}${i + 1}`, group, indicator: 0, leader: 0, ...make(i) }));

  it('篇4 六(二)1: 32 departments all at or over 90 → 8 advanced', () => {
    const deps = units('department', 32, (i) => ({ indicator: 60, public: 25 - i * 0.1, leader: 10 }));
    const { results } = runCounty(deps);
    expect(results.filter((r) => r.tier === '先进')).toHaveLength(8);
  });

  it('篇4 六(二)1: ancient-city takes at most 5 at or over 95', () => {
    const anc = units('ancient-city', 9, (i) => ({ indicator: 70, leader: 29 - i }));
    const { results } = runCounty(anc);
    expect(results.filter((r) => r.tier === '先进').map((r) => r.unit)).toEqual(['ancient-city1', 'ancient-city2', 'ancient-city3', 'ancient-city4', 'ancient-city5']);
  });
});

describe('runCounty from the summary table', () => {
  const HEAD = ['单位', '类别', '指标评估', '领导评估', '加分', '减分', '否决', '认定不合格'];
  const rows = [
    ['南牛乡', '乡镇', 88, 10, 1, null, '特大生产安全事故', null],
    ['新城铺镇', '乡镇', 86, 9, null, null, null, null],
    ['西平乐乡', '乡镇', 85, 9, null, null, null, null],
    ['新安镇', '乡镇', 84, 9, null, null, null, '失职渎职'],
    ['南楼乡', '乡镇', 80, 8, null, null, null, null],
    ['曲阳桥乡', '乡镇', 50, 5, null, 2, null, null],
    ['北早现乡', '乡镇', 45, 5, null, 1, null, null],
  ];

  it('篇4 六(二)1: a veto removes advanced eligibility and the place goes to the next eligible unit', () => {
    const { units } = readCountySummary([HEAD, ...rows], { sheet: '汇总', row: 1, col: 1 });
    const { results } = runCounty(units);
    const at = (u: string) => results.find((r) => r.unit === u)!;
    expect([at('南牛乡').rank, at('南牛乡').tier, at('南牛乡').vetoed]).toEqual([1, '合格', true]);
    expect(results.filter((r) => r.tier === '先进').map((r) => r.unit)).toEqual(['新城铺镇', '西平乐乡']);
  });

  it('篇4 六(二)3: a unit designated 不合格 is 不合格 whatever its score; under 60 is 不合格 and reported', () => {
    const { units } = readCountySummary([HEAD, ...rows], { sheet: '汇总', row: 1, col: 1 });
    const { results } = runCounty(units);
    const at = (u: string) => results.find((r) => r.unit === u)!;
    expect([at('新安镇').tier, at('新安镇').designated]).toEqual(['不合格', true]);
    expect([at('曲阳桥乡').tier, at('曲阳桥乡').report, at('北早现乡').report]).toEqual(['不合格', true, true]);
  });
});
