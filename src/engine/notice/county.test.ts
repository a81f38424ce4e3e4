import { describe, expect, it } from 'vitest';
import { runCounty } from '../county/run';
import type { CountyUnitInput } from '../county/types';
import { countyNotice } from './county';
import type { Notice } from './notice';

const t = (unit: string, indicator: number, leader: number, more: Partial<CountyUnitInput> = {}): CountyUnitInput => ({ unit, group: 'township', indicator, leader, ...more });
const d = (unit: string, indicator: number, pub: number, leader: number): CountyUnitInput => ({ unit, group: 'department', indicator, public: pub, leader });
const a = (unit: string, indicator: number, leader: number): CountyUnitInput => ({ unit, group: 'ancient-city', indicator, leader });

/** 7 townships (a vetoed top unit, a bonus over the cap, one under 60 and reported), 4 departments tied on the one 先进 place, 3 ancient-city units. */
const UNITS: CountyUnitInput[] = [
  t('甲镇', 86, 9.8, { veto: '社会治安综合治理黄牌警告' }),
  t('乙乡', 84.123, 9.5, { bonus: 1 }),
  t('丙乡', 80, 9.4, { bonus: 6 }),
  t('丁乡', 82, 9),
  t('戊乡', 70, 8),
  t('己乡', 60, 8),
  t('庚乡', 50, 5, { deduction: 0.5 }),
  d('教育局', 55, 28, 9),
  d('卫生局', 55, 28, 9),
  d('审计局', 40, 20, 5),
  d('矿管办', 30, 20, 5),
  a('住建局', 66, 29.5),
  a('交通局', 60, 28),
  a('文管局', 50, 20),
];
const run = runCounty(UNITS);
const notice = (lang: 'zh' | 'en' = 'zh'): Notice =>
  countyNotice({ results: run.results, warnings: run.warnings, units: UNITS }, { date: { y: 2027, m: 1, d: 15 }, area: 'XX县', year: 2026, lang });
const texts = (n: Notice, role: string) => n.rows.filter((r) => r.role === role).map((r) => r.cells[0]);
/** Table rows of the section under the heading that starts with `head`. */
function section(n: Notice, head: string) {
  const from = n.rows.findIndex((r) => r.role === 'heading' && String(r.cells[0]).startsWith(head));
  const next = n.rows.findIndex((r, i) => i > from && r.role === 'heading');
  return n.rows.slice(from, next < 0 ? undefined : next);
}

