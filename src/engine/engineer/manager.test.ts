import { describe, expect, it } from 'vitest';
import { engineerSchemeSchema } from './scheme';
import { engineerPreset } from './preset';
import { scoreManager } from './manager';

describe('scoreManager', () => {
  it('篇1 六 2: mean of the engineers’ scores + impression + turnover points', () => {
    const r = scoreManager([95.4, 90, 88.6], 3, 2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.value).toBeCloseTo(91.33333333333333 + 5, 10);
    expect(r.value.rounded).toBe(96.33);
    expect(r.value.steps.map((s) => s.item)).toEqual(['engineers', 'impression', 'turnover']);
  });

  it('RULES engineer: the extra terms may be negative', () => {
    const r = scoreManager([90], -2, -1.5);
    expect(r.ok && r.value.value).toBe(86.5);
  });

  it('Decision: blank cells in the engineer range are skipped', () => {
    const r = scoreManager([90, null, '', 80], 0, 0);
    expect(r.ok && r.value.value).toBe(85);
  });

  it("Decision setting blankScores 'error' refuses a blank engineer score", () => {
    const strict = engineerSchemeSchema.parse({ ...engineerPreset, manager: { blankScores: 'error' } });
    const r = scoreManager([90, null], 0, 0, strict);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['arg.blank', '第 2 个工程师评分']]);
  });

  it('RULES engineer: at least one engineer score is required', () => {
    for (const range of [[], [null, null]]) {
      const r = scoreManager(range, 1, 1);
      expect(r.issues.map((i) => i.code)).toEqual(['engineer.no-engineer-scores']);
    }
  });

  it('text and #N/A in the engineer range are issues, not skipped', () => {
    const r = scoreManager([90, '优秀', '#N/A'], 1, 1);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['arg.not-number', '第 2 个工程师评分'],
      ['arg.excel-error', '第 3 个工程师评分'],
    ]);
  });

  it('RULES engineer: a blank impression or turnover is an error', () => {
    const r = scoreManager([90], null, '');
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['arg.blank', '印象分'],
      ['arg.blank', '关键员工流动控制得分'],
    ]);
  });
});
