import type { z } from 'zod';
import { makeIssue, type Issue } from '../core/issue';

/**
 * Raises one of our own issues inside a zod refinement: built (and typed by its code) where the rule is
 * checked, carried through zod in the issue's params, handed back unchanged by zodIssues.
 */
export function refineIssue(ctx: z.RefinementCtx, path: readonly (string | number)[], issue: Issue): void {
  ctx.addIssue({ code: 'custom', path: [...path], message: issue.message.en, params: { issue } });
}

/** The issue refineIssue carried, if this zod issue is one. */
function carried(i: z.core.$ZodIssue): Issue | undefined {
  const own: unknown = i.code === 'custom' ? i.params?.['issue'] : undefined;
  return typeof own === 'object' && own !== null && 'code' in own && 'message' in own ? (own as Issue) : undefined;
}

/** zod issues → our issues: those raised with refineIssue as they were built, the rest as 'scheme.invalid' naming the setting. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return carried(i) ?? makeIssue('scheme.invalid', { path, detail: i.message }, { field: path });
  });
}
