import type { Severity } from '../core/issue-types';

/** A value a message may show: text or a number. */
export type ParamValue = string | number;

/** What a message's parameters may be: named texts and numbers, so an issue can keep them as plain data. */
export type Params = Readonly<Record<string, ParamValue | undefined>>;

/** The parameters of a message that takes none. */
export type NoParams = Readonly<Record<never, never>>;

/**
 * One entry of a message catalogue: its default severity and its text in both languages, rendered from
 * parameters whose names and types the entry declares (as zod types each issue's payload by its code), so a
 * caller that leaves one out does not compile instead of printing a gap.
 */
export interface MessageDef<P extends Params = NoParams> {
  readonly severity: Severity;
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

/**
 * Declares a catalogue entry: `msg<{ cell: string; value: string }>('error', (p) => …, (p) => …)`.
 * P is written once and types both texts; an entry without parameters is `msg('error', () => …, () => …)`.
 */
export const msg = <P extends Params = NoParams>(severity: Severity, zh: (p: P) => string, en: (p: P) => string): MessageDef<NoInfer<P>> => ({ severity, zh, en });

/**
 * The shape every layer's catalogue satisfies (`satisfies Catalogue`). Typed as taking `never`, so an entry
 * whose text functions do not declare their parameter type fails to compile (its `p` is `never`).
 */
export type Catalogue = Readonly<Record<string, MessageDef<never>>>;

/** The parameters the entry `M` declares. */
export type ParamsOf<M> = M extends MessageDef<infer P> ? P : never;

/** The location keys an issue's text may take from where the issue points (makeIssue's `at`). */
export type LocationKey = 'cell' | 'field';

/** Keys of P that are not optional. */
type RequiredKeys<P> = { [K in keyof P]-?: undefined extends P[K] ? never : K }[keyof P];

/** What a caller passes as parameters: the entry's own, with cell and field optional (the location may supply them). */
export type ParamsIn<P> = P extends unknown ? Omit<P, LocationKey> & Partial<Pick<P, Extract<keyof P, LocationKey>>> : never;

/** The cell and field keys P requires, which the location must then carry. */
export type RequiredLocation<P> = Extract<RequiredKeys<P>, LocationKey>;
