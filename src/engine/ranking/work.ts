/** Per-position working arrays shared by the tiering steps (typed arrays: no per-unit objects). */
export interface Work {
  /** Composite rounded half-up at the precision. */
  readonly rounded: Float64Array;
  readonly rank: Int32Array;
  /** 1 = eligible for 先进. */
  readonly eligible: Uint8Array;
  /** A Mark per position (advanced.ts). */
  readonly mark: Uint8Array;
  /** 1 = 抄送. */
  readonly report: Uint8Array;
}

export function makeWork(n: number): Work {
  return { rounded: new Float64Array(n), rank: new Int32Array(n), eligible: new Uint8Array(n), mark: new Uint8Array(n), report: new Uint8Array(n) };
}
