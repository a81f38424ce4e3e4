/** perf notice RESULTS.xlsx: 生成通报 over a file; the output keeps every sheet and adds 通报 (the input is never modified). */
import { basename, dirname, extname, join } from 'node:path';
import { generateNotice } from '../../commands/notice';
import { hasErrors, readDate } from '../../engine';
import { positionalsExactly, schemeOption, stringOption } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { openWorkbook, saveWorkbook } from '../files';
import { noticeText } from '../notice-text';
import { guardOverwrite } from '../overwrite';
import { outputPath } from '../paths';
import { printRun } from '../report';
import { displayPath } from '../show';

/** Beside the input as "<name>-通报.xlsx". */
const defaultNoticePath = (input: string): string => join(dirname(input), `${basename(input, extname(input))}-通报.xlsx`);

export const noticeCommand: CliCommand = {
  name: 'notice',
  options: {
    out: { type: 'string' },
    title: { type: 'string' },
    org: { type: 'string' },
    date: { type: 'string' },
    scheme: { type: 'string' },
    sheet: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(positionals, values, io) {
    positionalsExactly(positionals, 1, { zh: '排名结果文件（.xlsx）', en: 'the results file (.xlsx)' });
    const file = positionals[0]!;
    const dateText = stringOption(values, 'date');
    const date = dateText === undefined ? undefined : readDate(dateText);
    if (dateText !== undefined && date === undefined) throw new CliError('usage.bad-date', { value: dateText });
    const scheme = schemeOption(values, undefined);
    const sheet = stringOption(values, 'sheet');
    const title = stringOption(values, 'title');
    const org = stringOption(values, 'org');
    const given = stringOption(values, 'out');
    const out = outputPath(io.cwd, file, given ?? defaultNoticePath(file));
    await guardOverwrite(out, displayPath(io.cwd, out), { force: values['force'] === true, isDefault: given === undefined });
    const wb = await openWorkbook(io.cwd, file);
    const outcome = await generateNotice(wb, {
      ...(scheme ? { scheme } : {}), ...(sheet !== undefined ? { sheet } : {}), ...(title !== undefined ? { title } : {}),
      ...(org !== undefined ? { org } : {}), ...(date ? { date } : {}),
    });
    const failed = hasErrors(outcome.issues) || outcome.notice === null;
    if (!failed) await saveWorkbook(wb, out, displayPath(io.cwd, out));
    // The notice itself carries the ranking's warnings in its 说明; the issues follow, one line each.
    if (outcome.notice) io.out(noticeText(outcome.notice));
    printRun(io, file, '', [], outcome.issues);
    if (!failed) io.out(`已写入 written: ${displayPath(io.cwd, out)}`);
    else io.err('perf: 有错误，未写出通报 / errors found; no notice written');
    return failed ? EXIT.problems : EXIT.ok;
  },
};
