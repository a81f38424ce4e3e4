/**
 * test/host/memory.test.ts — the port's promises as the memory adapter keeps them — run unchanged over the WPS
 * adapter and the fake ET (its MemoryWorkbook replaced by WpsHarness, which has the same inspection API).
 */
import { expect, it, vi } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';

vi.mock('../../src/host/memory', async () => ({ MemoryWorkbook: (await import('../host/wps-harness')).WpsHarness }));

it('runs over the WPS adapter', () => {
  expect(MemoryWorkbook.fromSheets({ S: [[1]] }).kind).toBe('wps');
});

await import('../host/memory.test');
