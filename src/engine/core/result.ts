import type { Issue } from './issue-types';

/** A computation that may fail on its input: the value when usable, and every issue found either way. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T, issues: readonly Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T = never>(issues: readonly Issue[]): Result<T> => ({ ok: false, issues });
