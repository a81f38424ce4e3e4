/** perf eval '=PERF.ENGINEER(2,1,103,100,1)': one PERF.* call through the very registry the add-in registers. */
import { callFunction, findFunction, functionDefinitions, isInputError } from '../../functions/registry';
import { positionalsExactly } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { parseFormula } from '../formula';
import { formatNumber } from '../print';

/** PERF.ENGINEER, ENGINEER, PERF.工程师 → the definition's id. */
function resolveId(name: string): string {
  const bare = name.replace(/^PERF\./, '');
  const def = findFunction(bare) ?? functionDefinitions.find((d) => d.zhName === bare);
  if (!def) {
    const known = functionDefinitions.map((d) => `PERF.${d.id}`).join(', ');
    throw new CliError('formula.unknown-function', { name, known });
  }
  return def.id;
}

/** A result as a cell would show it: numbers without float noise, a 2-D array as tab-separated rows. */
export function formatValue(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(formatValue).join('\t') : formatValue(row))).join('\n');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export const evalCommand: CliCommand = {
  name: 'eval',
  options: {},
  async run(positionals, _values, io) {
    positionalsExactly(positionals, 1, { zh: '公式，例如 perf eval "=PERF.ENGINEER(2,1,103,100,1)"', en: 'the formula, e.g. perf eval "=PERF.ENGINEER(2,1,103,100,1)"' });
    const call = parseFormula(positionals[0]!);
    const id = resolveId(call.name);
    try {
      io.out(formatValue(callFunction(id, call.args)));
      return EXIT.ok;
    } catch (e) {
      // Bad arguments: the engine's issues, one line each, as the cell's error tooltip would say.
      if (!isInputError(e)) throw e;
      for (const i of e.issues) io.err(`perf: ${call.name}: ${i.message.zh} / ${i.message.en}`);
      return EXIT.problems;
    }
  },
};
