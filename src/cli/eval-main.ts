/**
 * `perf eval` on its own (dist/eval.js, which bin/perf.js runs for `perf eval …`): one file holding everything a formula
 * needs — the functions registry and the engine code it calls, no zod, no file code — so a formula answers about as
 * fast as node itself starts. The same dispatch, errors and exit codes as every other command.
 */
import { evalCommand } from './commands/eval';
import { dispatch } from './dispatch';
import { processIo, type Io } from './io';

export const run = (argv: readonly string[], io: Io = processIo): Promise<number> => dispatch(argv, io, { eval: async () => evalCommand });
