/**
 * ET calls a command makes, whatever the row count: reads and writes are whole blocks (one Value2 each), formats by
 * range, so 排名定档 on 2,000 units calls ET as often as on 50 — only a note per marked cell is one call each.
 */
import { describe, expect, it } from 'vitest';
import { rankAndTier, validateSubmission } from '../../src/commands';
import { generatedSummary } from '../commands/fixtures';
import { WpsHarness } from '../host/wps-harness';

const NOW = new Date('2026-11-27T10:00:00Z');
const counted = ['Value2.get', 'Value2.set', 'NumberFormat.set', 'Interior.Color.set', 'Worksheets.Add'] as const;

async function calls(n: number): Promise<Record<string, number>> {
  const wb = WpsHarness.fromSheets({ 汇总: generatedSummary(n) });
  const out = await rankAndTier(wb, { now: NOW });
  expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return Object.fromEntries(counted.map((c) => [c, wb.x.made(c)]));
}

describe('ET calls per command', () => {
  it('排名定档 makes the same block reads and writes for 50 and 2,000 units', async () => {
    const small = await calls(50);
    const large = await calls(2000);
    expect(large).toEqual(small);
    expect(large['Value2.set']).toBeLessThan(10); // each block of 排名结果 and the settings: one assignment each
  });

  it('校验报送 marks 200 scattered bad cells with a fill per 255 address characters and one note each', async () => {
    const rows = generatedSummary(2000);
    for (let i = 1; i <= 200; i++) rows[i * 10]![2] = '很多'; // 指标评估 not a number
    const wb = WpsHarness.fromSheets({ 汇总: rows });
    const out = await validateSubmission(wb);
    expect(out.marked).toBeGreaterThanOrEqual(200);
    expect(wb.x.made('Interior.Color.set')).toBeLessThanOrEqual(Math.ceil((200 * 5) / 255) + 1); // "C11," is 4–6 characters
    expect(wb.x.made('AddComment')).toBe(out.marked);
    expect(wb.x.made('Value2.set')).toBeLessThanOrEqual(2);
  });
});
