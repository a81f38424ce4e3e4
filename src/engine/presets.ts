/**
 * The scheme kinds and their presets as plain values, apart from the zod schemas that validate a scheme (scheme.ts):
 * code that only scores or names a kind — the PERF.* functions, `perf eval`, the CLI's argument parsing — never
 * loads zod.
 */
import { countyPreset } from './county/preset';
import type { CountyScheme } from './county/scheme';
import { engineerPreset } from './engineer/preset';
import type { EngineerScheme } from './engineer/scheme';
import { fiscalPreset } from './fiscal/preset';
import type { FiscalScheme } from './fiscal/scheme';
import { staffPreset } from './staff/preset';
import type { StaffScheme } from './staff/scheme';

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

export const isSchemeKind = (k: unknown): k is SchemeKind => typeof k === 'string' && (SCHEME_KINDS as readonly string[]).includes(k);
