import { describe, expect, it } from 'vitest';
import { defaultRankingSettings } from './settings';
import { tiersFor } from './tiers-for';

describe('tiersFor (PERF.TIERS)', () => {
  it('tiers a whole table at once: 7 townships → 2 先进, below 60 不合格', () => {
    const r = tiersFor([96, 93, 91, 85, 70, 59, 40], ['乡镇', '乡镇', '乡镇', '乡镇', '乡镇', '乡镇', '乡镇']);
    expect(r).toEqual({ ok: true, value: ['先进', '先进', '合格', '合格', '合格', '不合格', '不合格'], issues: [] });
  });

  it('keeps groups apart and reads codes, short and long group names (a lone department has 0 places)', () => {
    const r = tiersFor([96, 96, 99, '91', 97], ['township', '古城', '县直部门和单位', '乡镇（日常工作）', '古城风貌恢复工作']);
    expect(r.ok && r.value).toEqual(['先进', '先进', '合格', '合格', '先进']);
  });

  it('reads vetoes and 不合格 designations from flag columns; blanks and 否 are no flag', () => {
    const r = tiersFor([98, 95, 93, 92], ['乡镇', '乡镇', '乡镇', '乡镇'], ['一票否决', '', null, '否'], [null, '失职渎职', false, '']);
    expect(r.ok && r.value).toEqual(['合格', '不合格', '先进', '合格']);
  });

  it('Tiers 3: 否, 无, no, false and 0 in a veto column are no veto, so the top unit stays 先进', () => {
    for (const no of ['否', '无', 'no', 'FALSE', '0', false, 0]) {
      const r = tiersFor([98, 90, 80, 70], ['乡镇', '乡镇', '乡镇', '乡镇'], [no, null, null, null]);
      expect(r.ok && r.value[0]).toBe('先进');
    }
    const yes = tiersFor([98, 90, 80, 70], ['乡镇', '乡镇', '乡镇', '乡镇'], ['是', null, null, null]);
    expect(yes.ok && yes.value).toEqual(['合格', '先进', '合格', '合格']);
  });

  it('passes tie warnings through as issues', () => {
    const r = tiersFor([96, 92, 92, 80], ['乡镇', '乡镇', '乡镇', '乡镇']);
    expect(r.ok && r.value).toEqual(['先进', '合格', '合格', '合格']);
    const r2 = tiersFor([96, 92, 92, 80, 70, 70, 70], Array<string>(7).fill('乡镇'));
    expect(r2.ok && r2.value.slice(0, 3)).toEqual(['先进', '先进', '先进']);
    expect(r2.issues).toMatchObject([{ code: 'ranking.tie-at-boundary', severity: 'warning', units: ['第2行', '第3行'] }]);
  });

  it('a blank score is an error naming its row, never read as 0', () => {
    const r = tiersFor([96, null, 80], ['乡镇', '乡镇', '乡镇']);
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'ranking.blank-score', row: 2, field: 'scores' }]);
    expect(r.issues[0]!.message).toEqual({ zh: '第 2 行：得分为空（空白不按 0 处理）', en: 'Row 2: the score is blank (a blank is not read as 0)' });
  });

  it('an unknown group is an error naming its row ("第 3 行 / row 3")', () => {
    const r = tiersFor([96, 90, 80], ['乡镇', '乡镇', '街道']);
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'ranking.bad-group', row: 3, field: 'groups' }]);
    expect(r.issues[0]!.message.zh).toContain('第 3 行');
    expect(r.issues[0]!.message.en).toContain('Row 3');
  });

  it('reports every bad cell in one pass: text scores, Excel errors, length mismatch', () => {
    const r = tiersFor(['九十', '#N/A', 80], ['乡镇', '乡镇', '乡镇'], ['', '']);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['ranking.length-mismatch', 'ranking.score-not-number', 'ranking.excel-error']);
  });

  it('reads scores as people type them (text numbers, full-width digits)', () => {
    const r = tiersFor(['９６', '93分', ' 91 '], ['乡镇', '乡镇', '乡镇']);
    expect(r.ok && r.value).toEqual(['先进', '合格', '合格']);
  });

  it('uses the settings given: dense ranking does not change tiers, a 50% quota does', () => {
    const half = {
      ...defaultRankingSettings,
      groups: { ...defaultRankingSettings.groups, township: { ...defaultRankingSettings.groups.township, advanced: { kind: 'quota', fraction: 0.5, rounding: 'down', floor: 90 } } },
    } as const;
    const r = tiersFor([96, 93, 91, 85], ['乡镇', '乡镇', '乡镇', '乡镇'], undefined, undefined, half);
    expect(r.ok && r.value).toEqual(['先进', '先进', '合格', '合格']);
  });
});
