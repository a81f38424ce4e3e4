/**
 * Runs one `perf` command: argument parsing and printing only. Scores come from the engine through the commands
 * (rank, validate, template) and the functions registry (eval). Exit 0 clean, 1 issues or the user's error, 3 crash.
 */
import { parse } from './args';
import type { CliCommand } from './command';
import { CliError, EXIT, missingPackage } from './errors';
import { USAGE } from './help';
import type { Io } from './io';

/** The commands by name, each loaded when it runs: what one command needs is never loaded for another. */
export type CommandTable = Readonly<Record<string, () => Promise<CliCommand>>>;

export async function dispatch(argv: readonly string[], io: Io, commands: CommandTable): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === undefined) throw new CliError('usage.no-command');
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!load) throw new CliError('usage.unknown-command', { command: name });
    const command = await load();
    const { positionals, values } = parse(rest, command.options);
    if (values['help']) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const code = await command.run(positionals, values, io);
    if (values['bench']) io.err(`perf-bench maxRSS ${process.resourceUsage().maxRSS}`);
    return code;
  } catch (e) {
    return reportFailure(e, debug, io);
  }
}

/** The user's problems get one line in Chinese and English; anything else is a crash (exit 3). */
async function reportFailure(e: unknown, debug: boolean, io: Io): Promise<number> {
  if (e instanceof CliError) {
    io.err(`perf: ${e.zh} / ${e.en}`);
    if (debug) io.err(e.stack ?? '');
    return EXIT.problems;
  }
  // A command's chunk importing a package the install lacks: name it (exit 3, as bin/perf.js does for the entry).
  const missing = missingPackage(e);
  if (missing !== undefined) {
    const m = new CliError('install.missing-module', { module: missing });
    io.err(`perf: ${m.zh} / ${m.en}`);
    return EXIT.crash;
  }
  // The host's errors are loaded only when there is one to report: no command that ends cleanly needs them.
  const { isHostError, isHostFault } = await import('../host/errors');
  if (isHostError(e) && !isHostFault(e)) {
    io.err(`perf: ${e.text.zh} / ${e.text.en}`);
    if (debug) io.err(e.stack ?? '');
    return EXIT.problems;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`perf: 程序内部错误 / internal error: ${message}`);
  io.err(debug && e instanceof Error ? (e.stack ?? '') : '（加 --debug 查看详情 / rerun with --debug for details）');
  return EXIT.crash;
}
