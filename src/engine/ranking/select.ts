/**
 * Places for the top of a ranked list (a quota of 先进, a range of places): the top eligible positions are
 * admitted, an ineligible one's place falls to the next eligible, and a tie across the last place is either
 * admitted whole (with a note) or broken by further keys. Generic: the county's tiers are one caller.
 */
import { roundHalfUp } from '../core/round';

/** Why a position is or is not admitted, beyond eligibility; drives the explanation line. */
export const Mark = {
  none: 0,
  /** Among the top eligible, within the places. */
  within: 1,
  /** Tied with the last admitted unit at the boundary, admitted beyond the places (Decision 4). */
  tiedIn: 2,
  /** Tied at the boundary, admitted by the tie-breakers. */
  brokeIn: 3,
  /** Tied at the boundary, left out by the tie-breakers. */
  brokeOut: 4,
  /** Eligible but below the last place. */
  outside: 5,
} as const;

export interface TieNote {
  readonly code: 'ranking.tie-at-boundary' | 'ranking.tie-unbroken' | 'ranking.tie-breaker-missing';
  /** Positions (in the input) of the units named. */
  readonly units: readonly number[];
  readonly score: number;
  readonly keys: readonly string[];
}

export interface SelectInput {
  /** A tie-breaker's value at a position; undefined when the position has none. */
  readonly tieValue: (position: number, key: string) => number | undefined;
  /** The group's positions, highest rounded score first. */
  readonly order: Int32Array;
  readonly rounded: Float64Array;
  readonly eligible: Uint8Array;
  /** Places: a quota, or a range's max. */
  readonly limit: number;
  readonly tieBreakers: readonly string[];
  readonly precision: number;
  /** Written: a Mark per input position. */
  readonly mark: Uint8Array;
}

/** Admit the top eligible positions up to `limit` (篇4 六(二)1); an ineligible one's place falls to the next eligible. */
export function selectTop(a: SelectInput): { admitted: number; eligible: number; notes: TieNote[] } {
  const { order, rounded, eligible, limit, mark } = a;
  let count = 0;
  for (let k = 0; k < order.length; k++) count += eligible[order[k]!]!;
  const list = new Int32Array(count);
  for (let k = 0, j = 0; k < order.length; k++) if (eligible[order[k]!] === 1) list[j++] = order[k]!;
  const notes: TieNote[] = [];
  if (list.length <= limit || limit <= 0) {
    const n = Math.max(0, Math.min(limit, list.length));
    for (let k = 0; k < list.length; k++) mark[list[k]!] = k < n ? Mark.within : Mark.outside;
    return { admitted: n, eligible: list.length, notes };
  }
  const boundary = rounded[list[limit - 1]!]!;
  let start = limit - 1;
  while (start > 0 && rounded[list[start - 1]!] === boundary) start--;
  let end = limit;
  while (end < list.length && rounded[list[end]!] === boundary) end++;
  for (let k = 0; k < start; k++) mark[list[k]!] = Mark.within;
  for (let k = end; k < list.length; k++) mark[list[k]!] = Mark.outside;
  const block = Array.from(list.subarray(start, end));
  const slots = limit - start;
  if (end === limit) {
    // No tie across the boundary: the block fits the places exactly.
    for (const i of block) mark[i] = Mark.within;
    return { admitted: limit, eligible: list.length, notes };
  }
  const admittedBlock = breakTie(a, block, slots, boundary, notes);
  return { admitted: start + admittedBlock, eligible: list.length, notes };
}

/** Decision 4: admit all tied units (and warn), or apply the scheme's tie-breakers first. */
function breakTie(a: SelectInput, block: number[], slots: number, score: number, notes: TieNote[]): number {
  const { mark, tieValue, precision } = a;
  const keys: string[] = [];
  for (const key of a.tieBreakers) {
    const missing = block.filter((i) => tieValue(i, key) === undefined);
    if (missing.length > 0) notes.push({ code: 'ranking.tie-breaker-missing', units: missing, score, keys: [key] });
    else keys.push(key);
  }
  if (keys.length === 0) {
    for (const i of block) mark[i] = Mark.tiedIn;
    notes.push({ code: 'ranking.tie-at-boundary', units: block, score, keys });
    return block.length;
  }
  const value = (i: number, key: string): number => roundHalfUp(tieValue(i, key)!, precision);
  const cmp = (x: number, y: number): number => {
    for (const key of keys) {
      const d = value(y, key) - value(x, key);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = block.slice().sort((x, y) => cmp(x, y) || x - y);
  const last = sorted[slots - 1]!;
  let admitted = slots;
  while (admitted < sorted.length && cmp(sorted[admitted]!, last) === 0) admitted++;
  let first = slots - 1;
  while (first > 0 && cmp(sorted[first - 1]!, last) === 0) first--;
  for (let k = 0; k < sorted.length; k++) mark[sorted[k]!] = k < admitted ? Mark.brokeIn : Mark.brokeOut;
  if (admitted > slots) {
    const tied = sorted.slice(first, admitted).sort((x, y) => x - y);
    // Still tied on every key: these are admitted as a tie, whichever side of the places they fell.
    for (const i of tied) mark[i] = Mark.tiedIn;
    notes.push({ code: 'ranking.tie-unbroken', units: tied, score, keys });
  }
  return admitted;
}
