import { findHeader, type CellValue, type Origin, type TableSpec } from '../engine';
import type { Block } from '../host/port';

/** How well a block's header (one to three rows, found by the engine's table reader) names a spec's fields. */
export interface HeaderMatch {
  /** 0-based row within the values of the header's last row; -1 when no row names a field. */
  readonly row: number;
  readonly found: number;
  readonly required: number;
  readonly requiredFound: number;
  /** Whether the spec's identifying column (its key, else its first field) is named. */
  readonly id: boolean;
}

const AT_A1: Origin = { row: 1, col: 1 };

/** Where a block sits, with the layout the host read with it (merged areas, formulas without a value), for the engine. */
export function originOf(b: Block): Origin {
  const layout = b.merges || b.uncomputed || b.percentFormats ? { merges: b.merges, uncomputed: b.uncomputed, percentFormats: b.percentFormats } : undefined;
  return { sheet: b.sheet, row: b.origin.row, col: b.origin.col, ...(layout ? { layout } : {}) };
}

/** The best header for a spec among the first rows: most required fields named, then most fields (the engine's rule). */
export function headerMatch(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = AT_A1): HeaderMatch {
  const band = findHeader(values, spec, origin);
  const id = spec.key ?? spec.fields[0]?.key ?? '';
  return { row: band.bottom, found: band.found, required: band.required, requiredFound: band.requiredFound, id: band.columns[id] !== undefined };
}

/** A table "matches" a spec when its header names every required field (and at least two fields). */
export const matchesSpec = (m: HeaderMatch): boolean => m.row >= 0 && m.requiredFound === m.required && m.found >= 2;

/**
 * A header that clearly means `spec` but lacks required columns: it names the identifying column (the spec's key,
 * else its first field) and at least two other fields. Reading it with the spec yields table.missing-column issues.
 */
export function nearlyMatchesSpec(values: readonly (readonly CellValue[])[], spec: TableSpec, origin: Origin = AT_A1): boolean {
  const m = headerMatch(values, spec, origin);
  return m.row >= 0 && m.found >= 3 && m.id;
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
  origin: Origin = AT_A1,
): { kind: K; match: HeaderMatch } | undefined {
  let best: { kind: K; match: HeaderMatch; share: number } | undefined;
  // Each column names one field at most, so no header names more fields than the block is wide: a candidate that
  // could not beat the best so far even naming that many is not searched (header search is the cost of detection).
  // (A merged area may reach past the values' rows, so a block with merges is not bounded.)
  const width = origin.layout?.merges?.length ? Infinity : values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const c of candidates) {
    const most = Math.min(width, c.spec.fields.length);
    if (best && (most < best.match.found || (most === best.match.found && most / c.spec.fields.length <= best.share))) continue;
    const m = headerMatch(values, c.spec, origin);
    if (!matchesSpec(m)) continue;
    const share = m.found / c.spec.fields.length;
    const better = !best || m.found > best.match.found || (m.found === best.match.found && share > best.share);
    if (better) best = { kind: c.kind, match: m, share };
  }
  return best && { kind: best.kind, match: best.match };
}
