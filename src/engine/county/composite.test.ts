import { describe, expect, it } from 'vitest';
import { countyComposite } from './composite';
import { parseGroup } from './group';
import { parseDirection } from './indicator';

type In = Parameters<typeof countyComposite>[0];
const value = (input: In) => {
  const r = countyComposite(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};
const errors = (input: In) => countyComposite(input).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.field]);

describe('countyComposite', () => {
  it('篇4 六(一)1: township = indicator + leader + bonus − deduction', () => {
    expect(value({ group: '乡镇', indicator: 82, leader: 9, bonus: 2, deduction: 1 }).value).toBe(92);
  });

  it('篇4 六(一)2: department = indicator + public + leader + bonus − deduction', () => {
    const e = value({ group: 'department', indicator: 55, public: 27.5, leader: 9, bonus: 1, deduction: 0.5 });
    expect(e.value).toBe(92);
    expect(e.steps.map((s) => [s.item, s.points])).toEqual([['indicator', 55], ['public', 27.5], ['leader', 9], ['bonus.cap', 1], ['deduction.cap', -0.5]]);
  });

  it('篇4 六(一)3: ancient-city = indicator + leader', () => {
    expect(value({ group: '古城', indicator: 68, leader: 29 }).value).toBe(97);
  });

  it('篇4 五(四): bonus/deduction given for ancient-city is an error naming the argument', () => {
    expect(errors({ group: 'ancient-city', indicator: 68, leader: 29, bonus: 2 })).toEqual([['county.adjustments-not-applicable', 'bonus']]);
    expect(value({ group: 'ancient-city', indicator: 68, leader: 29, bonus: 0, deduction: null }).value).toBe(97);
  });

  it('篇4 五(四): bonus and deduction capped separately at 4 inside the composite', () => {
    const e = value({ group: 'township', indicator: 85, leader: 9, bonus: 6, deduction: 5 });
    expect(e.value).toBe(94);
    expect(e.steps.filter((s) => s.capped).map((s) => s.item)).toEqual(['bonus.cap', 'deduction.cap']);
  });

  it('accepts a deduction typed as −3 and says so', () => {
    const r = countyComposite({ group: 'township', indicator: 85, leader: 9, deduction: -3 });
    expect(r.ok && r.value.value).toBe(91);
    expect(r.issues.map((i) => i.code)).toEqual(['county.deduction-sign']);
  });

  it('parts outside their share are errors naming the argument (indicator 95 for a township, negative leader)', () => {
    expect(errors({ group: 'township', indicator: 95, leader: 9 })).toEqual([['county.part-range', 'indicator']]);
    expect(errors({ group: 'township', indicator: 80, leader: -1 })).toEqual([['county.part-range', 'leader']]);
    expect(countyComposite({ group: 'township', indicator: 95, leader: 9 }).issues[0]!.message.zh).toContain('超出 0～90');
  });

  it('public given for a township is an error; public missing for a department is an error', () => {
    expect(errors({ group: 'township', indicator: 80, leader: 9, public: 20 })).toEqual([['county.part-not-applicable', 'public']]);
    expect(errors({ group: 'department', indicator: 50, leader: 9 })).toEqual([['county.part-missing', 'public']]);
  });

  it('blank indicator or leader is an error, never 0; text is an error', () => {
    expect(errors({ group: 'township', indicator: null, leader: 9 })).toEqual([['county.part-missing', 'indicator']]);
    expect(errors({ group: 'township', indicator: 'eighty', leader: 9 })).toEqual([['county.part-not-number', 'indicator']]);
  });

  it('an unknown group is an error naming the argument', () => {
    expect(errors({ group: '街道', indicator: 80, leader: 9 })).toEqual([['county.unknown-group', 'group']]);
  });

  it('a blank group has its own error; a boolean or a date group is unknown', () => {
    expect(errors({ group: null, indicator: 80, leader: 9 })).toEqual([['county.group-missing', 'group']]);
    expect(errors({ group: true, indicator: 80, leader: 9 })).toEqual([['county.unknown-group', 'group']]);
    expect(errors({ group: new Date(Date.UTC(2026, 0, 1)), indicator: 80, leader: 9 })).toEqual([['county.unknown-group', 'group']]);
  });

  it('a part typed "85%" is an error (points, not a rate); #N/A, TRUE and a Date are errors; full-width ８５ is read', () => {
    expect(errors({ group: 'township', indicator: '85%', leader: 9 })).toEqual([['county.part-percent', 'indicator']]);
    expect(errors({ group: 'department', indicator: 50, public: '90%', leader: 9 })).toEqual([['county.part-percent', 'public']]);
    expect(errors({ group: 'township', indicator: '#N/A', leader: true, bonus: new Date(Date.UTC(2026, 0, 1)) })).toEqual([
      ['county.part-not-number', 'indicator'],
      ['county.part-not-number', 'leader'],
      ['county.part-not-number', 'bonus'],
    ]);
    expect(value({ group: '乡镇', indicator: '８５', leader: '９' }).value).toBe(94);
  });

  it('rounds half-up at the scheme precision', () => {
    expect(value({ group: 'township', indicator: 81.245, leader: 9 }).rounded).toBe(90.25);
  });
});

describe('parseGroup', () => {
  it('accepts the codes, the short Chinese names and the seed\'s long names', () => {
    for (const t of ['township', '乡镇', '乡镇（日常工作）', '乡、镇政府', ' Township ']) expect(parseGroup(t)).toBe('township');
    for (const t of ['department', '部门', '县直部门和单位', '县直部门和单位（日常工作）', '县政府工作部门和单位']) expect(parseGroup(t)).toBe('department');
    for (const t of ['ancient-city', '古城', '古城风貌恢复工作', '承担古城风貌恢复工作']) expect(parseGroup(t)).toBe('ancient-city');
  });

  it('returns undefined for anything else, blank included', () => {
    expect([parseGroup('街道'), parseGroup(null), parseGroup(3)]).toEqual([undefined, undefined, undefined]);
    for (const v of [true, false, new Date(Date.UTC(2026, 0, 1)), '#N/A', '', '　']) expect(parseGroup(v)).toBeUndefined();
  });

  it('reads full width and any case: ＴＯＷＮＳＨＩＰ, 乡　镇, Ancient City', () => {
    expect([parseGroup('ＴＯＷＮＳＨＩＰ'), parseGroup('乡　镇'), parseGroup('Ancient City')]).toEqual(['township', 'township', 'ancient-city']);
  });
});

describe('parseDirection', () => {
  it('Decision: blank is higher-is-better; ≥ >= higher ↑ and ≤ <= lower ↓ in either width; anything else undefined', () => {
    expect([null, '≥', '＞＝', 'HIGHER', '↑'].map(parseDirection)).toEqual(['higher', 'higher', 'higher', 'higher', 'higher']);
    expect(['≤', '＜＝', ' lower ', '越低越好'].map(parseDirection)).toEqual(['lower', 'lower', 'lower', 'lower']);
    for (const v of [true, 3, new Date(Date.UTC(2026, 0, 1)), '#N/A', 'sideways']) expect(parseDirection(v)).toBeUndefined();
  });
});
