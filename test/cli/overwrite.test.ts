import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures, writeXlsx } from './fixtures';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('overwrite');
  await writeFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An unrelated file at `name`: a workbook of someone else's, or plain bytes; returns its bytes to compare after. */
async function unrelated(name: string, kind: 'workbook' | 'bytes'): Promise<Buffer> {
  if (kind === 'workbook') await writeXlsx(join(dir, name), { 工资: [['姓名', '工资'], ['张三', 5000]] });
  else writeFileSync(join(dir, name), 'not mine to lose\n');
  return readFileSync(join(dir, name));
}

describe('perf never overwrites an unrelated file', () => {
  it.each([
    ['rank', ['rank', 'summary.xlsx', '--out', 'mine.xlsx'], 'mine.xlsx', 'workbook'],
    ['template', ['template', 'county', '--out', 'notes.xlsx'], 'notes.xlsx', 'bytes'],
    ['demo', ['demo', '--out', 'budget.xlsx'], 'budget.xlsx', 'workbook'],
  ] as const)('%s --out onto an existing unrelated file: one line naming it, exit 1, the file unchanged', async (_cmd, args, name, kind) => {
    const before = await unrelated(name, kind);
    const r = perf(args, dir);
    expect(r).toMatchSnapshot();
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, name)).equals(before)).toBe(true);
  });

  it('--force overwrites it', async () => {
    const before = await unrelated('forced.xlsx', 'workbook');
    const r = perf(['rank', 'summary.xlsx', '--out', 'forced.xlsx', '--force'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'forced.xlsx')).equals(before)).toBe(false);
  });

  it('perf\'s own earlier output is rewritten: rank --out twice, demo twice, rank onto a demo output', () => {
    expect(perf(['rank', 'summary.xlsx', '--out', 'again.xlsx'], dir).code).toBe(0);
    expect(perf(['rank', 'summary.xlsx', '--out', 'again.xlsx'], dir).code).toBe(0);
    expect(perf(['demo', '--out', 'demo.xlsx'], dir).code).toBe(0);
    expect(perf(['demo', '--out', 'demo.xlsx'], dir).code).toBe(0);
    expect(perf(['rank', 'summary.xlsx', '--out', 'demo.xlsx'], dir).code).toBe(0);
  });

  it('the default output of the same command is rewritten: rank twice, demo twice, template twice', () => {
    for (let i = 0; i < 2; i++) {
      expect(perf(['rank', 'summary.xlsx'], dir).code).toBe(0);
      expect(perf(['demo'], dir).code).toBe(0);
      expect(perf(['template', 'engineer'], dir).code).toBe(0);
    }
  });
});
