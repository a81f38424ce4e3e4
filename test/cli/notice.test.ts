/** perf notice RESULTS.xlsx [--out FILE] [--title …] [--org …] [--date …]: in process, over a results file perf rank wrote. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { NOTICE_SHEET, rankAndTier } from '../../src/commands';
import { FileWorkbook } from '../../src/host/xlsx';
import { smallSummary } from '../commands/fixtures';
import { printedSheet } from '../commands/package-parts';

let dir = '';
let input: Uint8Array;

function recorder(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { cwd: dir, lines, out: (t) => void lines.out.push(t), err: (t) => void lines.err.push(t) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perf-notice-'));
  const wb = FileWorkbook.create({ 汇总: smallSummary() });
  await rankAndTier(wb, { now: new Date('2027-01-10T08:00:00Z') });
  input = await wb.toBuffer();
  writeFileSync(join(dir, 'results.xlsx'), input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf notice', () => {
  it('writes RESULTS-通报.xlsx beside the input with the 通报 sheet, prints the notice, and leaves the input as it was', async () => {
    const io = recorder();
    const code = await run(['notice', 'results.xlsx', '--title', 'XX县2026年度绩效考核结果通报', '--org', 'XX县绩效办', '--date', '2027-01-15'], io);
    expect(io.lines.err).toEqual([]);
    expect(code).toBe(0);
    const text = io.lines.out.join('\n');
    expect(text.split('\n').slice(0, 2)).toEqual(['XX县2026年度绩效考核结果通报', 'XX县绩效办　2027年1月15日']);
    expect(text).toMatch(/先进\s+1\s+县财政局\s+92\.00/);
    expect(io.lines.out.at(-1)).toBe('已写入 written: results-通报.xlsx');
    expect(readFileSync(join(dir, 'results.xlsx'))).toEqual(Buffer.from(input));
    const bytes = readFileSync(join(dir, 'results-通报.xlsx'));
    const p = await printedSheet(bytes, NOTICE_SHEET);
    expect(p.pageSetup).toMatchObject({ paperSize: '9', orientation: 'portrait' });
    const back = await FileWorkbook.fromBuffer(bytes, 'back.xlsx');
    expect(await back.sheetNames()).toEqual(expect.arrayContaining(['汇总', '排名结果', NOTICE_SHEET]));
  });

  it('--out names the file; a date it cannot read is a usage error in both languages, nothing written', async () => {
    const io = recorder();
    expect(await run(['notice', 'results.xlsx', '--date', '2027-02-30', '--out', 'bad.xlsx'], io)).toBe(1);
    expect(io.lines.err).toEqual(['perf: 日期“2027-02-30”无效，请写作 2027-01-15 或 2027年1月15日 / the date "2027-02-30" is not valid; write it as 2027-01-15']);
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
    const ok = recorder();
    expect(await run(['notice', 'results.xlsx', '--date', '2027年1月15日', '--out', 'named.xlsx'], ok)).toBe(0);
    expect(existsSync(join(dir, 'named.xlsx'))).toBe(true);
  });

  it('exits 1 with the cell named when the input has errors, and writes nothing', async () => {
    const wb = FileWorkbook.create({ 工程师: [['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数'], ['张工', '两次', 1, 103, 100, 1]] });
    writeFileSync(join(dir, 'bad-input.xlsx'), await wb.toBuffer());
    const io = recorder();
    expect(await run(['notice', 'bad-input.xlsx', '--scheme', 'engineer'], io)).toBe(1);
    expect(io.lines.err.some((l) => l.includes('B2'))).toBe(true);
    expect(io.lines.err.at(-1)).toBe('perf: 有错误，未写出通报 / errors found; no notice written');
    expect(existsSync(join(dir, 'bad-input-通报.xlsx'))).toBe(false);
  });
});
