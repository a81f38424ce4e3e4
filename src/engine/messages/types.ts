import type { Severity } from '../core/issue-types';

/** Values a message may interpolate. */
export type Params = Readonly<Record<string, string | number | undefined>>;

/** One entry of the message table: its default severity and its text in both languages. */
export interface MessageDef {
  readonly severity: Severity;
  readonly zh: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/** Renders a parameter for display ("A3", 105, …); missing ones show as "?" so a gap is visible. */
export const s = (v: string | number | undefined): string => (v === undefined ? '?' : String(v));
