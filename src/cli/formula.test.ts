import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { parseFormula } from './formula';

const fails = (text: string): string => {
  try {
    parseFormula(text);
  } catch (e) {
    if (e instanceof CliError) return e.en;
    throw e;
  }
  throw new Error(`parsed: ${text}`);
};

describe('parseFormula', () => {
  it('reads a call with numbers, with or without the leading =', () => {
    expect(parseFormula('=PERF.ENGINEER(2,1,103,100,1)')).toEqual({ name: 'PERF.ENGINEER', args: [2, 1, 103, 100, 1] });
    expect(parseFormula(' perf.engineer( 2 , 1 ,103,100,1 ) ')).toEqual({ name: 'PERF.ENGINEER', args: [2, 1, 103, 100, 1] });
  });

  it('reads negatives, decimals, exponents and percents as numbers', () => {
    expect(parseFormula('=F(-5,0.25,.5,1e3,40%)').args).toEqual([-5, 0.25, 0.5, 1000, 0.4]);
  });

  it('reads strings with doubled quotes, and TRUE/FALSE in any case', () => {
    expect(parseFormula('=F("乡镇","say ""hi""",true,FALSE)').args).toEqual(['乡镇', 'say "hi"', true, false]);
  });

  it('reads array constants: comma for columns, semicolon for rows', () => {
    expect(parseFormula('=F({1,2;3,4},{"a";"b"})').args).toEqual([[[1, 2], [3, 4]], [['a'], ['b']]]);
  });

  it('keeps omitted arguments as null, in the middle and at the end', () => {
    expect(parseFormula('=F(1,,3,)').args).toEqual([1, null, 3, null]);
    expect(parseFormula('=F()').args).toEqual([]);
  });

  it('accepts full-width punctuation typed with a Chinese input method', () => {
    expect(parseFormula('＝PERF.RANK（91，{95;91}）')).toEqual({ name: 'PERF.RANK', args: [91, [[95], [91]]] });
  });

  it('accepts Chinese function names', () => {
    expect(parseFormula('=PERF.组内排名(1,{1})').name).toBe('PERF.组内排名');
  });

  it('names the position of a syntax error', () => {
    expect(fails('=F(1,2')).toBe('formula error at character 7: expected "," or ")"');
    expect(fails('=F("abc)')).toContain('unterminated string');
    expect(fails('=F({1,2;3})')).toContain('array rows have different lengths');
    expect(fails('=F(1) + 2')).toContain('unexpected text after the closing ")"');
    expect(fails('=(1)')).toContain('expected a function name');
  });

  it('refuses references and nested calls: there is no workbook to look them up in', () => {
    expect(fails('=F(A1)')).toContain('not references or nested calls');
    expect(fails('=F(SUM(1,2))')).toContain('not references or nested calls');
  });
});
