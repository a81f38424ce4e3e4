/**
 * The `perf` command's entry: the answers that need nothing loaded (--help, --version) come straight from here; every
 * command is loaded when it runs (npm run build:cli splits each into its own chunk), so `perf eval` never loads the
 * file adapter, ExcelJS, the CSV reader or zod. bin/perf.js runs `perf eval` from its own one-file bundle (eval-main.ts).
 */
import { version } from '../../package.json';
import type { CommandTable } from './dispatch';
import { EXIT } from './exit';
import { USAGE } from './help';
import { processIo, type Io } from './io';

const COMMANDS: CommandTable = {
  demo: async () => (await import('./commands/demo')).demoCommand,
  rank: async () => (await import('./commands/rank')).rankCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  template: async () => (await import('./commands/template')).templateCommand,
  notice: async () => (await import('./commands/notice')).noticeCommand,
  eval: async () => (await import('./commands/eval')).evalCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  samples: async () => (await import('./commands/samples')).samplesCommand,
};

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const name = argv[0];
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  const { dispatch } = await import('./dispatch');
  return dispatch(argv, io, COMMANDS);
}
