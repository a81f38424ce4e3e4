/**
 * The PERF.* functions: one definition each (metadata in both languages + a synchronous, host-free
 * implementation over the engine). Excel (excel.ts), WPS and `perf eval` all call through here.
 * Importable from Node: no Office global is touched.
 */
import { PerfInputError } from '../engine/scoring';
import type { FunctionDef } from './define';
import { BONUS, COUNTY, DEDUCTION, INDICATOR } from './defs/county';
import { ENGINEER, MANAGER } from './defs/engineer';
import { EXECLIGHT, GRADE, SELFEVAL } from './defs/fiscal';
import { RANK, TIERS } from './defs/ranking';
import { LATEFEE, PENALTY, WAGEFLOAT } from './defs/staff';

export type { FunctionDef, ParamDef } from './define';
export { PerfInputError } from '../engine/scoring';

/** Every PERF function, in the order the function wizard lists them. */
export const functionDefinitions: readonly FunctionDef[] = [
  ENGINEER,
  MANAGER,
  WAGEFLOAT,
  LATEFEE,
  PENALTY,
  INDICATOR,
  BONUS,
  DEDUCTION,
  COUNTY,
  RANK,
  TIERS,
  GRADE,
  SELFEVAL,
  EXECLIGHT,
];

const byId = new Map(functionDefinitions.map((d) => [d.id, d]));

/** A function by its id ("ENGINEER", "PERF.ENGINEER", any case); undefined when there is none. */
export function findFunction(id: string): FunctionDef | undefined {
  return byId.get(id.trim().toUpperCase().replace(/^PERF\./, ''));
}

/** Thrown for a function id that does not exist (a programmer's or a `perf eval` user's typo). */
export class UnknownFunctionError extends Error {
  constructor(readonly id: string) {
    super(`没有函数 PERF.${id} / no function PERF.${id}; 可用 / available: ${[...byId.keys()].join(', ')}`);
    this.name = 'UnknownFunctionError';
  }
}

/**
 * Call a PERF function with Excel-shaped arguments (numbers, strings, booleans, 2-D arrays for ranges,
 * null or undefined for omitted). Bad arguments throw PerfInputError (its message is "中文 / English").
 */
export function callFunction(id: string, args: readonly unknown[]): unknown {
  const def = findFunction(id);
  if (def === undefined) throw new UnknownFunctionError(id);
  return def.call(args);
}

/** True for the errors a user can fix (bad arguments), as opposed to bugs. */
export const isInputError = (e: unknown): e is PerfInputError => e instanceof PerfInputError;
