import { roundHalfUp } from '../core/round';
import type { RankMode } from './mode';

// A counting sort pays while the score steps spanned stay within a few per unit (0–100 at 2 decimals is 10,001 steps).
const STEPS_PER_UNIT = 4;
const MIN_STEPS = 1024;
// Integer keys stay exact below this magnitude.
const EXACT = 2 ** 50;

/**
 * Sort `idx` (positions, ascending) in place by `rounded` highest first, ties keeping input order.
 * Rounded scores are whole multiples of 1/scale, so each has an exact integer key: a counting sort
 * when the keys span few steps, else a native sort of packed keys, else (huge scores) a comparator.
 */
export function sortDescending(rounded: ArrayLike<number>, idx: Int32Array, scale: number): void {
  const m = idx.length;
  if (m < 2) return;
  const keys = new Float64Array(m);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < m; k++) {
    const s = Math.round(rounded[idx[k]!]! * scale);
    keys[k] = s;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  if (!(hi < EXACT && -lo < EXACT)) {
    idx.set(Array.from(idx).sort((a, b) => rounded[b]! - rounded[a]! || a - b));
    return;
  }
  const span = hi - lo + 1;
  if (span <= STEPS_PER_UNIT * m + MIN_STEPS) countingSort(idx, keys, hi, span);
  else packedSort(idx, keys, hi, span);
}

/** Bucket b = hi − key (0 = highest); positions are placed in input order within a bucket. */
function countingSort(idx: Int32Array, keys: Float64Array, hi: number, span: number): void {
  const m = idx.length;
  const start = new Int32Array(span + 1);
  for (let k = 0; k < m; k++) {
    const b = hi - keys[k]! + 1;
    start[b] = start[b]! + 1;
  }
  for (let b = 1; b <= span; b++) start[b] = start[b]! + start[b - 1]!;
  const src = idx.slice();
  for (let k = 0; k < m; k++) {
    const b = hi - keys[k]!;
    const at = start[b]!;
    idx[at] = src[k]!;
    start[b] = at + 1;
  }
}

/** One number per position, (hi − key)·2^j + k, sorted natively; falls back to a comparator when not exact. */
function packedSort(idx: Int32Array, keys: Float64Array, hi: number, span: number): void {
  const m = idx.length;
  const width = 2 ** Math.ceil(Math.log2(m));
  if (!(span * width < Number.MAX_SAFE_INTEGER)) {
    const order = Array.from({ length: m }, (_, k) => k).sort((a, b) => keys[b]! - keys[a]! || a - b);
    const src = idx.slice();
    for (let k = 0; k < m; k++) idx[k] = src[order[k]!]!;
    return;
  }
  const packed = new Float64Array(m);
  for (let k = 0; k < m; k++) packed[k] = (hi - keys[k]!) * width + k;
  packed.sort();
  const src = idx.slice();
  for (let k = 0; k < m; k++) idx[k] = src[packed[k]! % width]!;
}

/**
 * Rank each position of `sorted` (highest first) into `out[position]`: competition 1, 2, 2, 4
 * (like RANK.EQ) or dense 1, 2, 2, 3 (中国式排名). Equal rounded scores share a rank.
 */
export function rankSorted(rounded: ArrayLike<number>, sorted: Int32Array, mode: RankMode, out: Int32Array): void {
  const dense = mode === 'dense';
  let rank = 0;
  let prev = Number.NaN;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k]!;
    const v = rounded[i]!;
    if (v !== prev) {
      rank = dense ? rank + 1 : k + 1;
      prev = v;
    }
    out[i] = rank;
  }
}

/**
 * Rank of each score within its group (same order as given): e.g. staff within their department (RULES staff:
 * 全部排名 and 部门内排名). A score whose group is null ranks in none: null.
 */
export function rankWithinGroups(scores: readonly number[], groups: readonly (string | null)[], mode: RankMode, precision: number): (number | null)[] {
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g === null) return;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const out: (number | null)[] = scores.map(() => null);
  for (const list of members.values()) {
    const ranks = rankValues(list.map((i) => scores[i]!), mode, precision);
    list.forEach((i, k) => (out[i] = ranks[k]!));
  }
  return out;
}

/** Rank of each score (same order as given), highest first, comparing scores rounded half-up at `precision`. */
export function rankValues(scores: readonly number[], mode: RankMode, precision: number): number[] {
  const n = scores.length;
  const rounded = new Float64Array(n);
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = scores[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`rankValues: score ${i + 1} is not a finite number (${v})`);
    rounded[i] = roundHalfUp(v, precision);
    idx[i] = i;
  }
  sortDescending(rounded, idx, 10 ** precision);
  const ranks = new Int32Array(n);
  rankSorted(rounded, idx, mode, ranks);
  return Array.from(ranks);
}
