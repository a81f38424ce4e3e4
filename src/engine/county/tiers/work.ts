import { COUNTY_GROUPS } from '../types';

/** Per-position working arrays shared by the tiering steps (typed arrays: no per-unit objects). */
export interface Work {
  /** Composite rounded half-up at the precision. */
  readonly rounded: Float64Array;
  readonly rank: Int32Array;
  /** Flag bits per position: VETOED, DESIGNATED. */
  readonly flags: Uint8Array;
  /** 1 = eligible for 先进. */
  readonly eligible: Uint8Array;
  /** A Mark per position (advanced.ts). */
  readonly mark: Uint8Array;
  /** 1 = 抄送. */
  readonly report: Uint8Array;
  /** Every group's positions, highest first, the groups one after another in COUNTY_GROUPS. */
  readonly sorted: Int32Array;
  /** Group k is sorted[from[k] .. from[k + 1]). */
  readonly from: Int32Array;
}

export const VETOED = 1;
export const DESIGNATED = 2;

/** Index of a group in COUNTY_GROUPS (the order of `sorted`); −1 when it is not a county group. A branch, not indexOf: it runs per unit. */
export function groupIndex(g: string): number {
  return g === 'township' ? 0 : g === 'department' ? 1 : g === 'ancient-city' ? 2 : -1;
}

export function makeWork(n: number): Work {
  return {
    rounded: new Float64Array(n),
    rank: new Int32Array(n),
    flags: new Uint8Array(n),
    eligible: new Uint8Array(n),
    mark: new Uint8Array(n),
    report: new Uint8Array(n),
    sorted: new Int32Array(n),
    from: new Int32Array(COUNTY_GROUPS.length + 1),
  };
}
