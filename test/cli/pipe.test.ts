import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures } from './fixtures';
import { ensureBuilt, perfIntoClosedPipe, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('pipe');
  await writeFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf piped into a reader that stops early (| head)', () => {
  it('demo: no EPIPE stack trace, the workbook still written, exit 0', async () => {
    expect(await perfIntoClosedPipe(['demo', '--out', 'piped.xlsx'], dir)).toMatchSnapshot();
    expect(existsSync(join(dir, 'piped.xlsx'))).toBe(true);
  });

  it('rank --json: exit 0; validate with issues: exit 1 (the normal codes)', async () => {
    expect(await perfIntoClosedPipe(['rank', 'summary.xlsx', '--json'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await perfIntoClosedPipe(['validate', 'engineers-bad-gbk.csv'], dir)).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('stderr closed too: a user error still exits 1, quietly', async () => {
    expect(await perfIntoClosedPipe(['rank', 'nowhere.xlsx'], dir, true)).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(await perfIntoClosedPipe(['eval', '=PERF.ENGINEER(2,1,103,100,1)'], dir, true)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
