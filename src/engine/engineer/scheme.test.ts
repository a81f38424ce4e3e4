import { describe, expect, it } from 'vitest';
import { checkEngineerScheme } from './scheme';
import { engineerPreset } from './preset';

describe('engineer scheme', () => {
  it('Decision 篇1: the preset uses the table’s weights 40/20/20/20, not 六’s 25%', () => {
    const w = Object.values(engineerPreset.items).map((i) => i.weight);
    expect(w).toEqual([40, 20, 20, 20]);
    expect(checkEngineerScheme(engineerPreset)).toEqual([]);
  });

  it('篇1 四: per-unit points −5, −3, −1, +3 from base 100, floor 0, no max', () => {
    expect(Object.values(engineerPreset.items).map((i) => [i.perUnit, i.floor, i.max])).toEqual([
      [-5, 0, undefined],
      [-3, 0, undefined],
      [-1, 0, undefined],
      [3, 0, undefined],
    ]);
    expect(engineerPreset.base).toBe(100);
    expect(engineerPreset.precision).toBe(2);
    expect(engineerPreset.costStep).toBe('linear');
    expect(engineerPreset.manager.blankScores).toBe('skip');
  });

  it('篇1 六: a scheme with efficiency × 25% is rejected with “weights sum to 105%”', () => {
    const s = { ...engineerPreset, items: { ...engineerPreset.items, efficiency: { ...engineerPreset.items.efficiency, weight: 25 } } };
    const issues = checkEngineerScheme(s);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'engineer.weights-sum',
      severity: 'error',
      message: { zh: '权重合计 105%，应为 100%', en: 'weights sum to 105%, expected 100%' },
    });
  });

  it('accepts weights that add to 100 only through float noise (33.3 + 33.3 + 33.4 + 0)', () => {
    const items = engineerPreset.items;
    const s = { ...engineerPreset, items: { quality: { ...items.quality, weight: 33.3 }, efficiency: { ...items.efficiency, weight: 33.3 }, cost: { ...items.cost, weight: 33.4 }, ability: { ...items.ability, weight: 0 } } };
    expect(checkEngineerScheme(s)).toEqual([]);
  });

  it('reports a bad setting as scheme.invalid naming its path', () => {
    const issues = checkEngineerScheme({ ...engineerPreset, costStep: 'round' });
    expect(issues.map((i) => [i.code, i.field])).toEqual([['scheme.invalid', 'costStep']]);
  });

  it('refuses a max below the floor', () => {
    const s = { ...engineerPreset, items: { ...engineerPreset.items, ability: { ...engineerPreset.items.ability, max: -1 } } };
    expect(checkEngineerScheme(s).map((i) => i.field)).toEqual(['items.ability.max']);
  });
});
