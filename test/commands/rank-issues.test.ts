import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { rankAndTier, validateSubmission } from '../../src/commands';
import { SUMMARY_HEADER } from './fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const cells = (issues: readonly { cell?: string; severity: string }[]): string[] => issues.filter((i) => i.severity === 'error').map((i) => i.cell ?? '').sort();

describe('rankAndTier issue collection (issue 2/4: one pass collects every issue)', () => {
  it('reports the same error cells as validateSubmission: bad shares beside a blank leader cell', async () => {
    const rows = [
      SUMMARY_HEADER,
      ['县财政局', '部门', '1,234', 25, 8, null, null, null, null],
      ['南牛乡', '乡镇', 95, null, 8, null, null, null, null],
      ['新城铺镇', '乡镇', 80, null, null, null, null, null, null],
    ];
    const ranked = await rankAndTier(MemoryWorkbook.fromSheets({ 汇总: rows }), { now: NOW });
    const validated = await validateSubmission(MemoryWorkbook.fromSheets({ 汇总: rows }));
    expect(ranked.written).toBeNull();
    expect(cells(ranked.issues)).toEqual(expect.arrayContaining(['C2', 'C3', 'E4']));
    expect(cells(ranked.issues)).toEqual(cells(validated.issues));
  });
});
