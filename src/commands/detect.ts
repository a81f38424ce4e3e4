import type { CellValue } from '../engine/core/cell';
import { matchHeader, type TableSpec } from '../engine/core/table';

/** How well one row of headers names a spec's fields. */
export interface HeaderMatch {
  /** 0-based row within the values scanned. */
  readonly row: number;
  readonly found: number;
  readonly required: number;
  readonly requiredFound: number;
}

const HEADER_SCAN_ROWS = 30;

/** The best header row for a spec among the first rows: most required fields named, then most fields. */
export function headerMatch(values: readonly (readonly CellValue[])[], spec: TableSpec): HeaderMatch {
  const required = spec.fields.filter((f) => f.required).length;
  let best: HeaderMatch = { row: -1, found: 0, required, requiredFound: 0 };
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const keys = new Set<string>();
    for (const c of values[r] ?? []) {
      const f = matchHeader(c, spec.fields);
      if (f) keys.add(f.key);
    }
    const requiredFound = spec.fields.filter((f) => f.required && keys.has(f.key)).length;
    if (requiredFound > best.requiredFound || (requiredFound === best.requiredFound && keys.size > best.found)) {
      best = { row: r, found: keys.size, required, requiredFound };
    }
  }
  return best;
}

/** A table "matches" a spec when its header names every required field (and at least two fields). */
export const matchesSpec = (m: HeaderMatch): boolean => m.row >= 0 && m.requiredFound === m.required && m.found >= 2;

/**
 * A header that clearly means `spec` but lacks required columns: it names the identifying column (the spec's key,
 * else its first field) and at least two other fields. Reading it with the spec yields table.missing-column issues.
 */
export function nearlyMatchesSpec(values: readonly (readonly CellValue[])[], spec: TableSpec): boolean {
  const m = headerMatch(values, spec);
  if (m.row < 0 || m.found < 3) return false;
  const id = spec.key ?? spec.fields[0]?.key;
  return (values[m.row] ?? []).some((c) => matchHeader(c, spec.fields)?.key === id);
}

export interface Candidate<K extends string> {
  readonly kind: K;
  readonly spec: TableSpec;
}

/**
 * Which of several table kinds a block of values is, from its headers: the kind whose required
 * fields are all named, the most specific (largest share of its fields named) winning a tie.
 */
export function detectKind<K extends string>(
  values: readonly (readonly CellValue[])[],
  candidates: readonly Candidate<K>[],
): { kind: K; match: HeaderMatch } | undefined {
  let best: { kind: K; match: HeaderMatch; share: number } | undefined;
  for (const c of candidates) {
    const m = headerMatch(values, c.spec);
    if (!matchesSpec(m)) continue;
    const share = m.found / c.spec.fields.length;
    const better = !best || m.found > best.match.found || (m.found === best.match.found && share > best.share);
    if (better) best = { kind: c.kind, match: m, share };
  }
  return best && { kind: best.kind, match: best.match };
}
