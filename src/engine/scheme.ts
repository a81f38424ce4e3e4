import { makeIssue, type Issue } from './core/issue';
import { fail, ok, type Result } from './core/result';
import { checkCountyScheme, countySchemeSchema } from './county';
import { checkEngineerScheme, engineerSchemeSchema } from './engineer';
import { checkFiscalScheme, fiscalSchemeSchema } from './fiscal';
import { isSchemeKind, SCHEME_KINDS, type Scheme } from './presets';
import { checkStaffScheme, staffSchemeSchema } from './staff';

export { isSchemeKind, presets, SCHEME_KINDS, type Scheme, type SchemeKind } from './presets';

const kinds = {
  engineer: { check: checkEngineerScheme, schema: engineerSchemeSchema },
  staff: { check: checkStaffScheme, schema: staffSchemeSchema },
  county: { check: checkCountyScheme, schema: countySchemeSchema },
  fiscal: { check: checkFiscalScheme, schema: fiscalSchemeSchema },
} as const;

/**
 * Validate scheme settings from anywhere (a workbook's stored JSON, a file, the task pane):
 * the shape, then the rules a shape cannot say (weights sum to 100%, leaves add up to the share,
 * band tables ordered and complete, quota rounding). Every problem is an issue that explains itself.
 */
export function validateScheme(input: unknown): Result<Scheme> {
  const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (!isSchemeKind(kind)) {
    return fail([makeIssue('scheme.invalid', { path: 'kind', detail: `应为 ${SCHEME_KINDS.join(' / ')} 之一 / expected one of ${SCHEME_KINDS.join(', ')}, found ${JSON.stringify(kind)}` }, { field: 'kind' })]);
  }
  const k = kinds[kind];
  const issues: Issue[] = k.check(input);
  if (issues.some((i) => i.severity === 'error')) return fail(issues);
  return ok(k.schema.parse(input) as Scheme, issues);
}
