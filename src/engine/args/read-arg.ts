import type { CellValue } from '../core/cell';
import { cleanText, readNumber, readText, type NumberRead } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import type { IssueCode } from '../messages';
import { normalizeHeader, type ParsedValue } from '../core/table';
import type { Text } from '../core/text';

/** The areas whose message tables carry the `*.arg-*` texts (see messages/args.ts). */
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

/** Blank as a clerk sees it: nothing, or only spaces. Safe on any value (an invalid Date included). */
export const isBlankValue = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');

/** Text typed with a trailing percent sign ("85%", "８５％"): a fraction where a plain number is meant. */
export const isPercentText = (v: CellValue | undefined): v is string => typeof v === 'string' && /[%％]\s*$/.test(v);

/** core's readNumber, except that an invalid Date is text rather than a throw (its toISOString throws). */
export function readNumberSafe(v: CellValue | undefined): NumberRead {
  return v instanceof Date && Number.isNaN(v.getTime()) ? { ok: false, kind: 'text', text: 'Invalid Date' } : readNumber(v);
}

/** An issue `${area}.${kind}` naming the field in both languages. */
export function argIssue(area: ArgArea, kind: string, label: Text, params: Record<string, string | number>): Issue {
  return makeIssue(`${area}.${kind}` as IssueCode, { ...params, fieldEn: label.en }, { field: label.zh });
}

/**
 * Read a function argument as a number; on a bad value push an issue naming the field in both
 * languages and return undefined (never 0). Plain numbers take the short path. "85%" is refused:
 * no argument read here is a fraction, so 0.85 would be silently wrong (weights have their own reader).
 */
export function readArg(v: CellValue | undefined, spec: ArgSpec, area: ArgArea, issues: Issue[]): number | undefined {
  let n: number;
  if (typeof v === 'number' && Number.isFinite(v)) n = v;
  else {
    const r = readNumberSafe(v);
    if (r.ok) {
      if (isPercentText(v)) {
        issues.push(argIssue(area, 'arg-percent', spec.label, { value: v }));
        return undefined;
      }
      n = r.value;
    } else if (r.kind === 'blank') {
      if (spec.blank === 'zero') return 0;
      issues.push(argIssue(area, 'arg-blank', spec.label, {}));
      return undefined;
    } else {
      issues.push(argIssue(area, r.kind === 'excel-error' ? 'arg-excel-error' : 'arg-not-number', spec.label, { value: r.text }));
      return undefined;
    }
  }
  if (spec.count === true && (!Number.isInteger(n) || n < 0)) {
    issues.push(argIssue(area, 'arg-not-whole', spec.label, { value: n }));
    return undefined;
  }
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    issues.push(argIssue(area, 'arg-out-of-range', spec.label, { value: n, range: `${spec.min ?? '-∞'}–${spec.max ?? '∞'}` }));
    return undefined;
  }
  return n;
}

/** An optional argument: null when blank, else as readArg (undefined with an issue when unusable). */
export function readArgOrNull(v: CellValue | undefined, spec: ArgSpec, area: ArgArea, issues: Issue[]): number | null | undefined {
  return isBlankValue(v) ? null : readArg(v, spec, area, issues);
}

/** A value as trimmed text, null when blank; an invalid Date reads as "Invalid Date" instead of throwing. */
export function textOf(v: CellValue | undefined): string | null {
  if (v instanceof Date && Number.isNaN(v.getTime())) return 'Invalid Date';
  return isBlankValue(v) ? null : readText(v ?? null);
}

/**
 * A reader for a choice given by any of its spellings (后勤/back-office, 是/yes/√), matched the way
 * readTable matches choice cells (case, spaces and full width ignored); undefined when none matches.
 */
export function choiceReader<C extends string>(choices: Readonly<Record<string, C>>): (v: CellValue | undefined) => C | undefined {
  const index = new Map(Object.entries(choices).map(([k, c]) => [normalizeHeader(k), c]));
  return (v) => {
    const t = textOf(v);
    return t === null ? undefined : index.get(normalizeHeader(t));
  };
}

/** A parsed sheet value as a number, or null when blank (readTable already named any bad cell). */
export const numberOrNull = (v: ParsedValue | undefined): number | null => (typeof v === 'number' ? v : null);
