import { roundHalfUp } from '../core/round';
import type { RankMode } from '../county/types';

/** Positions sorted highest first (ties keep input order), and the rank of each sorted position. */
export interface RankOrder {
  readonly order: readonly number[];
  readonly ranks: Int32Array;
}

/**
 * Highest-first order of `indices` as one numeric key per position (−score·2^k + position) sorted
 * natively; undefined when the keys would not be exact, so the caller falls back to a comparator.
 */
function packedOrder(rounded: ArrayLike<number>, indices: readonly number[], scale: number): number[] | undefined {
  const m = indices.length;
  const span = 2 ** Math.ceil(Math.log2(Math.max(2, m)));
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const s = Math.round(rounded[indices[k]!]! * scale);
    if (!(Math.abs(s) * span < Number.MAX_SAFE_INTEGER)) return undefined;
    keys[k] = -s * span + k;
  }
  keys.sort();
  const order: number[] = new Array<number>(m);
  for (let k = 0; k < m; k++) {
    const key = keys[k]!;
    order[k] = indices[key - Math.floor(key / span) * span]!;
  }
  return order;
}

/**
 * Sort `indices` by `rounded` (already at precision, i.e. whole multiples of 1/scale) highest first and
 * rank them: competition 1, 2, 2, 4 (like RANK.EQ) or dense 1, 2, 2, 3 (中国式排名).
 */
export function rankOrder(rounded: ArrayLike<number>, indices: readonly number[], mode: RankMode, scale: number): RankOrder {
  const order = packedOrder(rounded, indices, scale) ?? indices.slice().sort((a, b) => rounded[b]! - rounded[a]! || a - b);
  const ranks = new Int32Array(order.length);
  let rank = 0;
  let prev = Number.NaN;
  for (let i = 0; i < order.length; i++) {
    const v = rounded[order[i]!]!;
    if (v !== prev) {
      rank = mode === 'competition' ? i + 1 : rank + 1;
      prev = v;
    }
    ranks[i] = rank;
  }
  return { order, ranks };
}

/** Rank of each score (same order as given), highest first, comparing scores rounded half-up at `precision`. */
export function rankValues(scores: readonly number[], mode: RankMode, precision: number): number[] {
  const rounded = new Float64Array(scores.length);
  const indices: number[] = new Array<number>(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`rankValues: score ${i + 1} is not a finite number (${v})`);
    rounded[i] = roundHalfUp(v, precision);
    indices[i] = i;
  }
  const { order, ranks } = rankOrder(rounded, indices, mode, 10 ** precision);
  const out: number[] = new Array<number>(scores.length);
  for (let i = 0; i < order.length; i++) out[order[i]!] = ranks[i]!;
  return out;
}
