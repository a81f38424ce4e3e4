import { describe, expect, it } from 'vitest';
import { bonusPoints, deductionPoints } from './adjustments';
import { countyPreset } from './preset';

type Items = Parameters<typeof bonusPoints>[0];
const bonus = (items: Items) => {
  const r = bonusPoints(items);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};
const deduction = (items: Items) => {
  const r = deductionPoints(items);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};
const bonusIssues = (items: Items) => bonusPoints(items).issues.map((i) => [i.code, i.field]);

describe('bonusPoints', () => {
  it('篇4 五(四)1: 市委市政府 / 省委省政府 / 党中央国务院 commendations add 2 / 3 / 4', () => {
    expect(bonus(['city-committee']).value).toBe(2);
    expect(bonus(['省委、省政府']).value).toBe(3);
    expect(bonus(['党中央国务院']).value).toBe(4);
  });

  it('篇4 五(四)1: city department / provincial department / State Council ministry add 1 / 2 / 3', () => {
    expect(bonus(['市直部门']).value).toBe(1);
    expect(bonus(['province-dept']).value).toBe(2);
    expect(bonus(['国务院部委']).value).toBe(3);
  });

  it('篇4 五(四)1: a county decision scores as decided and needs its points', () => {
    expect(bonus(['county-decision:1.5']).value).toBe(1.5);
    expect(bonus(['县委、县政府研究决定 2']).value).toBe(2);
    expect(bonusIssues(['县委、县政府研究决定'])).toEqual([['county.item-points-needed', 'items[1]']]);
  });

  it('篇4 五(四)1: bonus capped at +4 (累计加分不超过4分), the cap shown as a step', () => {
    const e = bonus(['central', 'city-committee']);
    expect(e.value).toBe(4);
    const cap = e.steps.at(-1)!;
    expect([cap.item, cap.input, cap.points, cap.cap, cap.capped]).toEqual(['bonus.cap', 6, 4, 4, true]);
    expect(cap.rule.zh).toContain('累计加分不超过 4 分：合计 6，按 4 计');
  });

  it('explains every item and says the cap even when it does not bite', () => {
    const e = bonus(['city-dept', 'ministry']);
    expect(e.steps.map((s) => [s.item, s.points])).toEqual([['bonus.city-dept', 1], ['bonus.ministry', 3], ['bonus.cap', 4]]);
    expect(e.steps.at(-1)!.capped).toBe(false);
  });

  it('accepts plain numbers and skips blank items', () => {
    expect(bonus([1.5, null, '', '0.5']).value).toBe(2);
  });

  it('rejects an unknown item and a negative bonus, naming the item', () => {
    expect(bonusIssues(['市长表扬'])).toEqual([['county.unknown-item', 'items[1]']]);
    expect(bonusIssues(['city-dept', -1])).toEqual([['county.bonus-negative', 'items[2]']]);
  });

  it('rejects points that contradict a fixed item', () => {
    expect(bonusIssues(['city-committee:3'])).toEqual([['county.item-points-fixed', 'items[1]']]);
  });

  it('篇4 五(四)1: a bonus never subtracts — negative points on a decided or fixed item are errors, not their magnitude', () => {
    expect(bonusIssues(['county-decision:-2'])).toEqual([['county.bonus-negative', 'items[1]']]);
    expect(bonusIssues(['city-committee:-2'])).toEqual([['county.bonus-negative', 'items[1]']]);
  });

  it('hostile items ("85%", #N/A, NaN, TRUE, a Date) are errors naming the item, never 0', () => {
    expect(bonusIssues(['85%'])).toEqual([['county.part-percent', 'items[1]']]);
    expect(bonusIssues(['city-dept', '#N/A', Number.NaN])).toEqual([['county.part-not-number', 'items[2]'], ['county.part-not-number', 'items[3]']]);
    expect(bonusIssues([true, new Date(Date.UTC(2026, 0, 1))])).toEqual([['county.unknown-item', 'items[1]'], ['county.unknown-item', 'items[2]']]);
    expect(bonus(['２', '市直部门']).value).toBe(3);
  });

  it('篇4 五(四)1: with an evidence column, a bonus without 文号/证书 ("", "无", #N/A) is an error and not counted', () => {
    const r = bonusPoints(['city-committee', 'city-dept', 'central', 'ministry'], countyPreset, ['市委发〔2026〕1号', null, '无', '#N/A']);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['county.bonus-no-evidence', 'evidence[2]'],
      ['county.bonus-no-evidence', 'evidence[3]'],
      ['county.bonus-no-evidence', 'evidence[4]'],
    ]);
    expect(bonus(['city-committee']).value).toBe(2);
    const ok = bonusPoints(['city-committee', null], countyPreset, ['市委发〔2026〕1号', null]);
    expect(ok.ok && ok.value.value).toBe(2);
  });
});

