/**
 * FileWorkbook as the task pane's offline page builds it: file/io.browser.ts in place of file/io.ts (as
 * webpack.config.js swaps them), so files come and go as bytes and ExcelJS compresses the save itself.
 */
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { rankAndTier } from '../../src/commands';
import { isHostError } from '../../src/host/errors';
import { readFile } from '../../src/host/file/io.browser';
import { FileWorkbook } from '../../src/host/xlsx';
import { smallSummary } from '../commands/fixtures';

const csv = (rows: ReturnType<typeof smallSummary>): string => rows.map((r) => r.map((v) => v ?? '').join(',')).join('\r\n');

vi.mock('../../src/host/file/io', () => import('../../src/host/file/io.browser'));

describe('FileWorkbook with the browser io', () => {
  it('refuses a path: a browser has no file system to read', async () => {
    const e: unknown = await readFile('/etc/hosts').catch((x: unknown) => x);
    expect(isHostError(e) && e.code).toBe('no-file-system');
    await expect(FileWorkbook.open('x.xlsx')).rejects.toMatchObject({ code: 'no-file-system' });
  });

  it('ranks a GBK .csv opened from bytes and saves a compressed .xlsx that reopens with 排名结果', async () => {
    const wb = await FileWorkbook.fromBuffer(iconv.encode(csv(smallSummary()), 'gbk'), '汇总.csv');
    expect(wb.source.encoding).toBe('gb18030');
    const outcome = await rankAndTier(wb);
    expect(outcome.written).toBe('排名结果');
    const bytes = await wb.toBuffer();
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true)).toBe(8); // first part DEFLATE, not STORE
    const again = await FileWorkbook.fromBuffer(bytes, '汇总-结果.xlsx');
    expect(await again.sheetNames()).toEqual(['汇总', '排名结果']);
    expect((await again.readTable('汇总')).values).toEqual((await wb.readTable('汇总')).values);
  });
});
