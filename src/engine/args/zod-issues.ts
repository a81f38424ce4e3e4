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

/**
 * zod issues → our issues: those raised with refineIssue as they were built, a key the scheme does not know as
 * 'scheme.unknown-key' (see unknownKeys), the rest as 'scheme.invalid' naming the setting.
 */
export function zodIssues(error: z.ZodError, schema?: unknown): Issue[] {
  return error.issues.flatMap((i) => {
    const unknown = unknownKeys(i, schema);
    if (unknown) return unknown;
    const path = i.path.map(String).join('.');
    return [carried(i) ?? makeIssue('scheme.invalid', { path, detail: i.message }, { field: path })];
  });
}

/**
 * RULES.md engineer: a stored scheme with a key the scheme does not know is an error naming the key, never silently
 * ignored ("step": "whole" changed nothing; the setting is costStep). One issue per key, with the known key it most
 * likely meant when one contains the other ("step" → costStep). undefined for any other zod issue.
 */
export function unknownKeys(i: z.core.$ZodIssue, schema?: unknown): Issue[] | undefined {
  if (i.code !== 'unrecognized_keys') return undefined;
  const known = schema === undefined ? [] : keysAt(schema, i.path);
  return i.keys.map((key) => {
    const path = [...i.path, key].map(String).join('.');
    const near = known.find((k) => k.toLowerCase().includes(key.toLowerCase()) || key.toLowerCase().includes(k.toLowerCase()));
    return makeIssue('scheme.unknown-key', { key, path, near }, { field: path });
  });
}

/** The parts of a zod 4 schema's definition that lead to an object's keys. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly getter?: () => unknown;
}
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The keys the object schema at `path` knows, through optional, default, nullable, lazy and arrays; [] when unclear (unions). */
function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let s = schema;
  let i = 0;
  for (let step = 0; step < 64; step++) {
    const d = defOf(s);
    if (!d) return [];
    if (d.innerType !== undefined) s = d.innerType;
    else if (d.type === 'lazy' && d.getter) s = d.getter();
    else if (i === path.length) return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
    else if (d.type === 'object' && d.shape) s = d.shape[String(path[i++])];
    else if (d.type === 'array') {
      s = d.element;
      i++;
    } else return [];
  }
  return [];
}
