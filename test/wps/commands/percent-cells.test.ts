/**
 * test/commands/percent-cells.test.ts run unchanged over the WPS adapter and the fake ET: its MemoryWorkbook is replaced by
 * WpsHarness (the same inspection API, read back from the fake's cells), so what it checks of memory is checked of WPS.
 */
import { expect, it, vi } from 'vitest';
import { MemoryWorkbook } from '../../../src/host/memory';

vi.mock('../../../src/host/memory', async () => ({ MemoryWorkbook: (await import('../../host/wps-harness')).WpsHarness }));

it('runs over the WPS adapter', () => {
  expect(MemoryWorkbook.fromSheets({ S: [[1]] }).kind).toBe('wps');
});

await import('../../commands/percent-cells.test');
