import { describe, expect, it } from 'vitest';
import { checkFiscalScheme, fiscalSchemeSchema } from './scheme';
import { fiscalPreset } from './preset';

describe('fiscalSchemeSchema', () => {
  it('FISCAL.md §3: the preset split is 10/50/30/10 and is valid', () => {
    expect(fiscalPreset.split).toEqual({ execution: 10, output: 50, effect: 30, satisfaction: 10 });
    expect(checkFiscalScheme(fiscalPreset)).toEqual([]);
    expect(fiscalSchemeSchema.safeParse(fiscalPreset).success).toBe(true);
  });

  it('FISCAL.md §3: a split not totalling 100 is an issue naming the sum', () => {
    const issues = checkFiscalScheme({ ...fiscalPreset, split: { execution: 10, output: 55, effect: 30, satisfaction: 10 } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('fiscal.split-sum');
    expect(issues[0]!.message.zh).toBe('分值构成合计 105，应为 100');
    expect(issues[0]!.message.en).toContain('105');
  });

  it('FISCAL.md §3: an adjusted split that still totals 100 is accepted', () => {
    expect(checkFiscalScheme({ ...fiscalPreset, split: { execution: 20, output: 40, effect: 30, satisfaction: 10 } })).toEqual([]);
  });

  it('FISCAL.md §2: the red threshold may not exceed the yellow one', () => {
    const issues = checkFiscalScheme({ ...fiscalPreset, light: { red: 0.9, yellow: 0.8 } });
    expect(issues.map((i) => i.code)).toEqual(['fiscal.scheme-order']);
  });

  it('FISCAL.md §3: grade floors must descend', () => {
    const issues = checkFiscalScheme({ ...fiscalPreset, gradeMin: { 优: 80, 良: 90, 中: 60 } });
    expect(issues.map((i) => i.code)).toEqual(['fiscal.scheme-order']);
    expect(issues[0]!.field).toBe('gradeMin');
  });

  it('reports a wrong type as scheme.invalid with its path', () => {
    const issues = checkFiscalScheme({ ...fiscalPreset, precision: 'two' });
    expect(issues[0]!.code).toBe('scheme.invalid');
    expect(issues[0]!.field).toBe('precision');
  });

  it('FISCAL.md §3/§4: overshoot deduction and adjustment percentages are absent by default', () => {
    expect(fiscalPreset.overshoot.deductionShare).toBeUndefined();
    for (const g of ['优', '良', '中', '差'] as const) expect(fiscalPreset.application[g].adjustPercent).toBeUndefined();
  });
});
