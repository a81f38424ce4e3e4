/**
 * The PERF functions as WPS registers and calls them: the same names and parameter counts as Excel's built
 * functions.json, Chinese help, synchronous; WPS's argument shapes (DISP_E_PARAMNOTFOUND, Range objects) read as
 * Excel's; the same answers and the same error codes and messages as the built Excel bundle, formula by formula.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionDefinitions } from '../../src/functions/registry';
import type { WpsFunctionMetadata, WpsRoot } from '../../src/host/wps/globals';
import { readFunctionsStatus } from '../../src/wps/functions-status';
import { NAMESPACE, PARAM_NOT_FOUND, registerFunctions, WpsFunctionError, wpsVersion } from '../../src/wps/functions';
import { buildFunctions } from '../functions/build-functions';
import { CustomFunctionError, loadFunctions, type LoadedFunctions } from '../functions/excel-runtime';
import { ExcelErrorValue, parseFormula, type Sheet } from '../functions/formula';
import { FakeEt } from '../host/wps-fake/app';
import { ERROR_CODES } from '../host/wps-fake/model';

interface Registered {
  readonly fn: (...args: unknown[]) => unknown;
  readonly meta: WpsFunctionMetadata;
}

/** A wps root recording AddCustomFunction, and its PluginStorage. */
function fakeRoot(opts: { withFunctions?: boolean; refuse?: string } = {}): { root: WpsRoot; registered: Map<string, Registered>; storage: Map<string, string> } {
  const registered = new Map<string, Registered>();
  const storage = new Map<string, string>();
  const root: WpsRoot = {
    PluginStorage: { getItem: (k) => storage.get(k) ?? '', setItem: (k, v) => void storage.set(k, v) },
    ...(opts.withFunctions === false ? {} : {
      AddCustomFunction: (ns: string, name: string, fn: (...args: unknown[]) => unknown, meta: WpsFunctionMetadata) => {
        if (name === opts.refuse) throw new Error('名称无效');
        registered.set(`${ns}.${name}`, { fn, meta });
      },
    }),
  };
  return { root, registered, storage };
}

let excel: LoadedFunctions;
let wps: Map<string, Registered>;

beforeAll(() => {
  excel = loadFunctions(buildFunctions());
  const { root, registered } = fakeRoot();
  registerFunctions(root, FakeEt.from({}));
  wps = registered;
});

