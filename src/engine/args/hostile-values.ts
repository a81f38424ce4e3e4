import type { CellValue } from '../core/cell';
import type { Issue } from '../core/issue';
import type { Text } from '../core/text';

/**
 * Values a clerk (or a broken formula) puts in a number cell, with the `arg.*` code each must give:
 * the hostile-input tests of `engineer` and `staff` run every argument through them.
 */
export const HOSTILE_NUMBERS: readonly (readonly [what: string, value: CellValue, kind: string])[] = [
  ['text', '两次', 'arg.not-number'],
  ['#N/A', '#N/A', 'arg.excel-error'],
  ['#VALUE! with spaces', ' #value! ', 'arg.excel-error'],
  ['TRUE', true, 'arg.not-number'],
  ['FALSE', false, 'arg.not-number'],
  ['a Date', new Date(Date.UTC(2026, 2, 1)), 'arg.not-number'],
  ['an invalid Date', new Date(Number.NaN), 'arg.excel-error'],
  ['NaN', Number.NaN, 'arg.not-number'],
  ['Infinity', Number.POSITIVE_INFINITY, 'arg.not-number'],
  ['"85%"', '85%', 'arg.percent'],
  ['full-width "８５％"', '８５％', 'arg.percent'],
];

/**
 * Issues as [code, field, severity, names the field in Chinese, in English]: a test compares this with
 * one expected row to check an issue names its field in both languages.
 */
export function namingSummary(issues: readonly Issue[], label: Text): [string, string | undefined, string, boolean, boolean][] {
  return issues.map((i) => [i.code, i.field, i.severity, i.message.zh.includes(label.zh), i.message.en.includes(label.en)]);
}
