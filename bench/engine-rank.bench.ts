/**
 * engine.rankTier.100k.ms: median time to rank and tier 100,000 scored county units split across
 * the three groups (RULES county Tiers 1–7), explanations included.
 */
import type { CountyGroup, CountyScored } from '../src/engine/county/types';
import { defaultRankingSettings, rankAndTierCounty } from '../src/engine/county';
import { medianMs } from './timing';
import type { Figures } from './run';

const N = 100_000;
const GROUPS: readonly CountyGroup[] = ['township', 'department', 'ancient-city'];

/** Deterministic pseudo-random composites (LCG) so every run ranks the same table. */
function units(): CountyScored[] {
  let seed = 20_261_127;
  const next = (): number => {
    seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  const out: CountyScored[] = [];
  for (let i = 0; i < N; i++) {
    const value = 40 + next() * 60;
    const veto = next() < 0.01 ? '特大生产安全事故' : null;
    out.push({
      unit: `单位${i + 1}`,
      group: GROUPS[i % 3]!,
      indicator: value * 0.8,
      leader: value * 0.1,
      veto,
      composite: { value, rounded: Math.round(value * 100) / 100, steps: [] },
    });
  }
  return out;
}

export default async function bench(): Promise<Figures> {
  const table = units();
  const ms = medianMs(() => rankAndTierCounty(table, defaultRankingSettings), 7, 2);
  return { 'engine.rankTier.100k.ms': { value: ms, unit: 'ms' } };
}
