import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';

/** An Io that records what was printed; `failOut` makes printing itself throw (a real crash inside a command). */
function recorder(failOut = false): Io & { out: (t: string) => void; lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    cwd: process.cwd(),
    lines,
    out: (t) => {
      if (failOut) throw new TypeError('stdout closed');
      lines.out.push(t);
    },
    err: (t) => void lines.err.push(t),
  };
}

describe('perf run()', () => {
  it('exits 3 on a crash, with one line and no stack trace', async () => {
    const io = recorder(true);
    expect(await run(['eval', '=PERF.ENGINEER(2,1,103,100,1)'], io)).toBe(3);
    expect(io.lines.err).toEqual(['perf: 程序内部错误 / internal error: stdout closed', '（加 --debug 查看详情 / rerun with --debug for details）']);
  });

  it('prints the stack of a crash with --debug', async () => {
    const io = recorder(true);
    expect(await run(['eval', '=PERF.ENGINEER(2,1,103,100,1)', '--debug'], io)).toBe(3);
    expect(io.lines.err[1]).toMatch(/^TypeError: stdout closed\n\s+at /);
  });

  it('exits 1 on a usage error, one line in Chinese and English', async () => {
    const io = recorder();
    expect(await run(['rank'], io)).toBe(1);
    expect(io.lines.err).toEqual(['perf: 缺少要排名的文件（.xlsx 或 .csv） / missing the file to rank (.xlsx or .csv)']);
  });
});
