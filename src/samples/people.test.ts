import { describe, expect, it } from 'vitest';
import { scoreEngineerSheet, scoreStaffSheet } from '../engine';
import { engineerSampleSheet, staffSampleSheet } from './people';

const origin = (sheet: string) => ({ sheet, row: 1, col: 1 });

describe('people samples', () => {
  it('篇1: the engineer sheet reads clean and its first row is the worked example, 95.40', () => {
    const r = scoreEngineerSheet(engineerSampleSheet(), origin('工程师'));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.results.map((x) => [x.name, x.rounded])).toContainEqual(['张工', 95.4]);
    expect(r.results).toHaveLength(5);
  });

  it('篇3: the staff sheet reads clean; the seed examples float −10% and +8%', () => {
    const r = scoreStaffSheet(staffSampleSheet(), origin('员工'));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const at = (name: string) => r.results.find((x) => x.name === name)!;
    expect([at('刘敏').final, at('刘敏').floatPercent]).toEqual([90, -10]);
    expect([at('孙丽').final, at('孙丽').floatPercent]).toEqual([108, 8]);
  });
});
