/**
 * perf samples [DIR] [--force]: the 汇总 sample as files, for trying `perf merge` — DIR/考核主表.xlsx (the office's
 * master, mid-year actuals not yet filled), DIR/2026年6月/ (the 48 units' June reports: 6 late, 1 with an error) and
 * DIR/更正/ (招商局's corrected resend, for a second run). Default DIR: ./perf-samples.
 */
import { join, resolve } from 'node:path';
import type { CellValue } from '../../engine';
import { consolidationMasterSheets, monthlyReportSamples, SAMPLE_MASTER_FILE, SAMPLE_REPORT_PERIOD } from '../../samples';
import { stringOption } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { sampleWorkbook, saveWorkbook } from '../files';
import { guardOverwrite } from '../overwrite';
import { displayPath } from '../show';

export const SAMPLES_DIR = 'perf-samples';
export const MONTH_DIR = `${SAMPLE_REPORT_PERIOD.y}年${SAMPLE_REPORT_PERIOD.m}月`;
export const RESENT_DIR = '更正';

/** Writes the master and the reports under `dir`; returns the paths written. */
export async function writeSampleFolder(dir: string, force: boolean, cwd: string): Promise<string[]> {
  const { reports, resent } = monthlyReportSamples();
  const files: [string, Record<string, readonly (readonly CellValue[])[]>][] = [
    [join(dir, SAMPLE_MASTER_FILE), consolidationMasterSheets()],
    ...reports.map((r): [string, Record<string, readonly (readonly CellValue[])[]>] => [join(dir, MONTH_DIR, r.file), { [r.sheet]: r.values }]),
    [join(dir, RESENT_DIR, resent.file), { [resent.sheet]: resent.values }],
  ];
  const written: string[] = [];
  for (const [path, sheets] of files) {
    // Rewriting the sample over itself is fine; a file of the user's at one of these paths is not (unless --force).
    await guardOverwrite(path, displayPath(cwd, path), { force, isDefault: false });
    await saveWorkbook(await sampleWorkbook(sheets), path, displayPath(cwd, path));
    written.push(path);
  }
  return written;
}

export const samplesCommand: CliCommand = {
  name: 'samples',
  options: { force: { type: 'boolean' } },
  async run(positionals, values, io) {
    if (positionals.length > 1) throw new CliError('usage.extra-argument', { arg: positionals[1]! });
    const dir = resolve(io.cwd, positionals[0] ?? stringOption(values, 'out') ?? SAMPLES_DIR);
    const written = await writeSampleFolder(dir, values['force'] === true, io.cwd);
    const shown = displayPath(io.cwd, dir);
    io.out(`已写入 written: ${shown}/${SAMPLE_MASTER_FILE}、${shown}/${MONTH_DIR}/（${written.length - 2} 份月报 monthly reports）、${shown}/${RESENT_DIR}/（1 份更正 a corrected resend）`);
    io.out(`试一试 try: perf merge ${shown}/${MONTH_DIR} --into ${shown}/${SAMPLE_MASTER_FILE}`);
    return EXIT.ok;
  },
};
