/** The registry as `perf eval` and WPS use it: imported from Node, no Office global, no build. */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { describe, expect, it } from 'vitest';
import { buildLocalizedMetadata, type FunctionsMetadata } from '../../src/functions/metadata-zh';
import { callFunction, findFunction, functionDefinitions, PerfInputError, UnknownFunctionError } from '../../src/functions/registry';

describe('callFunction', () => {
  it('runs a function by id without any Office global', () => {
    expect('Office' in globalThis).toBe(false);
    expect(callFunction('ENGINEER', [2, 1, 103, 100, 1])).toBe(95.4);
  });

  it('accepts PERF.-prefixed and lower-case ids', () => {
    expect(callFunction('perf.engineer', [2, 1, 103, 100, 1])).toBe(95.4);
  });

  it('treats trailing arguments left out (undefined) like omitted ones (null)', () => {
    expect(callFunction('LATEFEE', [45366, 45395])).toBe(callFunction('LATEFEE', [45366, 45395, null]));
  });

  it('accepts a range as a flat list, as perf eval passes it', () => {
    expect(callFunction('MANAGER', [[90, 95.4], 2, -1])).toBeCloseTo(93.7, 9);
  });

  it('throws PerfInputError with "中文 / English" text naming the argument for a blank', () => {
    const call = () => callFunction('ENGINEER', [2, 1, null, 100, 1]);
    expect(call).toThrow(PerfInputError);
    expect(call).toThrow(/^实际费用不能为空.* \/ cost_actual is required/);
  });

  it('refuses a range where one value is expected', () => {
    expect(() => callFunction('GRADE', [[[90], [80]]])).toThrow(/2 个单元格.*2 cells/);
  });

  it('takes a 1×1 range as its one value', () => {
    expect(callFunction('GRADE', [[[90]]])).toBe('优');
  });

  it('names the argument of an Excel error value, in either shape Excel passes it', () => {
    expect(() => callFunction('GRADE', [{ code: '#N/A' }])).toThrow(/^得分是 Excel 错误值 #N\/A.* \/ score holds the Excel error #N\/A/);
    expect(() => callFunction('GRADE', [{ type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' }])).toThrow(/^得分是 Excel 错误值 #DIV\/0!/);
    expect(() => callFunction('GRADE', [{ type: 'Error', errorType: 'NotAvailable' }])).toThrow(/^得分是 Excel 错误值 #N\/A/);
  });

  it('refuses more arguments than the function takes', () => {
    expect(() => callFunction('GRADE', [90, 1])).toThrow(/最多接受 1 个参数/);
  });

  it('refuses an object that is not a cell value (an entity)', () => {
    expect(() => callFunction('GRADE', [{ type: 'Entity' }])).toThrow(PerfInputError);
  });

  it('throws UnknownFunctionError for an id it does not have', () => {
    expect(() => callFunction('NOPE', [])).toThrow(UnknownFunctionError);
  });
});


describe('rounding (issue 8 / RULES.md Decision: a PERF.* value is rounded half-up to the scheme precision)', () => {
  // Each input gives a long decimal inside the engine; the function returns what ranking compares.
  it.each([
    ['ENGINEER', [0, 0, 100.123, 100, 0], 99.98], // cost 99.877 × 20% + 80 = 99.9754
    ['MANAGER', [[90, 91, 94.5], 0, 0], 91.83], // 91.8333…
    ['MANAGER', [[90, 91, 93.5], 0, 0.005], 91.51], // 91.505 → half-up
    ['WAGEFLOAT', [92.755, 0], -0.0725], // −7.245% → −7.25%
    ['LATEFEE', ['2026-03', '2026-04-13', 33.333], 100], // 3 days × 33.333 = 99.999 → 100.00
    ['PENALTY', ['missing', 1, 3333.33], 333.33], // 333.333
    ['INDICATOR', [1, 3, 10], 3.33],
    ['COUNTY', ['乡镇', 85.555, 9.1], 94.66], // 94.655 → half-up
    ['SELFEVAL', [1, 3, [[50]]], 53.33], // 10 × 1/3 + 50
  ] as const)('PERF.%s%j → %s', (id, args, expected) => {
    expect(callFunction(id, args as unknown as unknown[])).toBe(expected);
  });
});

describe('PERF.MANAGER blanks (issue 8 / RULES.md engineer Decision)', () => {
  it('skips blank cells in the range as AVERAGE does', () => {
    expect(callFunction('MANAGER', [[[90], [null], [''], [80]], 1, 0])).toBe(86);
  });

  it('refuses text or an error value in the range, naming it', () => {
    expect(() => callFunction('MANAGER', [[[90], ['优秀']], 1, 0])).toThrow(/第 2 个工程师评分.*优秀/);
    expect(() => callFunction('MANAGER', [[[90], [{ code: '#N/A' }]], 1, 0])).toThrow(/engineer_scores.*#N\/A/);
  });

  it('says so in its help, Chinese and English', () => {
    const help = findFunction('MANAGER')!.params[0]!.help;
    expect(help.zh).toMatch(/空白单元格跳过（同 AVERAGE），文字或错误值报错/);
    expect(help.en).toMatch(/blank cells are skipped, as AVERAGE does; text or an error value is an error/);
  });
});

describe('registry', () => {
  it('has the thirteen PERF functions of issue 3 and PENALTY (issue 8), each findable', () => {
    const ids = ['ENGINEER', 'MANAGER', 'WAGEFLOAT', 'LATEFEE', 'PENALTY', 'INDICATOR', 'BONUS', 'DEDUCTION', 'COUNTY', 'RANK', 'TIERS', 'GRADE', 'SELFEVAL', 'EXECLIGHT'];
    expect(functionDefinitions.map((d) => d.id)).toEqual(ids);
    for (const id of ids) expect(findFunction(id)?.id).toBe(id);
  });

  it('gives every function a distinct Chinese name', () => {
    const names = functionDefinitions.map((d) => d.zhName);
    expect(new Set(names).size).toBe(names.length);
  });

  it("agrees with excel.ts's JSDoc: same ids, parameter order, optional and range flags, English texts", async () => {
    const generated = await generateCustomFunctionsMetadata(['src/functions/excel.ts'], false);
    expect(generated.errors).toEqual([]);
    const { problems } = buildLocalizedMetadata(JSON.parse(generated.metadataJson) as FunctionsMetadata);
    expect(problems).toEqual([]);
  });

  it("reports a Chinese name Excel would refuse (fewer than 3 characters) and help over 128 characters", () => {
    const grade = functionDefinitions.find((d) => d.id === 'GRADE')!;
    const en: FunctionsMetadata = { functions: [{ id: 'GRADE', name: 'GRADE', description: grade.description.en, parameters: [{ name: 'score', type: 'any', description: grade.params[0]!.help.en }] }] };
    const bad = { ...grade, zhName: '等级', params: [{ ...grade.params[0]!, help: { ...grade.params[0]!.help, zh: '分'.repeat(129) } }] };
    expect(buildLocalizedMetadata(en, [bad]).problems).toEqual([
      expect.stringMatching(/GRADE: the name "等级" breaks Excel's rules/),
      expect.stringMatching(/GRADE.得分: help of 129 characters/),
    ]);
  });

  it('reports a function whose parameters drift from the JSDoc', () => {
    const en: FunctionsMetadata = { functions: [{ id: 'GRADE', name: 'GRADE', description: 'x', parameters: [{ name: 'points', type: 'any' }] }] };
    const grade = functionDefinitions.filter((d) => d.id === 'GRADE');
    expect(buildLocalizedMetadata(en, grade).problems).toEqual(expect.arrayContaining([expect.stringMatching(/GRADE: parameters differ/)]));
  });
});
