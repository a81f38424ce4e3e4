import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('usage');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf usage', () => {
  it('prints the usage with --help, exit 0', () => {
    const r = perf(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('without a command: one line, exit 1', () => {
    expect(perf([], dir)).toMatchSnapshot();
  });

  it('an unknown command, an unknown option, a missing or extra argument, an unknown scheme: one line each, exit 1', () => {
    expect(perf(['rnak', 'a.xlsx'], dir)).toMatchSnapshot();
    expect(perf(['rank', 'a.xlsx', '--colour'], dir)).toMatchSnapshot();
    expect(perf(['rank'], dir)).toMatchSnapshot();
    expect(perf(['eval', '=PERF.RANK(1,{1})', 'extra'], dir)).toMatchSnapshot();
    expect(perf(['rank', 'a.xlsx', '--scheme', 'school'], dir)).toMatchSnapshot();
    expect(perf(['template', 'school'], dir)).toMatchSnapshot();
  });
});
