/**
 * The scheme in use travels with the workbook: its JSON is stored as the document setting SCHEME_KEY
 * (the port keeps settings in the very-hidden sheet "_perf", so Excel, WPS and files all read the same),
 * and is validated by the engine's validateScheme every time it is read.
 */
import { fail, ok, presets, stableJson, validateScheme, type Result, type Scheme, type SchemeKind } from '../engine';
import type { Workbook } from '../host/port';
import { commandIssue } from './messages';

export const SCHEME_KEY = 'perf.scheme';

/** A scheme given by a command's caller: a kind (its preset) or a whole scheme (validated). */
export type SchemeChoice = SchemeKind | Scheme;

/** The scheme a command runs with: the caller's choice, else the workbook's stored scheme, else the `fallback` preset. */
export async function resolveScheme(wb: Workbook, choice: SchemeChoice | undefined, fallback: SchemeKind): Promise<Result<Scheme>> {
  if (typeof choice === 'string') return ok(presets[choice]);
  if (choice !== undefined) return validateScheme(choice);
  return loadScheme(wb, fallback);
}

/** Reads the workbook's stored scheme; the `fallback` preset when none is stored. Never trusts it unvalidated. */
export async function loadScheme(wb: Workbook, fallback: SchemeKind): Promise<Result<Scheme>> {
  const raw = await wb.getSetting(SCHEME_KEY);
  if (raw === undefined || raw.trim() === '') return ok(presets[fallback]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail([commandIssue('command.scheme-json', { key: SCHEME_KEY })]);
  }
  return validateScheme(parsed);
}

/** Validates and stores a scheme in the workbook (stable JSON, so equal schemes store equal text). */
export async function saveScheme(wb: Workbook, scheme: unknown): Promise<Result<Scheme>> {
  const v = validateScheme(scheme);
  if (v.ok) await wb.setSetting(SCHEME_KEY, stableJson(v.value));
  return v;
}

/** A scheme of kind K. */
export type SchemeOf<K extends SchemeKind> = Extract<Scheme, { kind: K }>;

const isOfKind = <K extends SchemeKind>(s: Scheme | undefined, kind: K): s is SchemeOf<K> => s?.kind === kind;

/** The scheme of `kind` to use: `candidate` when it is of that kind (the workbook's own), else the kind's preset. */
export function schemeOfKind<K extends SchemeKind>(kind: K, candidate: Scheme | undefined): SchemeOf<K> {
  return isOfKind(candidate, kind) ? candidate : presets[kind];
}
