import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine';
import { FileWorkbook } from '../../src/host/xlsx';
import { consolidationMasterSheets, monthlyReportSamples, REPORT_STORY } from '../../src/samples';
import { ensureBuilt, perf, tempDir } from './harness';

const sample = monthlyReportSamples();
const good = sample.reports.filter((r) => !r.flaw && r.unit !== REPORT_STORY.resent).slice(0, 2);
const bad = sample.reports.find((r) => r.flaw === 'error')!;

async function save(path: string, sheets: Record<string, readonly (readonly CellValue[])[]>): Promise<void> {
  const wb = await FileWorkbook.create(sheets);
  writeFileSync(path, await wb.toBuffer());
}

const sheetValues = async (path: string, sheet: string): Promise<CellValue[][]> => (await (await FileWorkbook.open(path)).readTable(sheet)).values;

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('merge');
  mkdirSync(join(dir, 'june'));
  await save(join(dir, 'master.xlsx'), consolidationMasterSheets());
  for (const r of [...good, bad]) await save(join(dir, 'june', r.file), { [r.sheet]: r.values });
  await save(join(dir, 'resent.xlsx'), { [sample.resent.sheet]: sample.resent.values });
  await save(join(dir, 'first.xlsx'), { 月报: sample.reports.find((r) => r.unit === REPORT_STORY.resent)!.values });
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface MergeJson {
  merged: { file: string; unit: string; period: string; rows: number; changed: { cell: string; from: unknown; to: unknown }[] }[];
  quarantined: { file: string; issues: { file: string; sheet: string | null; cell: string | null; code: string }[] }[];
  missing: string[];
  issues: unknown[];
}

describe('perf merge', () => {
  it('--json prints exactly { merged, quarantined, missing, issues }; the one with an error is quarantined by file, sheet and cell; exit 1', () => {
    const before = readFileSync(join(dir, 'master.xlsx'));
    const r = perf(['merge', 'june', '--into', 'master.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as MergeJson;
    expect(Object.keys(j)).toEqual(['merged', 'quarantined', 'missing', 'issues']);
    expect(j.merged.map((m) => Object.keys(m))).toEqual(good.map(() => ['file', 'unit', 'period', 'rows', 'changed']));
    expect(j.merged.map((m) => [m.unit, m.period, m.rows])).toEqual(good.map((g) => [g.unit, '2026-06', 40]));
    expect(j.quarantined).toMatchObject([{ file: join('june', bad.file), issues: [{ sheet: '月报', cell: 'F11', code: 'cell.not-a-number' }] }]);
    expect(j.missing).toHaveLength(48 - 3); // the quarantined unit reported: it is not missing
    // The master itself is never modified; the merged workbook is beside it.
    expect(readFileSync(join(dir, 'master.xlsx')).equals(before)).toBe(true);
  });

  it('is idempotent: the same run again writes the same figures, and merging the month into its result changes nothing', async () => {
    const out = join(dir, 'master-汇总.xlsx');
    const first = await sheetValues(out, '月报汇总');
    perf(['merge', 'june', '--into', 'master.xlsx'], dir);
    expect(await sheetValues(out, '月报汇总')).toEqual(first);
    const again = perf(['merge', 'june', '--into', 'master-汇总.xlsx', '--out', 'again.xlsx', '--json'], dir);
    const j = JSON.parse(again.stdout) as MergeJson;
    expect(j.merged.every((m) => m.changed.length === 0)).toBe(true);
    expect(await sheetValues(join(dir, 'again.xlsx'), '月报汇总')).toEqual(first);
    expect(await sheetValues(join(dir, 'again.xlsx'), '指标')).toEqual(await sheetValues(out, '指标'));
  });

  it('a corrected file replaces the earlier figures and says which cells changed, from what to what', () => {
    perf(['merge', 'first.xlsx', '--into', 'master.xlsx', '--out', 'step1.xlsx'], dir);
    const r = perf(['merge', 'resent.xlsx', '--into', 'step1.xlsx', '--out', 'step2.xlsx', '--period', '2026-06'], dir);
    expect(r.stdout).toMatch(/更改 4 个单元格/);
    expect(r.stdout).toMatch(/月报汇总!F\d+ 协助引进项目投资（万元） 本月完成值 \d+ → \d+/);
  });

  it('a bad --period is the user’s error (exit 1), and --into is required', () => {
    expect(perf(['merge', 'june', '--into', 'master.xlsx', '--period', '2026-13'], dir).code).toBe(1);
    const r = perf(['merge', 'june'], dir);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('--into')]);
  });
});
