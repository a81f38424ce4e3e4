import type { CellValue } from '../core/cell';
import { isBlank, readNumber, readText } from '../core/coerce';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import type { ParamValue } from '../messages';
import { normalizeHeader, type ParsedValue } from '../core/table';
import type { Text } from '../core/text';

/** The schemes whose sheet checks carry their own codes (`engineer.cell-percent`, `staff.duplicate-row`, …). */
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

/** Text typed with a trailing percent sign ("85%", "８５％"): a fraction where a plain number is meant. */
export const isPercentText = (v: CellValue | undefined): v is string => typeof v === 'string' && /[%％]\s*$/.test(v);

/** An argument as messages name it: its label in both languages and, within a range argument, the value's position. */
export interface ArgRef extends Text {
  readonly index?: number | undefined;
}

/** What is wrong with one argument value: one kind, one message (`arg.<kind>`), on every path. */
export type ArgProblem =
  | { readonly kind: 'blank' | 'unsupported' }
  | { readonly kind: 'not-number' | 'excel-error' | 'percent' | 'not-whole' | 'too-large'; readonly value: ParamValue }
  | { readonly kind: 'out-of-range'; readonly value: ParamValue; readonly range: string }
  | { readonly kind: 'not-single'; readonly count: number };

/**
 * The one issue about an argument, whichever door it came through (a PERF.* argument, an engine entry point, a
 * value of a range argument): the argument named in Chinese and English. `at` defaults to the Chinese name.
 */
export function argIssue(arg: ArgRef, problem: ArgProblem, at: IssueLocation = { field: arg.zh }): Issue {
  const n = { field: arg.zh, fieldEn: arg.en, index: arg.index };
  switch (problem.kind) {
    case 'blank':
      return makeIssue('arg.blank', n, at);
    case 'unsupported':
      return makeIssue('arg.unsupported', n, at);
    case 'not-number':
      return makeIssue('arg.not-number', { ...n, value: problem.value }, at);
    case 'excel-error':
      return makeIssue('arg.excel-error', { ...n, value: problem.value }, at);
    case 'percent':
      return makeIssue('arg.percent', { ...n, value: problem.value }, at);
    case 'not-whole':
      return makeIssue('arg.not-whole', { ...n, value: problem.value }, at);
    case 'too-large':
      return makeIssue('arg.too-large', { ...n, value: problem.value }, at);
    case 'out-of-range':
      return makeIssue('arg.out-of-range', { ...n, value: problem.value, range: problem.range }, at);
    case 'not-single':
      return makeIssue('arg.not-single', { ...n, count: problem.count }, at);
  }
}

/** Why a cell is not a number, as an argument problem (blank, an Excel error, or text). */
export function notANumber(r: { readonly kind: 'blank' | 'excel-error' | 'text'; readonly text: string }): ArgProblem {
  return r.kind === 'blank' ? { kind: 'blank' } : { kind: r.kind === 'excel-error' ? 'excel-error' : 'not-number', value: r.text };
}

/**
 * Read a function argument as a number; on a bad value push an issue naming the field in both
 * languages and return undefined (never 0). Plain numbers take the short path. "85%" is refused:
 * no argument read here is a fraction, so 0.85 would be silently wrong (weights have their own reader).
 */
export function readArg(v: CellValue | undefined, spec: ArgSpec, issues: Issue[]): number | undefined {
  let n: number;
  if (typeof v === 'number' && Number.isFinite(v)) n = v;
  else {
    const r = readNumber(v);
    if (r.ok) {
      if (isPercentText(v)) {
        issues.push(argIssue(spec.label, { kind: 'percent', value: v }));
        return undefined;
      }
      n = r.value;
    } else if (r.kind === 'blank' && spec.blank === 'zero') return 0;
    else {
      issues.push(argIssue(spec.label, notANumber(r)));
      return undefined;
    }
  }
  if (spec.count === true && (!Number.isInteger(n) || n < 0)) {
    issues.push(argIssue(spec.label, { kind: 'not-whole', value: n }));
    return undefined;
  }
  if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
    issues.push(argIssue(spec.label, { kind: 'out-of-range', value: n, range: `${spec.min ?? '-∞'}–${spec.max ?? '∞'}` }));
    return undefined;
  }
  return n;
}

/** An optional argument: null when blank, else as readArg (undefined with an issue when unusable). */
export function readArgOrNull(v: CellValue | undefined, spec: ArgSpec, issues: Issue[]): number | null | undefined {
  return isBlank(v) ? null : readArg(v, spec, issues);
}

/** A value as trimmed text, null when blank. */
export const textOf = (v: CellValue | undefined): string | null => readText(v);

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
