import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { rankIn, type RankInOptions } from './rank-in';
import { defaultRankingSettings } from './tiers/settings';

const rank = (score: CellValue, scores: readonly CellValue[], opts?: RankInOptions) => {
  const r = rankIn(score, scores, opts);
  return r.ok ? r.value : r.issues.map((i) => i.code).join();
};
const issuesOf = (score: CellValue, scores: readonly CellValue[], opts?: RankInOptions) => {
  const r = rankIn(score, scores, opts);
  return r.ok ? [] : r.issues;
};

describe('rankIn', () => {
  it('county Tiers 1: competition ranking by default, like RANK.EQ (95, 90, 90, 80 → 80 is 4th)', () => {
    expect(rank(80, [95, 90, 90, 80])).toBe(4);
    expect(rank(90, [95, 90, 90, 80])).toBe(2);
  });

  it('county Tiers 1 Decision: dense on request, 中国式 (95, 90, 90, 80 → 80 is 3rd)', () => {
    expect(rank(80, [95, 90, 90, 80], { mode: '中国式' })).toBe(3);
    expect(rank(80, [95, 90, 90, 80], { mode: 'DENSE' })).toBe(3);
  });

  it("takes the default mode from the settings when mode is blank", () => {
    const r = rankIn(80, [95, 90, 90, 80], { mode: '' }, { ...defaultRankingSettings, rankMode: 'dense' });
    expect(r.ok && r.value).toBe(3);
  });

  it('ranks within the group only, matching 乡镇, township and 乡镇（日常工作）', () => {
    const groups = ['乡镇', '部门', 'township', '乡镇（日常工作）'];
    expect(rank(80, [95, 99, 90, 80], { groups, group: 'township' })).toBe(3);
    expect(rank(99, [95, 99, 90, 80], { groups, group: '部门' })).toBe(1);
    expect(rank(95, [95, 99, 90, 80], { groups, group: '乡镇(日常工作)' })).toBe(1);
  });

  it('general rule: compares scores rounded half-up at the precision (91.245 ties 91.25)', () => {
    expect(rank(91.245, [91.25, 92, 91.244])).toBe(2);
    expect(rank(91.25, [91.245, 92, 91.244])).toBe(2);
    expect(rankIn(91.245, [91.25, 92, 91.245], {}, { ...defaultRankingSettings, precision: 3 })).toMatchObject({ ok: true, value: 3 });
  });

  it('reads scores typed as text and skips blank cells (a range drawn past the table)', () => {
    expect(rank('９０', ['95', 90, null, '', '  '])).toBe(2);
    expect(rank(80, [95, 80, null], { groups: ['乡镇', '乡镇', null], group: '乡镇' })).toBe(2);
  });

  it('RANK.EQ decision: a score not among the scores has no rank (score-absent, never a rank)', () => {
    expect(rank(85, [95, 90, 80])).toBe('ranking.score-absent');
    const [i] = issuesOf(99, [95, 99], { groups: ['乡镇', '部门'], group: '乡镇' });
    expect(i?.field).toBe('score');
    expect(i?.message).toEqual({
      zh: '得分 99 不在类别“乡镇”的得分区域中，无法排名（与 RANK.EQ 相同）',
      en: 'score 99 is not among the scores of group township, so it has no rank (as with RANK.EQ)',
    });
  });

  it('names a bad score, in Chinese and English; blank is not 0', () => {
    expect(issuesOf('第一', [95]).map((i) => i.message)).toEqual([{ zh: '得分应为数字，实际为“第一”', en: 'score should be a number, found "第一"' }]);
    expect(issuesOf(null, [95, 0]).map((i) => [i.code, i.field])).toEqual([['arg.blank', 'score']]);
    expect(issuesOf('#N/A', [95]).map((i) => i.message.en)).toEqual(['score holds the Excel error #N/A; fix the formula or data first']);
  });

  it('names the value of scores that is not a number by its position', () => {
    const [i] = issuesOf(95, [95, '九十']);
    expect(i).toMatchObject({ code: 'arg.not-number', field: 'scores', row: 2 });
    expect(i?.message).toEqual({ zh: '得分区域第 2 个值应为数字，实际为“九十”', en: 'scores value 2 should be a number, found "九十"' });
  });

  it('refuses groups whose length differs from the scores, naming groups', () => {
    const [i] = issuesOf(90, [95, 90, 80], { groups: ['乡镇', '乡镇'], group: '乡镇' });
    expect(i).toMatchObject({ code: 'ranking.length-mismatch', field: 'groups' });
    expect(i?.message.en).toBe('groups has 2 item(s) but the scores have 3');
  });

  it('refuses an unknown group, and an unknown group cell beside a score, naming the row', () => {
    expect(issuesOf(90, [90], { groups: ['乡镇'], group: '街道' }).map((i) => [i.field, i.message.zh])).toEqual([
      ['group', '类别“街道”不是可识别的类别（应为 乡镇、部门 或 古城）'],
    ]);
    expect(issuesOf(90, [90, 80], { groups: ['乡镇', '外星'], group: '乡镇' }).map((i) => [i.field, i.row, i.message.en])).toEqual([
      ['groups', 2, 'groups value 2 "外星" is not a known group (expected township, department or ancient-city)'],
    ]);
    expect(issuesOf(90, [90, 80], { groups: ['乡镇', null], group: '乡镇' }).map((i) => [i.code, i.row])).toEqual([['arg.blank', 2]]);
  });

  it('refuses groups without a group and a group without groups', () => {
    expect(issuesOf(90, [90], { groups: ['乡镇'] }).map((i) => [i.field, i.message.zh])).toEqual([['group', '给出类别区域（groups）时须指定类别（group）']]);
    expect(issuesOf(90, [90], { group: '乡镇' }).map((i) => [i.field, i.message.en])).toEqual([['groups', 'groups (a range) is required when group is given']]);
  });

  it('refuses an unknown mode, naming it', () => {
    expect(issuesOf(90, [90], { mode: 'random' }).map((i) => [i.field, i.message.zh])).toEqual([['mode', '排名方式“random”无法识别（应为 competition 美式排名 或 dense 中国式排名）']]);
  });

  it('never throws on hostile cells (an invalid Date, a boolean, NaN)', () => {
    const bad = new Date(Number.NaN);
    expect(() => rankIn(bad, [bad, true, Number.NaN], { groups: [bad, bad, bad], group: bad, mode: bad })).not.toThrow();
    expect(rankIn(bad, [90]).ok).toBe(false);
  });

  it('reports every problem in one pass and never throws', () => {
    const codes = issuesOf('x', [1, 'y', Number.NaN], { mode: 2, groups: ['乡镇'], group: '乡镇' }).map((i) => i.code);
    expect(codes).toEqual(['ranking.bad-mode', 'arg.not-number', 'ranking.length-mismatch', 'arg.not-number', 'arg.not-number']);
  });
});
