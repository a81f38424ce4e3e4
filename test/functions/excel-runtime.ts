/**
 * A stand-in for Excel's custom-functions runtime: loads the built functions.json and functions.js,
 * runs the bundle with a CustomFunctions global that records `associate`, and calls a function by its
 * metadata id with every parameter present (null for an omitted one), as Excel does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext, runInThisContext } from 'node:vm';
import type { FunctionsMetadata, MetadataFunction } from '../../src/functions/metadata-zh';
import { ExcelErrorValue } from './formula';

/** What `new CustomFunctions.Error(code, message)` makes; the harness asserts on it. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export interface LoadedFunctions {
  readonly metadata: FunctionsMetadata;
  readonly zhMetadata: FunctionsMetadata;
  readonly bundle: string;
  /** The ids `CustomFunctions.associate` was called with. */
  readonly associated: readonly string[];
  /** Call PERF.<id> (or its Chinese name) with Excel-shaped arguments. */
  call(name: string, args: readonly unknown[]): unknown;
  /** The function the bundle associated with `id`, as Excel's runtime holds it (for the bench: no checks around the call). */
  associatedFunction(id: string): (...args: unknown[]) => unknown;
}

/**
 * Where the bundle runs. 'sandbox' (tests): a context of its own, so nothing leaks between test files. 'shared'
 * (the bench): this context's own globals, as in Excel's runtime — a sandbox's global object answers every lookup
 * of Math, Number or Array through Node's interceptors, which made PERF.COUNTY three times slower than the code is.
 */
export type Realm = 'sandbox' | 'shared';

export function loadFunctions(dir: string, realm: Realm = 'sandbox'): LoadedFunctions {
  const metadata = JSON.parse(readFileSync(join(dir, 'functions.json'), 'utf8')) as FunctionsMetadata;
  const zhMetadata = JSON.parse(readFileSync(join(dir, 'functions.zh-CN.json'), 'utf8')) as FunctionsMetadata;
  const bundle = readFileSync(join(dir, 'functions.js'), 'utf8');
  const bound = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (bound.has(id)) throw new Error(`associate called twice for ${id}`);
      bound.set(id, fn);
    },
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
  };
  const sandbox: Record<string, unknown> = { CustomFunctions, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  if (realm === 'sandbox') runInNewContext(bundle, sandbox, { filename: 'functions.js' });
  else {
    // The bundle's free names CustomFunctions, self and window bound as parameters; every other global is this context's.
    const run = runInThisContext(`(function (CustomFunctions, self, window) {${bundle}\n})`, { filename: 'functions.js' }) as (...globals: unknown[]) => void;
    run(CustomFunctions, sandbox, sandbox);
  }

  const find = (name: string): MetadataFunction => {
    const n = name.toUpperCase();
    const f = metadata.functions.find((x) => x.id === n) ?? zhMetadata.functions.find((x) => x.name === name);
    if (f === undefined) throw new Error(`#NAME? — no function ${name} in functions.json`);
    return f;
  };
  return {
    metadata,
    zhMetadata,
    bundle,
    associated: [...bound.keys()],
    associatedFunction(id) {
      const fn = bound.get(id);
      if (fn === undefined) throw new Error(`${id} was never associated`);
      return fn;
    },
    call(name, args) {
      const f = find(name);
      const fn = bound.get(f.id);
      if (fn === undefined) throw new Error(`${f.id} is in functions.json but was never associated`);
      const required = f.parameters.filter((p) => p.optional !== true).length;
      if (args.length < required || args.length > f.parameters.length) {
        throw new Error(`Excel refuses the formula: ${f.id} takes ${required}–${f.parameters.length} arguments, got ${args.length}`);
      }
      // Excel passes every declared parameter (an omitted one is null) and a range parameter always as
      // a 2-D array, even when the formula gives it one value.
      const shaped = f.parameters.map((p, i) => {
        const v = i < args.length ? args[i] : null;
        if (p.dimensionality === 'matrix') return v === null || Array.isArray(v) ? v : [[v]];
        if (Array.isArray(v)) throw new Error(`the harness does not lift a range into the scalar ${f.id}.${p.name}`);
        return v;
      });
      // An error value reaches the function only when the metadata allows errors for type any; otherwise
      // Excel does not call it and the cell shows the first error, unexplained.
      const firstError = shaped.flat(2).find((v): v is ExcelErrorValue => v instanceof ExcelErrorValue);
      if (firstError !== undefined && metadata.allowErrorForDataTypeAny !== true) return new CustomFunctionError(firstError.code);
      const asExcel = (v: unknown): unknown =>
        v instanceof ExcelErrorValue ? new CustomFunctionError(v.code) : Array.isArray(v) ? v.map(asExcel) : v;
      return fn(...shaped.map(asExcel));
    },
  };
}