describe('registration', () => {
  it('registers every function of Excel’s functions.json under its name, with the same parameter count', () => {
    expect(excel.metadata.functions.length).toBe(functionDefinitions.length);
    for (const f of excel.metadata.functions) {
      const got = wps.get(`${NAMESPACE}.${f.name}`);
      expect(got, f.name).toBeDefined();
      expect(got!.meta.parameters.length, f.name).toBe(f.parameters.length);
      expect(got!.meta.parameters.map((p) => p.type.endsWith('?')), f.name).toEqual(f.parameters.map((p) => p.optional === true));
    }
  });

  it('registers the Chinese names of zh-CN Excel too, as the same functions', () => {
    for (const f of excel.zhMetadata.functions) expect(wps.has(`${NAMESPACE}.${f.name}`), f.name).toBe(true);
    expect(wps.get('PERF.工程师得分')!.fn).toBe(wps.get('PERF.ENGINEER')!.fn);
  });

  it('describes functions and parameters in Chinese, ranges as 2-D arrays', () => {
    for (const [name, { meta }] of wps) {
      expect(meta.description, name).toMatch(/[\u4e00-\u9fff]/);
      for (const p of meta.parameters) expect(p.description, `${name} ${p.name}`).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(wps.get('PERF.MANAGER')!.meta.parameters.map((p) => p.type)).toEqual(['any[][]', 'any', 'any']);
    expect(wps.get('PERF.LATEFEE')!.meta.parameters.map((p) => p.type)).toEqual(['any', 'any', 'any?']);
  });

  it('registers plain synchronous functions only (no async, never a Promise)', () => {
    const answer = (fn: (...args: unknown[]) => unknown, args: unknown[]): unknown => {
      try {
        return fn(...args);
      } catch (e) {
        return e;
      }
    };
    for (const [name, { fn, meta }] of wps) {
      expect(fn.constructor.name, name).toBe('Function');
      expect(answer(fn, meta.parameters.map(() => 1)), name).not.toBeInstanceOf(Promise);
    }
    const source = readFileSync(new URL('../../src/wps/functions.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\basync\b|\bawait\b/);
  });

  it('records that the functions are available, for the task pane', () => {
    const { root } = fakeRoot();
    const status = registerFunctions(root, FakeEt.from({}));
    expect(status).toMatchObject({ available: true, version: '12.1.0.20540' });
    expect(readFunctionsStatus(root)).toEqual(status);
  });
});

describe('an older WPS', () => {
  it('without AddCustomFunction registers nothing and says functions need 12.1.0.20540, in both languages', () => {
    const { root } = fakeRoot({ withFunctions: false });
    const app = FakeEt.from({});
    app.Build = '12.1.0.19770';
    const status = registerFunctions(root, app);
    expect(status.available).toBe(false);
    expect(status.reason?.zh).toMatch(/12\.1\.0\.20540.*12\.1\.0\.19770/);
    expect(status.reason?.en).toMatch(/12\.1\.0\.20540/);
    expect(readFunctionsStatus(root)?.available).toBe(false);
  });

  it('older than 12.1.0.20540 registers nothing even when the call exists', () => {
    const { root, registered } = fakeRoot();
    const app = FakeEt.from({});
    app.Build = '11.1.0.10495';
    expect(registerFunctions(root, app).available).toBe(false);
    expect(registered.size).toBe(0);
  });

  it('reads the version from Build or a four-part Version, and leaves it unknown otherwise', () => {
    expect(wpsVersion({ Build: '12.1.0.20540', Version: '12.0' })).toEqual([12, 1, 0, 20540]);
    expect(wpsVersion({ Build: 20540, Version: '12.1.0.23542' })).toEqual([12, 1, 0, 23542]);
    expect(wpsVersion({ Build: undefined, Version: '12.0' })).toBeUndefined();
  });

  it('names a function WPS refused and keeps the others', () => {
    const { root, registered } = fakeRoot({ refuse: '工程师得分' });
    const status = registerFunctions(root, FakeEt.from({}));
    expect(status.available).toBe(true);
    expect(status.reason?.zh).toContain('PERF.工程师得分');
    expect(registered.has('PERF.ENGINEER')).toBe(true);
  });
});

/** Excel's arguments as WPS passes them: an omitted one as DISP_E_PARAMNOTFOUND, a blank cell as undefined, an error as its code. */
const cellAsWps = (v: unknown): unknown => (v === null ? undefined : v instanceof ExcelErrorValue ? ERROR_CODES[v.code] : v);
const asWps = (v: unknown): unknown =>
  v === null ? PARAM_NOT_FOUND : Array.isArray(v) ? v.map((x) => (Array.isArray(x) ? x.map(cellAsWps) : cellAsWps(x))) : cellAsWps(v);

function both(formula: string, sheet: Sheet = {}): { excel: unknown; wps: unknown } {
  const { name, args } = parseFormula(formula, sheet);
  const run = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      if (e instanceof CustomFunctionError || e instanceof WpsFunctionError) return { code: e.code, message: e.message };
      throw e;
    }
  };
  const fn = wps.get(`${NAMESPACE}.${name.replace(/^PERF\./i, '')}`)?.fn;
  if (!fn) throw new Error(`no WPS function for ${name}`);
  return { excel: run(() => excel.call(name.replace(/^PERF\./i, ''), args)), wps: run(() => fn(...args.map(asWps))) };
}

describe('the same answers and errors as Excel', () => {
  it.each([
    ['=PERF.ENGINEER(2,1,103,100,1)'],
    ['=PERF.ENGINEER(2,,103,100,1)'],
    ['=PERF.ENGINEER(2,1,A1,100,1)'],
    ['=PERF.ENGINEER(2,1,103,100,1,{0.4,0.25,0.2,0.2})'],
    ['=PERF.ENGINEER(2,1,"很多",100,1)'],
    ['=PERF.MANAGER(A1:A3,2,-1)', { A1: 90, A2: null, A3: 95.4 }],
    ['=PERF.MANAGER(A1:A2,2,-1)', { A1: 90, A2: new ExcelErrorValue('#N/A') }],
    ['=PERF.WAGEFLOAT(95,-3)'],
    ['=PERF.LATEFEE(45366,45395)'],
    ['=PERF.LATEFEE(45366,45395,50)'],
    ['=PERF.INDICATOR(80,100,20,"≤")'],
    ['=PERF.BONUS({"市委表彰",1})'],
    ['=PERF.DEDUCTION({"通报市级",1})'],
    ['=PERF.COUNTY("乡镇",85,9,,2,1)'],
    ['=PERF.COUNTY("部门",55,9)'],
    ['=PERF.RANK(91,A1:A3)', { A1: 91, A2: 95, A3: 91 }],
    ['=PERF.RANK(77,A1:A3)', { A1: 91, A2: 95, A3: 91 }],
    ['=PERF.TIERS(A1:A3,B1:B3)', { A1: 95, A2: 85, A3: 70, B1: '乡镇', B2: '乡镇', B3: '乡镇' }],
    ['=PERF.GRADE(89.995)'],
    ['=PERF.GRADE(A1)'],
    ['=PERF.SELFEVAL(90,100,{20,30,25})'],
    ['=PERF.EXECLIGHT(30,100,6)'],
  ] as const)('%s', (formula, sheet?: Sheet) => {
    const got = both(formula, sheet);
    expect(got.wps).toEqual(got.excel);
  });

  it('gives #N/A for a score absent from the scores, as Excel does', () => {
    expect(both('=PERF.RANK(77,A1:A2)', { A1: 91, A2: 95 }).wps).toMatchObject({ code: '#N/A' });
  });

  it('throws an error named by its Excel code, carrying the "中文 / English" message', () => {
    const fn = wps.get('PERF.GRADE')!.fn;
    const e = (() => {
      try {
        fn('很好');
      } catch (x) {
        return x;
      }
    })() as WpsFunctionError;
    expect(e.name).toBe('#VALUE!');
    expect(String(e)).toMatch(/^#VALUE!: .*[\u4e00-\u9fff].* \/ [A-Za-z]/);
  });
});

describe('WPS’s argument shapes', () => {
  it('reads an argument left out as DISP_E_PARAMNOTFOUND or undefined as omitted', () => {
    const fee = wps.get('PERF.LATEFEE')!.fn;
    expect(fee(45366, 45395, PARAM_NOT_FOUND)).toBe(fee(45366, 45395));
    expect(fee(45366, 45395, undefined)).toBe(fee(45366, 45395));
    const eng = wps.get('PERF.ENGINEER')!.fn;
    expect(eng(2, PARAM_NOT_FOUND, 103, 100, 1)).toBe(96); // RULES.md: a count left empty is 0
  });

  it('reads a Range object as its values, cut to the used range, errors named as Excel names them', () => {
    const x = FakeEt.from({ 分数: [[90], [null], [95.4]] });
    const sheet = x.sheetObject(x.sheet('分数'));
    const manager = wps.get('PERF.MANAGER')!.fn;
    expect(manager(sheet.Range('A1:A3'), 2, -1)).toBeCloseTo(manager([[90], [undefined], [95.4]], 2, -1) as number, 9);
    expect(manager(sheet.Range('A1:A1048576'), 2, -1)).toBeCloseTo(93.7, 9);
    const grade = wps.get('PERF.GRADE')!.fn;
    expect(grade(sheet.Range('A3'))).toBe('优');
    x.put('分数', 'A2', [['#N/A']]);
    expect(() => manager(sheet.Range('A1:A3'), 2, -1)).toThrow(/#N\/A/);
  });
});
