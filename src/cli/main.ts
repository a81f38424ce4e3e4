/**
 * The `perf` command: argument parsing and printing only. Scores come from the engine through the commands
 * (rank, validate, template) and the functions registry (eval). Exit 0 clean, 1 issues or the user's error, 3 crash.
 */
import { isHostError, isHostFault } from '../host/errors';
import { parse } from './args';
import type { CliCommand } from './command';
import { demoCommand } from './commands/demo';
import { evalCommand } from './commands/eval';
import { rankCommand } from './commands/rank';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { CliError, EXIT } from './errors';
import { USAGE } from './help';
import { processIo, type Io } from './io';
import { perfVersion } from './version';

const COMMANDS: readonly CliCommand[] = [demoCommand, rankCommand, validateCommand, templateCommand, evalCommand];

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-v') {
      io.out(perfVersion());
      return EXIT.ok;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === undefined) throw new CliError('usage.no-command');
      io.out(USAGE);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError('usage.unknown-command', { command: name });
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
function reportFailure(e: unknown, debug: boolean, io: Io): number {
  if (e instanceof CliError) {
    io.err(`perf: ${e.zh} / ${e.en}`);
    if (debug) io.err(e.stack ?? '');
    return EXIT.problems;
  }
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
