/**
 * perf writes its outputs whole or not at all: killed while writing, the output is the previous file (or none);
 * two runs writing the same output leave a whole workbook; a full disk (ENOSPC) and a folder it may not write
 * (EACCES) are one line each, exit 1, with nothing half-written left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWhole, type WriteFs } from '../../src/cli/atomic-write';
import { FileWorkbook } from '../../src/host/xlsx';
import { generatedSummary } from '../commands/fixtures';
import { BIN, CAN_RUN_AS_NOBODY, ensureBuilt, NOBODY, perf, tempDir } from '../cli/harness';
import { checkPackage } from '../cli/package-check';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('outputs');
  // Big enough that writing the result takes a while (some 2 MB), small enough to rank in seconds.
  await FileWorkbook.create({ 汇总: generatedSummary(8000) }).saveAs(join(dir, 'big.xlsx'));
  // Its output (some 100 KB) fills a 64 KB disk; for the tests that need a write, not a long one.
  await FileWorkbook.create({ 汇总: generatedSummary(1000) }).saveAs(join(dir, 'mid.xlsx'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Temporary output files in `folder` (of the output `name` only, when given). */
const temporaries = (folder: string, name = ''): string[] => readdirSync(folder).filter((n) => n.endsWith('.perf-tmp') && n.startsWith(`.${name}`));

/** Starts `perf rank big.xlsx --out out` and kills it (SIGKILL) as soon as its temporary output file appears. */
function killWhileWriting(out: string): Promise<{ killedWhileWriting: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'rank', 'big.xlsx', '--out', out], { cwd: dir, stdio: 'ignore' });
    let seen = false;
    const poll = setInterval(() => {
      if (!seen && temporaries(dir).length > 0) {
        seen = true;
        child.kill('SIGKILL');
      }
    }, 1);
    child.on('error', fail);
    child.on('exit', () => {
      clearInterval(poll);
      done({ killedWhileWriting: seen });
    });
  });
}

describe('outputs whole or not at all', () => {
  it('killed while writing, the output is still the previous whole workbook; the next run clears the leftover and writes', async () => {
    expect(perf(['rank', 'big.xlsx', '--out', 'kept.xlsx'], dir).code).toBe(0);
    const previous = readFileSync(join(dir, 'kept.xlsx'));
    // Up to three tries to catch it mid-write (a kill landing after the rename is no test); each leaves the old file.
    let killed = 0;
    for (let i = 0; i < 3 && killed === 0; i++) {
      if ((await killWhileWriting('kept.xlsx')).killedWhileWriting) killed++;
      expect(readFileSync(join(dir, 'kept.xlsx')).equals(previous)).toBe(true);
    }
    expect(killed).toBeGreaterThan(0);
    expect((await checkPackage(join(dir, 'kept.xlsx'))).badParts).toEqual([]);
    expect(perf(['rank', 'big.xlsx', '--out', 'kept.xlsx'], dir).code).toBe(0);
    expect(temporaries(dir, 'kept.xlsx')).toEqual([]);
  }, 120_000);

  it('killed while writing a new output, there is no output at all rather than a broken one', async () => {
    const { killedWhileWriting } = await killWhileWriting('fresh.xlsx');
    expect(killedWhileWriting).toBe(true);
    expect(existsSync(join(dir, 'fresh.xlsx'))).toBe(false);
    expect(temporaries(dir, 'fresh.xlsx')).toHaveLength(1); // the killed run's, cleared by the next run
    expect(perf(['rank', 'big.xlsx', '--out', 'fresh.xlsx'], dir).code).toBe(0);
    expect(temporaries(dir, 'fresh.xlsx')).toEqual([]);
  }, 60_000);

  it('two runs writing the same output at once leave one whole workbook', async () => {
    const run = (): Promise<number | null> =>
      new Promise((done) => void spawn(process.execPath, [BIN, 'rank', 'big.xlsx', '--out', 'both.xlsx', '--force'], { cwd: dir, stdio: 'ignore' }).on('exit', done));
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual([0, 0]);
    const pkg = await checkPackage(join(dir, 'both.xlsx'));
    expect(pkg.badParts).toEqual([]);
    expect(pkg.sheets).toContain('排名结果');
    expect(temporaries(dir, 'both.xlsx')).toEqual([]);
  }, 120_000);
});

describe('a full disk and a folder perf may not write', () => {
  it('writeWhole: a write failing with ENOSPC rejects with it and removes its temporary file; the old file stays', async () => {
    const out = join(dir, 'enospc.xlsx');
    writeFileSync(out, 'old');
    const full: WriteFs = {
      ...fsp,
      open: (async (path: string, flags: string) => {
        const h = await fsp.open(path, flags);
        return Object.assign(Object.create(h) as typeof h, {
          writeFile: async () => {
            await h.write(Buffer.alloc(10)); // a little got written before the disk filled up
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          datasync: () => h.datasync(),
          close: () => h.close(),
        });
      }) as WriteFs['open'],
    };
    await expect(writeWhole(out, new Uint8Array(100), full)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(temporaries(dir, 'enospc.xlsx')).toEqual([]);
  });

  // A real full disk: a 64 KB tmpfs (root only, as CI runs; skipped where mount is not allowed).
  const small = join(tempDir('small'), 'disk');
  mkdirSync(small);
  const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small]).status === 0;
  afterAll(() => void (mounted && spawnSync('umount', [small])));
  it.runIf(mounted)('perf rank onto a full disk: one line naming ENOSPC\'s cause, exit 1, no file left', () => {
    const r = perf(['rank', 'mid.xlsx', '--out', join(small, 'x.xlsx')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/perf: 无法写入“.*x\.xlsx”：磁盘空间不足，原有文件未改动 \/ cannot write .*x\.xlsx: no space left on the disk; any existing file is unchanged/);
    expect(readdirSync(small)).toEqual([]);
  }, 60_000);

  it.runIf(CAN_RUN_AS_NOBODY)('perf rank into a folder it may not write (EACCES): one line, exit 1, nothing written', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o555);
    const r = perf(['rank', 'mid.xlsx', '--out', 'locked/x.xlsx'], dir, NOBODY);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^perf: 无法写入“locked\/x\.xlsx”：没有写入权限 \/ cannot write locked\/x\.xlsx: permission denied\n$/);
    expect(readdirSync(locked)).toEqual([]);
  }, 60_000);
});
