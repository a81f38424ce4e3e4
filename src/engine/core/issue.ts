import { messages, type IssueCode } from '../messages';
import type { Catalogue, MessageDef, ParamsIn, ParamsOf, ParamValue, RequiredLocation } from '../messages/types';
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

/** Where one field's issue points: always its name, its cell when read from a sheet. */
export type FieldLocation = IssueLocation & { readonly field: string };

/** A location carrying the cell and field an entry's text requires. */
export type LocationFor<P> = IssueLocation & { readonly [K in RequiredLocation<P>]: string };

/**
 * The arguments after the code: the entry's parameters, where the issue points, and a severity other than the
 * entry's. The cell and field a text needs come from the parameters or, when left out there, from the location.
 */
export type IssueArgs<P> =
  | ({} extends P ? [params?: P, at?: IssueLocation, severity?: Severity] : [params: P, at?: IssueLocation, severity?: Severity])
  | [params: ParamsIn<P>, at: LocationFor<P>, severity?: Severity];

/** Builds issues from one catalogue, typed per code: each layer that owns a section makes its maker with this. */
export function issueMaker<T extends Catalogue>(catalogue: T): <C extends keyof T & string>(code: C, ...args: IssueArgs<ParamsOf<T[C]>>) => Issue {
  return (code, ...[params, at, severity]) => buildIssue(code, catalogue[code]!, params, at, severity);
}

/**
 * The issue itself: `cell` and `field` of the location are also passed to the text (a parameter of the same
 * name wins); the parameters the texts were rendered from are kept on the issue.
 */
function buildIssue(code: string, def: MessageDef<never>, params: object | undefined, at: IssueLocation = {}, severity?: Severity): Issue {
  const p: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries({ cell: at.cell, field: at.field, ...params })) if (v !== undefined) p[k] = v;
  // The one unchecked step: issueMaker's signature has already matched these parameters to the entry's code.
  const typed = p as never;
  const out: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity: severity ?? def.severity,
    message: { zh: def.zh(typed), en: def.en(typed) },
    params: p,
  };
  if (at.field !== undefined) out.field = at.field;
  if (at.row !== undefined) out.row = at.row;
  if (at.cell !== undefined) out.cell = at.cell;
  if (at.sheet !== undefined) out.sheet = at.sheet;
  if (at.group !== undefined) out.group = at.group;
  if (at.units !== undefined) out.units = at.units;
  return out;
}

/** An issue from the engine's catalogue (src/engine/messages). */
export const makeIssue = issueMaker(messages);

export type { IssueCode };

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** Thrown only where an API must fail (a custom function's argument); carries the issues. */
export class PerfInputError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => `${i.message.zh} / ${i.message.en}`).join('; '));
    this.name = 'PerfInputError';
  }
}
