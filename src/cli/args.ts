/** Command-line parsing with node:util parseArgs; a parse failure becomes a one-line CliError (exit 1). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isSchemeKind, type SchemeKind } from '../engine/presets';
import { CliError } from './errors';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

/** Flags every command accepts. --bench is hidden: it makes the process report its peak memory for the benchmark. */
export const GLOBAL_OPTIONS = {
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  bench: { type: 'boolean' },
} as const satisfies OptionSpec;

// node:util parseArgs error codes → our one-line texts (its own messages are English only).
const PARSE_ERRORS: Readonly<Record<string, 'usage.unknown-option' | 'usage.option-value'>> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'usage.unknown-option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'usage.option-value',
};

export function parse(args: readonly string[], options: OptionSpec): { positionals: string[]; values: Values } {
  try {
    const r = parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { positionals: r.positionals, values: r.values as Values };
  } catch (e) {
    // parseArgs errors carry a code (ERR_PARSE_ARGS_UNKNOWN_OPTION, …) and a readable English message.
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    const message = (e as Error).message;
    const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
    const kind = PARSE_ERRORS[code];
    if (kind && option) throw new CliError(kind, { option });
    throw new CliError('usage.bad-option', { detail: message.split(/\.\s/)[0] ?? message });
  }
}

/** --scheme: one of the engine's scheme kinds, any case. */
export function schemeOption(v: Values, fallback: SchemeKind | undefined): SchemeKind | undefined {
  const raw = v['scheme'];
  if (raw === undefined) return fallback;
  const s = String(raw).toLowerCase();
  if (!isSchemeKind(s)) throw new CliError('usage.bad-scheme', { scheme: String(raw) });
  return s;
}

export function stringOption(v: Values, name: string): string | undefined {
  const raw = v[name];
  return typeof raw === 'string' ? raw : undefined;
}

/** Exactly `count` positionals, else a usage error naming what is missing or extra. */
export function positionalsExactly(p: readonly string[], count: number, what: { zh: string; en: string }): void {
  if (p.length < count) throw new CliError('usage.missing-argument', { what: what.zh, whatEn: what.en });
  if (p.length > count) throw new CliError('usage.extra-argument', { arg: p[count] ?? '' });
}
