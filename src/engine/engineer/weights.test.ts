import { describe, expect, it } from 'vitest';
import { parseWeights } from './weights';

const value = (r: ReturnType<typeof parseWeights>) => (r.ok ? r.value : r.issues.map((i) => i.code));

describe('parseWeights', () => {
  it('reads fractions (0.4, 0.2, 0.2, 0.2)', () => {
    expect(value(parseWeights([0.4, 0.2, 0.2, 0.2]))).toEqual({ quality: 40, efficiency: 20, cost: 20, ability: 20 });
  });

  it('reads percents (40, 20, 20, 20)', () => {
    expect(value(parseWeights([40, 20, 20, 20]))).toEqual({ quality: 40, efficiency: 20, cost: 20, ability: 20 });
  });

  it('reads percent text ("40%") beside either fractions or percents', () => {
    expect(value(parseWeights(['40%', 0.2, 0.2, 0.2]))).toEqual({ quality: 40, efficiency: 20, cost: 20, ability: 20 });
    expect(value(parseWeights(['40%', 20, '20', '２０％']))).toEqual({ quality: 40, efficiency: 20, cost: 20, ability: 20 });
  });

  it('Decision: plain numbers all ≤ 1 are fractions, so (1, 0, 0, 0) is 100% quality', () => {
    expect(value(parseWeights([1, 0, 0, 0]))).toEqual({ quality: 100, efficiency: 0, cost: 0, ability: 0 });
  });

  it('Decision: a fraction among percents is ambiguous and refused', () => {
    const r = parseWeights([40, 0.2, 20, 20]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['engineer.weights-mixed', '工作效率']]);
  });

  it('篇1 六: the seed’s 25% efficiency weight → “权重合计 105%，应为 100%”', () => {
    for (const cells of [[0.4, 0.25, 0.2, 0.2], [40, 25, 20, 20], ['40%', '25%', '20%', '20%']]) {
      const r = parseWeights(cells);
      expect(r.ok).toBe(false);
      expect(r.issues[0]!.message).toEqual({ zh: '权重合计 105%，应为 100%', en: 'weights sum to 105%, expected 100%' });
    }
  });

  it('formats the sum without float noise (0.07 + 0.33 + 0.3 + 0.31 → 101%)', () => {
    expect(parseWeights([0.07, 0.33, 0.3, 0.31]).issues[0]!.message.en).toBe('weights sum to 101%, expected 100%');
  });

  it('a blank cell in the given weights is an error, not 0', () => {
    const r = parseWeights([0.4, null, 0.4, 0.2]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['arg.blank', '工作效率权重']]);
  });

  it('text, #N/A and negative weights are issues naming the weight', () => {
    const r = parseWeights(['四成', '#N/A', -0.2, 0.2]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['arg.not-number', '工作质量权重'],
      ['arg.excel-error', '工作效率权重'],
      ['arg.out-of-range', '工作成本权重'],
    ]);
  });

  it('needs exactly 4 cells', () => {
    expect(value(parseWeights([0.5, 0.5]))).toEqual(['engineer.weights-count']);
  });
});
