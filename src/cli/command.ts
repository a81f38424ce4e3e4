import type { OptionSpec, Values } from './args';
import type { Io } from './io';

/** One `perf` subcommand: its options and what it does; returns the exit code. */
export interface CliCommand {
  readonly name: string;
  readonly options: OptionSpec;
  run(positionals: string[], values: Values, io: Io): Promise<number>;
}
