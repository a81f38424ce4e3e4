import { describe, expect, it } from 'vitest';
import { readCountyDetail, runCounty } from '../engine';
import { COUNTY_UNITS } from './county-units';
import { countySampleSheets } from './county-sheets';

const SEED = new URL('../../../shared/seeds/000_5c0376cda1271b88.txt', import.meta.url);

function run() {
  const sheets = countySampleSheets();
  const read = readCountyDetail(Object.entries(sheets).map(([name, values]) => ({ name, values, origin: { sheet: name, row: 1, col: 1 } })));
  return { read, ranked: runCounty(read.units) };
}

describe('county sample', () => {
  it('篇4 三: names the seed\'s 48 units, 7 + 32 + 9, in its spelling', async () => {
    expect([COUNTY_UNITS.township.length, COUNTY_UNITS.department.length, COUNTY_UNITS['ancient-city'].length]).toEqual([7, 32, 9]);
    const { existsSync, readFileSync } = await import('node:fs');
    if (!existsSync(SEED)) return; // the seed sits beside the repository, not inside it
    const seed = readFileSync(SEED, 'utf8');
    for (const name of Object.values(COUNTY_UNITS).flat()) expect(seed, name).toContain(name);
  });

  it('is deterministic: the same sheets on every build', () => {
    expect(JSON.stringify(countySampleSheets())).toBe(JSON.stringify(countySampleSheets()));
  });

  it('reads without a single issue in the detailed layout', () => {
    const { read, ranked } = run();
    expect(read.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(read.units).toHaveLength(48);
    expect(ranked.issues).toEqual([]);
  });

  it('shows every rule: veto, bonus cap, tie across the quota, a reported unit under 60', () => {
    const { ranked } = run();
    const at = (unit: string) => ranked.results.find((r) => r.unit === unit)!;
    // 篇4 六(二)1: the top township is vetoed; its place goes to the next eligible.
    expect([at('新城铺镇').rank, at('新城铺镇').tier, at('新城铺镇').vetoed]).toEqual([1, '合格', true]);
    expect(ranked.results.filter((r) => r.group === 'township' && r.tier === '先进').map((r) => r.unit).sort()).toEqual(['南牛乡', '新安镇'].sort());
    // 篇4 五(四)1: 公安局 claims 6 bonus points, the cap keeps 4.
    expect(at('公安局').rounded).toBe(97.6);
    // The tie on the 8th department place admits both and warns.
    expect([at('教育局').tier, at('卫生局').tier, at('教育局').rank, at('卫生局').rank]).toEqual(['先进', '先进', 8, 8]);
    expect(ranked.warnings.map((w) => w.units)).toContainEqual(['教育局', '卫生局']);
    // 篇4 七 2: under 60 and among the last three → 抄送.
    expect([at('矿管办').tier, at('矿管办').report]).toEqual(['不合格', true]);
    expect(ranked.results.filter((r) => r.report).map((r) => r.unit)).toEqual(['矿管办']);
    // 篇4 六(二)1: ancient-city takes at most 5 of its six units at or over 95.
    expect(ranked.results.filter((r) => r.group === 'ancient-city' && r.tier === '先进')).toHaveLength(5);
  });
});
