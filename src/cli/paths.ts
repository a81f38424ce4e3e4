/** Where outputs go: beside the input as "<name>-结果.xlsx" by default, never over the input itself. */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError } from './errors';

export function defaultResultPath(input: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}-结果.xlsx`);
}

const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));

/** The output path to use; refuses one that is (or links to) the input file. */
export function outputPath(cwd: string, input: string, out: string | undefined): string {
  const target = resolve(cwd, out ?? defaultResultPath(input));
  if (real(target) === real(resolve(cwd, input))) throw new CliError('file.same-as-input', { file: out ?? target });
  return target;
}
