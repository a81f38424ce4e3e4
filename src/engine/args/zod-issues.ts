import type { z } from 'zod';
import { makeIssue, type Issue } from '../core/issue';
import type { IssueCode } from '../messages';

/** zod issues → our issues: a custom one carrying `params.issue` keeps its own code, the rest are 'scheme.invalid'. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: Record<string, string | number> }).params;
    if (params?.issue !== undefined) return makeIssue(params.issue as IssueCode, params, { field: i.path.join('.') });
    return makeIssue('scheme.invalid', { path: i.path.join('.'), detail: i.message }, { field: i.path.join('.') });
  });
}
