/** The PERF.* functions on the bad-argument corpus: the value, or a PerfInputError saying why in Chinese and English. */
import { describe, expect, it } from 'vitest';
import { callFunction, isInputError } from '../../src/functions/registry';
import { FUNCTION_CORPUS } from '../fixtures/bad/functions';

describe('PERF.* on hostile arguments', () => {
  it.each(FUNCTION_CORPUS.map((c) => [`${c.id}(${JSON.stringify(c.args).slice(0, 60)})`, c] as const))('%s', (_name, c) => {
    let value: unknown;
    let error: unknown;
    try {
      value = callFunction(c.id, c.args);
    } catch (e) {
      error = e;
    }
    if ('value' in c.gives) {
      expect(error).toBeUndefined();
      expect(value).toEqual(c.gives.value);
      return;
    }
    expect(isInputError(error), String(error)).toBe(true);
    const [zh, en] = (error as Error).message.split(' / ');
    expect(zh).toContain(c.gives.zh);
    expect((error as Error).message.slice(zh!.length)).toContain(c.gives.en);
    expect(en).toBeDefined();
  });
});
