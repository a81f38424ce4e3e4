import { describe, expect, it } from 'vitest';
import { presets, SCHEME_KINDS, validateScheme } from './scheme';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('validateScheme (issue 2: schemes as data, validation that explains itself)', () => {
  it.each(SCHEME_KINDS)('accepts the %s preset as it is', (kind) => {
    const r = validateScheme(clone(presets[kind]));
    expect(r.ok).toBe(true);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('round-trips a preset through JSON unchanged (the workbook stores it as JSON)', () => {
    for (const kind of SCHEME_KINDS) {
      const r = validateScheme(clone(presets[kind]));
      expect(r.ok && r.value).toEqual(presets[kind]);
    }
  });

  it("RULES.md engineer: section 六's 25% efficiency weight is rejected with \"weights sum to 105%, expected 100%\"", () => {
    const s = clone(presets.engineer);
    s.items.efficiency.weight = 25;
    const r = validateScheme(s);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('engineer.weights-sum');
    expect(r.issues[0]?.message.en).toContain('weights sum to 105%, expected 100%');
    expect(r.issues[0]?.message.zh).toContain('105%');
  });

  it('issue 8 / RULES.md engineer: an unknown key ("step": "whole") is an error naming it and the setting meant (costStep)', () => {
    const r = validateScheme({ ...clone(presets.engineer), step: 'whole' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['scheme.unknown-key', 'step']]);
    expect(r.issues[0]!.message.zh).toBe('方案设置中有未知的项“step”，不会被使用：请删除或改正（是否应为“costStep”？）');
    expect(r.issues[0]!.message.en).toContain('did you mean "costStep"?');
  });

  it.each(SCHEME_KINDS)('%s: every scheme is strict, nested settings too (an unknown key is never silently ignored)', (kind) => {
    const top = validateScheme({ ...clone(presets[kind]), colour: 'red' });
    expect(top.issues.map((i) => [i.code, i.field])).toEqual([['scheme.unknown-key', 'colour']]);
    const nested = clone(presets[kind]) as unknown as Record<string, Record<string, unknown>>;
    const key = Object.keys(nested).find((k) => typeof nested[k] === 'object' && nested[k] !== null && !Array.isArray(nested[k]))!;
    nested[key]!['extra'] = 1;
    expect(validateScheme(nested).issues.map((i) => [i.code, i.field])).toEqual([['scheme.unknown-key', `${key}.extra`]]);
  });

  it('county: a quota rounding outside half-up / up / down is rejected naming the setting', () => {
    const s = clone(presets.county) as unknown as { groups: { township: { advanced: { rounding: string } } } };
    s.groups.township.advanced.rounding = 'nearest';
    const r = validateScheme(s);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.field).join()).toContain('groups.township.advanced.rounding');
  });

  it('county: group shares that do not add to 100 are rejected with the sum', () => {
    const s = clone(presets.county);
    s.groups.department.shares.public = 35;
    const r = validateScheme(s);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message.en).join(' ')).toContain('105');
  });

  it('fiscal: a self-evaluation split that does not total 100 is rejected', () => {
    const s = clone(presets.fiscal) as unknown as { split: Record<string, number> };
    const key = Object.keys(s.split)[0]!;
    s.split[key] = s.split[key]! + 5;
    const r = validateScheme(s);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message.en).join(' ')).toContain('105');
  });

  it('refuses an unknown kind, naming the kinds it accepts', () => {
    const r = validateScheme({ kind: 'school' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.message.en).toContain('county, engineer, staff, fiscal');
    expect(validateScheme(null).ok).toBe(false);
  });
});
