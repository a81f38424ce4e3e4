/**
 * How a PERF function's failure shows in a cell, the same in Excel and WPS: #VALUE! with the "中文 / English" message
 * naming the argument, or #N/A for a score absent from the scores (as RANK.EQ gives). A bug is named as one.
 */
import { isInputError } from './registry';

export interface FunctionFailure {
  readonly code: '#VALUE!' | '#N/A';
  readonly message: string;
}

// Issues shown as #N/A, not #VALUE!: a score absent from the scores, as RANK.EQ does.
const NOT_AVAILABLE: ReadonlySet<string> = new Set(['ranking.score-absent']);

export function failureOf(e: unknown): FunctionFailure {
  if (!isInputError(e)) return { code: '#VALUE!', message: `PERF 内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}` };
  const na = e.issues.length > 0 && e.issues.every((i) => NOT_AVAILABLE.has(i.code));
  return { code: na ? '#N/A' : '#VALUE!', message: e.message };
}
