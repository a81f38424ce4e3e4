import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('eval');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf eval', () => {
  it('篇1 worked example: =PERF.ENGINEER(2,1,103,100,1) prints 95.4', () => {
    expect(perf(['eval', '=PERF.ENGINEER(2,1,103,100,1)'], dir)).toEqual({ code: 0, stdout: '95.4\n', stderr: '' });
  });

  it('takes array constants and strings: a rank within a column of scores', () => {
    expect(perf(['eval', '=PERF.RANK(91,{95;91;91;88})'], dir)).toEqual({ code: 0, stdout: '2\n', stderr: '' });
  });

  it('spills a 2-D result as tab-separated rows', () => {
    const r = perf(['eval', '=PERF.TIERS({95;91;50},{"乡镇";"乡镇";"乡镇"})'], dir);
    expect(r).toMatchSnapshot();
  });

  it('passes omitted arguments as omitted', () => {
    expect(perf(['eval', '=PERF.RANK(91,{95;91;88},,,)'], dir).stdout).toBe('2\n');
  });

  it('finds a function by its Chinese name', () => {
    expect(perf(['eval', '=PERF.组内排名(88,{95;91;88})'], dir).stdout).toBe('3\n');
  });

  it('issue 8: PERF.PENALTY prints a department penalty in yuan; PERF.WAGEFLOAT prints the rounded float', () => {
    expect(perf(['eval', '=PERF.PENALTY("当月未考核",1,9000)'], dir)).toEqual({ code: 0, stdout: '900\n', stderr: '' });
    expect(perf(['eval', '=PERF.WAGEFLOAT(92.755,0)'], dir).stdout).toBe('-0.0725\n');
  });

  it('reports bad arguments in Chinese and English, exit 1', () => {
    expect(perf(['eval', '=PERF.ENGINEER(2,1,103,0,1)'], dir)).toMatchSnapshot();
  });

  it('reports an unknown function and a syntax error, exit 1', () => {
    expect(perf(['eval', '=PERF.NOPE(1)'], dir)).toMatchSnapshot();
    expect(perf(['eval', '=PERF.ENGINEER(2,1'], dir)).toMatchSnapshot();
  });
});
