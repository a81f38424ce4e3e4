import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countySampleSheets } from '../../src/samples';
import { writeFixtures, writeXlsx } from './fixtures';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('validate');
  await writeFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf validate', () => {
  it('a clean submission: exit 0', () => {
    expect(perf(['validate', 'engineers.xlsx'], dir)).toMatchSnapshot();
  });

  it('several files at once, GBK CSV among them: every issue with file, sheet, cell and message, exit 1', () => {
    const r = perf(['validate', 'engineers.xlsx', 'engineers-bad-gbk.csv', 'report.xlsx', 'summary-gbk.csv'], dir);
    expect(r.code).toBe(1);
    expect(r).toMatchSnapshot();
  });

  it('--json prints exactly { issues: [{ file, sheet, cell, code, severity, message }] }', () => {
    const r = perf(['validate', 'engineers-bad-gbk.csv', 'report.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { issues: object[] };
    expect(Object.keys(out)).toEqual(['issues']);
    for (const i of out.issues) expect(Object.keys(i)).toEqual(['file', 'sheet', 'cell', 'code', 'severity', 'message']);
    expect(out).toMatchSnapshot();
  });

  it('--json on clean files prints no issues, exit 0', () => {
    expect(perf(['validate', 'engineers.xlsx', '--json'], dir)).toEqual({ code: 0, stdout: '{\n  "issues": []\n}\n', stderr: '' });
  });

  it('a file that cannot be read is an issue of that file; the others are still checked', () => {
    const r = perf(['validate', 'nowhere.csv', 'locked.xlsx', 'engineers.xlsx', 'unknown.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r).toMatchSnapshot();
  });

  it('needs at least one file', () => {
    expect(perf(['validate'], dir)).toMatchSnapshot();
  });
});

describe('perf validate on a detailed county workbook', () => {
  it('validates the workbook once, not once per sheet: each issue printed once', async () => {
    const sheets = countySampleSheets();
    const units = sheets['单位']!.map((r) => [...r]);
    units[1]![1] = '街道'; // a group nobody knows: one issue, on 单位!B2
    await writeXlsx(join(dir, 'detail.xlsx'), { ...sheets, 单位: units } as Parameters<typeof writeXlsx>[1]);
    const r = perf(['validate', 'detail.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r).toMatchSnapshot();
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    const json = JSON.parse(perf(['validate', 'detail.xlsx', '--json'], dir).stdout) as { issues: unknown[] };
    expect(new Set(json.issues.map((i) => JSON.stringify(i))).size).toBe(json.issues.length);
  });
});
