import { describe, expect, it } from 'vitest';
import { PENALTY_SHEET, RESULTS_SHEET } from '../../src/commands';
import { RANK_PATHS, VALIDATE_PATHS } from './excel-paths';

const SIZES = [10, 1000, 10000];
/** Excel on the web refuses a request past ~5 MB: no context.sync() may send more, marks and notes included (issue 14). */
const MAX_REQUEST_KB = 5000;
const cases = <T extends { name: string }>(paths: readonly T[]) => paths.flatMap((p) => SIZES.map((n) => [p.name, n, p] as const));

describe('rankAndTier in Excel: at most 3 context.sync() calls and no request over 5,000 KB on every path, whatever the row count', () => {
  it.each(cases(RANK_PATHS))('%s, %i rows', async (name, n, path) => {
    const { syncs, requestKB, out } = await path.run(n);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(requestKB).toBeLessThanOrEqual(MAX_REQUEST_KB);
    if (name.includes('errors') || name.includes('bad cell')) {
      expect(out.written).toBeNull();
      expect(out.marked).toBeGreaterThan(0);
    } else {
      expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(out.written).toBe(name.startsWith('department penalty') ? PENALTY_SHEET : RESULTS_SHEET);
    }
    if (name.includes('Excel table') && out.source?.layout === 'summary') expect(out.source.how).toBe('table');
    if (name.startsWith('detailed')) expect(out.source?.layout).toBe('detail');
  }, 120_000);
});

describe('validateSubmission in Excel: at most 3 context.sync() calls and no request over 5,000 KB for every submission type, whatever the row count', () => {
  it.each(cases(VALIDATE_PATHS))('%s, %i rows', async (name, n, path) => {
    const { syncs, requestKB, out } = await path.run(n);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(requestKB).toBeLessThanOrEqual(MAX_REQUEST_KB);
    expect(out.type).toBe(name.split(/[ ,]/)[0]);
    if (!name.includes('again')) expect(out.marked).toBeGreaterThan(0);
    if (out.type === 'county-detail') expect(out.covers).toEqual(['单位', '指标', '领导评估']);
  }, 120_000);
});
