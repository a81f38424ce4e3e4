import type { Text } from '../engine/scoring';
import { readArgs, type Args } from './args';

/** One argument of a PERF function, as Excel's function wizard shows it in both languages. */
export interface ParamDef {
  /** The English name: the parameter's name in the JSDoc of excel.ts and in functions.json. */
  readonly name: string;
  /** The Chinese name shown in zh-CN Excel (functions.zh-CN.json). */
  readonly zhName: string;
  readonly help: Text;
  readonly optional?: boolean;
  /** A cell range (passed as a 2-D array); otherwise one value. */
  readonly range?: boolean;
}

/** A PERF function: metadata in both languages and a synchronous, host-free implementation. */
export interface FunctionDef {
  /** Metadata id, also the English name: PERF.<id>. */
  readonly id: string;
  /** Chinese name: PERF.<zhName> in zh-CN Excel. */
  readonly zhName: string;
  readonly description: Text;
  readonly result: Text;
  readonly params: readonly ParamDef[];
  /** Arguments in parameter order, shaped as Excel passes them (null or undefined for omitted). */
  readonly call: (args: readonly unknown[]) => unknown;
}

interface Definition<P extends readonly ParamDef[]> {
  readonly id: string;
  readonly zhName: string;
  readonly description: Text;
  readonly result: Text;
  readonly params: P;
  /** Shapes the arguments and calls the engine; no scoring here. */
  readonly run: (a: Args<P[number]['name']>) => unknown;
}

/** Declare a PERF function; `run` sees its arguments by name, each read per its ParamDef. */
export function defineFunction<const P extends readonly ParamDef[]>(def: Definition<P>): FunctionDef {
  const { run, ...meta } = def;
  return { ...meta, call: (args) => run(readArgs(def.id, def.params, args)) };
}

/** A parameter entry: English name, Chinese name, help in both languages. */
export const param = <N extends string>(
  name: N,
  zhName: string,
  zh: string,
  en: string,
  extra: Pick<ParamDef, 'optional' | 'range'> = {},
): ParamDef & { readonly name: N } => ({
  name,
  zhName,
  help: { zh, en },
  ...extra,
});
