import { describe, expect, it } from 'vitest';
import { checkConsolidationSettings, consolidationPreset } from './settings';
import { nameKey } from '../core/names';

describe('consolidation settings', () => {
  it('the preset is valid: June and December, monthly sums for higher-is-better, due the 10th', () => {
    expect(checkConsolidationSettings(consolidationPreset)).toEqual([]);
    expect(consolidationPreset).toEqual({ midMonth: 6, endMonth: 12, deriveCumulative: 'sum-higher', reportDueDay: 10 });
  });

  it('a month out of 1–12 or an unknown derive rule is an error naming the key', () => {
    const issues = checkConsolidationSettings({ ...consolidationPreset, midMonth: 13, deriveCumulative: 'average' });
    expect(issues.map((i) => [i.code, i.field])).toEqual([['scheme.invalid', 'midMonth'], ['scheme.invalid', 'deriveCumulative']]);
  });

  it('a key the settings do not know is an error naming it', () => {
    const issues = checkConsolidationSettings({ ...consolidationPreset, dueDay: 10 });
    expect(issues.map((i) => i.code)).toEqual(['scheme.unknown-key']);
    expect(issues[0]!.message.en).toContain('dueDay');
  });

  it('the mid-year month must come before the year-end month', () => {
    expect(checkConsolidationSettings({ ...consolidationPreset, midMonth: 12, endMonth: 6 }).map((i) => i.code)).toEqual(['consolidate.months-order']);
  });

  it('a due day may be switched off (null)', () => {
    expect(checkConsolidationSettings({ ...consolidationPreset, reportDueDay: null })).toEqual([]);
  });
});

describe('unit names as 汇总 matches them (core nameKey)', () => {
  it.each([
    ['商务局（粮食局）', '商务局(粮食局)'],
    [' 南牛乡 ', '南牛乡'],
    ['民政局 (宗教局)', '民政局(宗教局)'],
    ['县政府办\u3000', '县政府办'],
  ])('“%s” matches “%s”', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('different names stay different', () => {
    expect(nameKey('南牛乡')).not.toBe(nameKey('南楼乡'));
  });
});
