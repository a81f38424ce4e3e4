import type { CellValue } from '../core/cell';
import { readNumber } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import type { IssueCode } from '../messages';
import type { Text } from '../core/text';

/** The areas whose message tables carry the `*.arg-*` texts (see messages/engineer.ts argMessages). */
export type ArgArea = 'engineer' | 'staff';

/** How to read one function argument: its label, whole-count or any number, what a blank means, a range. */
export interface ArgSpec {
  readonly label: Text;
  readonly count?: boolean;
  /** 'zero' only where RULES.md says a blank is 0 (counts); otherwise a blank is an error. */
  readonly blank?: 'error' | 'zero';
  readonly min?: number;
  readonly max?: number;
}

/**
 * Read a function argument as a number; on a bad value push an issue naming the field in both
 * languages and return undefined (never 0). Plain numbers take the short path.
 */
export function readArg(v: CellValue | undefined, spec: ArgSpec, area: ArgArea, issues: Issue[]): number | undefined {
  let n: number;
  if (typeof v === 'number' && Number.isFinite(v)) n = v;
  else {
    const r = readNumber(v);
    if (r.ok) n = r.value;
    else if (r.kind === 'blank') {
      if (spec.blank === 'zero') return 0;
      issues.push(argIssue(area, 'arg-blank', spec, {}));
      return undefined;
    } else {
      issues.push(argIssue(area, r.kind === 'excel-error' ? 'arg-excel-error' : 'arg-not-number', spec, { value: r.text }));
      return undefined;
    }
  }
  if (spec.count === true && (!Number.isInteger(n) || n < 0)) {
    issues.push(argIssue(area, 'arg-not-whole', spec, { value: n }));
    return undefined;
  }
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    issues.push(argIssue(area, 'arg-out-of-range', spec, { value: n, range: `${spec.min ?? '-∞'}–${spec.max ?? '∞'}` }));
    return undefined;
  }
  return n;
}

function argIssue(area: ArgArea, kind: string, spec: ArgSpec, params: Record<string, string | number>): Issue {
  return makeIssue(`${area}.${kind}` as IssueCode, { ...params, fieldEn: spec.label.en }, { field: spec.label.zh });
}
