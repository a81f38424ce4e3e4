import type { z } from 'zod';
import { makeIssue, type Issue } from '../core/issue';
import type { IssueCode } from '../messages';

/**
 * zod issues → our issues: a custom one carrying `params.issue` keeps its own code, a key the scheme does not know is
 * 'scheme.unknown-key' (see unknownKeys), the rest are 'scheme.invalid'.
 */
export function zodIssues(error: z.ZodError, schema?: unknown): Issue[] {
  return error.issues.flatMap((i) => {
    const unknown = unknownKeys(i, schema);
    if (unknown) return unknown;
    const params = (i as { params?: Record<string, string | number> }).params;
    if (params?.issue !== undefined) return [makeIssue(params.issue as IssueCode, params, { field: i.path.join('.') })];
    return [makeIssue('scheme.invalid', { path: i.path.join('.'), detail: i.message }, { field: i.path.join('.') })];
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