describe('countyNotice (篇4 七)', () => {
  it('opens with the title, then the issuing office and date, and ends with the signature block', () => {
    const n = notice();
    expect(n.rows.slice(0, 2).map((r) => [r.role, r.cells[0]])).toEqual([['title', 'XX县2026年度绩效考核结果通报'], ['subtitle', '县绩效办　2027年1月15日']]);
    expect(n.rows.slice(-2).map((r) => [r.role, r.cells[0]])).toEqual([['signature', '县绩效办'], ['signature', '2027年1月15日']]);
    expect([n.title, n.org, n.date]).toEqual(['XX县2026年度绩效考核结果通报', '县绩效办', '2027年1月15日']);
  });

  it('--title and --org replace the defaults', () => {
    const n = countyNotice({ results: run.results }, { date: { y: 2027, m: 1, d: 15 }, title: '关于2026年度绩效考核结果的通报', org: '正定县绩效管理办公室' });
    expect(n.rows.slice(0, 2).map((r) => r.cells[0])).toEqual(['关于2026年度绩效考核结果的通报', '正定县绩效管理办公室　2027年1月15日']);
  });

  it('has one numbered section per group, then 抄送 and 说明', () => {
    expect(texts(notice(), 'heading')).toEqual(['一、乡镇（日常工作）（7 个）', '二、县直部门和单位（日常工作）（4 个）', '三、古城风貌恢复工作（3 个）', '四、抄送', '五、说明']);
  });

  it('lists a group’s 先进 units first, then 合格 and 不合格, each by rank, with composites', () => {
    const rows = section(notice(), '一、').filter((r) => r.role === 'table-row');
    expect(rows.map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells[3]])).toEqual([
      ['先进', 2, '乙乡', 94.62],
      ['先进', 3, '丙乡', 93.4],
      ['合格（取消评先）', 1, '甲镇', 95.8],
      ['合格', 4, '丁乡', 91],
      ['合格', 5, '戊乡', 78],
      ['合格', 6, '己乡', 68],
      ['不合格（抄送）', 7, '庚乡', 54.5],
    ]);
    expect(section(notice(), '一、').find((r) => r.role === 'paragraph')?.cells[0]).toBe('先进（2 个）：乙乡、丙乡；合格 4 个；不合格 1 个。');
  });

  it('shows each unit’s parts as the composite used them: bonus and deduction after their caps, deduction as a magnitude', () => {
    const s = section(notice(), '一、');
    expect(s.find((r) => r.role === 'table-header')?.cells).toEqual(['档次', '排名', '单位', '综合得分', '指标评估', '领导评估', '加分', '减分']);
    const row = (unit: string) => s.find((r) => r.cells[2] === unit)!.cells.slice(4);
    expect(row('乙乡')).toEqual([84.12, 9.5, 1, 0]);
    expect(row('丙乡')).toEqual([80, 9.4, 4, 0]);
    expect(row('庚乡')).toEqual([50, 5, 0, 0.5]);
  });

  it('gives each group only the parts it has: 公众评估 for departments, no 加分/减分 for ancient-city', () => {
    const n = notice();
    expect(section(n, '二、').find((r) => r.role === 'table-header')?.cells.slice(4)).toEqual(['指标评估', '公众评估', '领导评估', '加分', '减分']);
    expect(section(n, '三、').find((r) => r.role === 'table-header')?.cells.slice(4)).toEqual(['指标评估', '领导评估']);
    expect(n.width).toBe(9);
  });

  it('states the 抄送 rule and names the reported units with their scores', () => {
    expect(section(notice(), '四、').filter((r) => r.role === 'paragraph').map((r) => r.cells[0])).toEqual([
      '按照考核办法，乡镇（日常工作）、县直部门和单位（日常工作）中综合得分低于 60 分且位列本组后 3 名的单位，抄送有关部门。',
      '抄送单位：庚乡（乡镇（日常工作），54.50 分）、矿管办（县直部门和单位（日常工作），55.00 分）。',
    ]);
  });

  it('notes each veto with its reason, the ranking’s tie and too-few warnings, and how scores are rounded', () => {
    const notes = texts(notice(), 'note');
    expect(notes[0]).toBe('甲镇（乡镇（日常工作）第 1 名，95.80 分）因“社会治安综合治理黄牌警告”取消评先资格，先进名额由其后符合条件的单位递补。');
    expect(notes.some((x) => String(x).startsWith('县直部门和单位（日常工作）：教育局、卫生局 在先进名额边界同分'))).toBe(true);
    expect(notes.some((x) => String(x).startsWith('古城风貌恢复工作：符合先进条件'))).toBe(true);
    expect(notes.at(-1)).toContain('保留 2 位小数');
  });

  it('says a vetoed unit is vetoed even without the reasons, and a designated unit is noted', () => {
    const units = [...UNITS.slice(1), { ...UNITS[0]!, unqualified: '失职渎职' }];
    const r = runCounty(units);
    const n = countyNotice({ results: r.results, warnings: r.warnings }, { date: { y: 2027, m: 1, d: 15 } });
    const notes = texts(n, 'note');
    expect(notes[0]).toContain('有否决事项，取消评先资格');
    expect(notes[1]).toBe('甲镇（乡镇（日常工作））认定为不合格。');
  });

  it('writes the same notice in English', () => {
    const n = notice('en');
    expect(n.rows[0]!.cells[0]).toBe('XX县 Performance assessment results, 2026');
    expect(texts(n, 'heading')).toEqual(['1. Townships (routine work) (7)', '2. County departments and units (routine work) (4)', '3. Ancient-city restoration (3)', '4. Reported (抄送)', '5. Notes']);
    expect(n.rows.at(-1)!.cells[0]).toBe('15 January 2027');
  });
});
