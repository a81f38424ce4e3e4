import { messages, type IssueCode, type Params } from '../messages';
import type { Issue, Severity } from './issue-types';

export type { Issue, Severity } from './issue-types';

/** Where an issue points: field name, sheet row, A1 cell, sheet; and for warnings the group and units. */
export interface IssueLocation {
  readonly field?: string | undefined;
  readonly row?: number | undefined;
  readonly cell?: string | undefined;
  readonly sheet?: string | undefined;
  readonly group?: string | undefined;
  readonly units?: readonly string[] | undefined;
}

/** Build an issue from the message table. `cell` and `field` are also passed to the text. */
export function makeIssue(code: IssueCode, params: Params = {}, at: IssueLocation = {}, severity?: Severity): Issue {
  const def = messages[code];
  const p: Params = { cell: at.cell, field: at.field, ...params };
  const out: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity: severity ?? def.severity,
    message: { zh: def.zh(p), en: def.en(p) },
  };
  if (at.field !== undefined) out.field = at.field;
  if (at.row !== undefined) out.row = at.row;
  if (at.cell !== undefined) out.cell = at.cell;
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.group !== undefined) out.group = at.group;
  if (at.units !== undefined) out.units = at.units;
  return out;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** Thrown only where an API must fail (a custom function's argument); carries the issues. */
export class PerfInputError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => `${i.message.zh} / ${i.message.en}`).join('; '));
    this.name = 'PerfInputError';
  }
}