describe('deductionPoints', () => {
  it('篇4 五(四)2: 省 / 市 / 县 notices deduct 2 / 1 / 0.5', () => {
    expect(deduction(['省通报批评']).value).toBe(2);
    expect(deduction(['notice-city']).value).toBe(1);
    expect(deduction(['县通报批评']).value).toBe(0.5);
  });

  it('篇4 五(四)2: complaints −0.5 each, discipline −1 each, accountability −0.5 each (per case)', () => {
    expect(deduction(['complaint×3']).value).toBe(1.5);
    expect(deduction(['班子成员受党政纪处分', '党政纪处分']).value).toBe(2);
    expect(deduction(['行政问责 2次']).value).toBe(1);
  });

  it('a count on an item that is not per case is an error (one row per notice)', () => {
    expect(deductionPoints(['notice-city×2']).issues.map((i) => i.code)).toEqual(['county.item-count']);
  });

  it('篇4 五(四)2: a per-case count of 0 is an error, not a deduction of 0', () => {
    expect(deductionPoints(['complaint×0']).issues.map((i) => i.code)).toEqual(['county.item-count-positive']);
    expect(deductionPoints(['行政问责 0次']).issues.map((i) => i.code)).toEqual(['county.item-count-positive']);
  });

  it('unknown codes are errors naming the item in Chinese and English', () => {
    const [i] = deductionPoints(['notice-town']).issues;
    expect([i!.code, i!.message.zh, i!.message.en]).toEqual([
      'county.unknown-item',
      'items[1]：“notice-town”不是已知的减分项目（可填代码、中文名称或分值）',
      'items[1]: "notice-town" is not a known deduction item (use a code, its Chinese label or points)',
    ]);
  });

  it('篇4 五(四): bonus and deduction caps are separate — a full bonus does not shrink the deduction cap', () => {
    const b = bonus(['central', 'ministry']);
    const d = deduction(['notice-province', 'notice-province', 'notice-province']);
    expect([b.value, d.value]).toEqual([4, 4]);
  });

  it('篇4 五(四)2: deduction capped at 4 (累计扣分不超过4分), returned as a positive magnitude', () => {
    const e = deduction(['notice-province', 'notice-province', 'notice-city']);
    expect(e.value).toBe(4);
    expect(e.steps.at(-1)!.capped).toBe(true);
  });

  it('accepts −3 or 3 as a deduction of 3 and says so', () => {
    expect(deduction([-3]).value).toBe(3);
    expect(deduction([3]).value).toBe(3);
    const r = deductionPoints([-3]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['county.deduction-sign', 'info']]);
  });

  it('caps follow the scheme, not a constant', () => {
    const r = deductionPoints(['notice-province', 'notice-province'], { ...countyPreset, deductionCap: 3 });
    expect(r.ok && r.value.value).toBe(3);
  });
});

describe('the 篇4 五(四) tables', () => {
  // RULES.md, copied here so a changed preset fails: code, Chinese label, points.
  const BONUS: [string, string, number][] = [
    ['city-committee', '市委、市政府', 2], ['province-committee', '省委、省政府', 3], ['central', '党中央、国务院', 4],
    ['city-dept', '市直部门', 1], ['province-dept', '省直部门', 2], ['ministry', '国务院部委', 3],
  ];
  const DEDUCTION: [string, string, number][] = [
    ['notice-province', '省通报批评', 2], ['notice-city', '市通报批评', 1], ['notice-county', '县通报批评', 0.5],
    ['complaint', '损害发展环境投诉举报查实', 0.5], ['discipline', '班子成员受党政纪处分', 1], ['accountability', '班子成员受行政问责', 0.5],
  ];

  it('篇4 五(四): every bonus is accepted by its code and by its Chinese label, with the points of the table', () => {
    for (const [code, zh, pts] of BONUS) expect([bonus([code]).value, bonus([zh]).value]).toEqual([pts, pts]);
    expect(bonus(['county-decision:1.5']).value).toBe(1.5);
    expect(bonus(['县委、县政府研究决定 1分']).value).toBe(1);
  });

  it('篇4 五(四): every deduction is accepted by its code and by its Chinese label, with the points of the table', () => {
    for (const [code, zh, pts] of DEDUCTION) expect([deduction([code]).value, deduction([zh]).value]).toEqual([pts, pts]);
  });
});
