import { makeIssue, type Issue } from './core/issue';
import { fail, ok, type Result } from './core/result';
import { checkCountyScheme, countyPreset, countySchemeSchema, type CountyScheme } from './county';
import { checkEngineerScheme, engineerPreset, engineerSchemeSchema, type EngineerScheme } from './engineer';
import { checkFiscalScheme, fiscalPreset, fiscalSchemeSchema, type FiscalScheme } from './fiscal';
import { checkStaffScheme, staffPreset, staffSchemeSchema, type StaffScheme } from './staff';

/** Any scheme: settings as data, told apart by `kind`. A preset is a value, not a branch. */
export type Scheme = EngineerScheme | StaffScheme | CountyScheme | FiscalScheme;
export type SchemeKind = Scheme['kind'];

export const SCHEME_KINDS: readonly SchemeKind[] = ['county', 'engineer', 'staff', 'fiscal'];

/** The four presets, as RULES.md and FISCAL.md decide them. */
export const presets: { readonly [K in SchemeKind]: Extract<Scheme, { kind: K }> } = {
  engineer: engineerPreset,
  staff: staffPreset,
  county: countyPreset,
  fiscal: fiscalPreset,
};

const kinds = {
  engineer: { check: checkEngineerScheme, schema: engineerSchemeSchema },
  staff: { check: checkStaffScheme, schema: staffSchemeSchema },
  county: { check: checkCountyScheme, schema: countySchemeSchema },
  fiscal: { check: checkFiscalScheme, schema: fiscalSchemeSchema },
} as const;

export const isSchemeKind = (k: unknown): k is SchemeKind => typeof k === 'string' && (SCHEME_KINDS as readonly string[]).includes(k);

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
