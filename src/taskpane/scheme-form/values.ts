/** Reading and writing a scheme by dotted path, and a field's text as typed ↔ its value. Pure, for the editor and its tests. */
import type { Issue } from '../../engine';
import type { FieldDef, FieldKind, GroupDef } from './defs';

type Obj = Record<string, unknown>;

export function getPath(o: unknown, path: string): unknown {
  if (path === '') return o;
  return path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Obj)[k] : undefined), o);
}

/** A copy of `o` with `value` at `path` (undefined removes the key); arrays stay arrays. */
export function setPath<T>(o: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const src = (o ?? {}) as Obj;
  const copy = (Array.isArray(src) ? [...src] : { ...src }) as Obj;
  const next = rest.length === 0 ? value : setPath(src[head!], rest.join('.'), value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head!];
  else copy[head!] = next;
  return copy as T;
}

/** Shown in the input: percents ×100, numbers without float noise, blanks empty. */
export function fieldText(kind: FieldKind, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (kind.type === 'number' && typeof v === 'number') return String(Number((kind.percent ? v * 100 : v).toPrecision(12)));
  return String(v);
}

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** A typed number field's text as the value to store, or not a number (the field says so; the scheme keeps its last value). */
export function parseField(kind: FieldKind, raw: string): Parsed {
  if (kind.type !== 'number') return { ok: true, value: raw };
  const s = raw.trim().replace(/%$/, '').trim();
  if (s === '') return kind.blank === 'null' ? { ok: true, value: null } : kind.blank === 'absent' ? { ok: true, value: undefined } : { ok: false };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return { ok: false };
  const n = Number(s);
  return { ok: true, value: kind.percent ? Number((n / 100).toPrecision(12)) : n };
}

/** Where each issue shows: on the field of its exact path, else the group whose key is its longest prefix, else the form. */
export function placeIssues(groups: readonly GroupDef[], issues: readonly Issue[]): { fields: Map<string, Issue[]>; groups: Map<string, Issue[]>; form: Issue[] } {
  const fieldPaths = new Set(groups.flatMap((g) => g.fields.map((f: FieldDef) => f.path)));
  const out = { fields: new Map<string, Issue[]>(), groups: new Map<string, Issue[]>(), form: [] as Issue[] };
  const push = (m: Map<string, Issue[]>, k: string, i: Issue) => m.set(k, [...(m.get(k) ?? []), i]);
  for (const i of issues) {
    const f = i.field ?? '';
    if (fieldPaths.has(f)) {
      push(out.fields, f, i);
      continue;
    }
    const owner = groups
      .filter((g) => g.key !== '' && (f === g.key || f.startsWith(`${g.key}.`)))
      .sort((a, b) => b.key.length - a.key.length)[0];
    if (owner) push(out.groups, owner.key, i);
    else out.form.push(i);
  }
  return out;
}
