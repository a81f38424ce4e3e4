/** Where outputs go: beside the input as "<name>-结果.xlsx" by default, never over the input itself. */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError } from './errors';

export function defaultResultPath(input: string): string {
  const base = basename(input, extname(input));
  return join(dirname(input), `${base}-结果.xlsx`);
}

const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));

/** An output path: resolved against cwd, refused before any work unless it ends in .xlsx (the only format written). */
export function xlsxOut(cwd: string, out: string): string {
  if (!/\.xlsx$/i.test(out)) throw new CliError('file.not-xlsx', { file: out });
  return resolve(cwd, out);
}

/** The output path of a run over `input`; refuses one that is (or links to) the input file. */
export function outputPath(cwd: string, input: string, out: string | undefined): string {
  const target = xlsxOut(cwd, out ?? defaultResultPath(input));
  if (real(target) === real(resolve(cwd, input))) throw new CliError('file.same-as-input', { file: out ?? target });
  return target;
}
