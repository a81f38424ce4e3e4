/** perf template SCHEME: a blank template workbook (headers, drop-down lists, an instructions block in Chinese). */
import { insertTemplate } from '../../commands/insert-template';
import { TEMPLATE_KINDS, type TemplateKind } from '../../commands/templates';
import { hasErrors } from '../../engine';
import { positionalsExactly, stringOption } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { blankWorkbook, saveWorkbook } from '../files';
import { issueLine } from '../report';
import { guardOverwrite } from '../overwrite';
import { xlsxOut } from '../paths';
import { displayPath } from '../show';

export const templateCommand: CliCommand = {
  name: 'template',
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(positionals, values, io) {
    positionalsExactly(positionals, 1, { zh: `模板类型（${TEMPLATE_KINDS.join('、')}）`, en: `the template kind (${TEMPLATE_KINDS.join(', ')})` });
    const kind = positionals[0]!.toLowerCase();
    if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) throw new CliError('usage.bad-template', { kind: positionals[0]!, kinds: TEMPLATE_KINDS.join(', ') });
    const given = stringOption(values, 'out');
    const out = xlsxOut(io.cwd, given ?? `perf-template-${kind}.xlsx`);
    await guardOverwrite(out, displayPath(io.cwd, out), { force: values['force'] === true, isDefault: given === undefined });
    const wb = await blankWorkbook();
    const outcome = await insertTemplate(wb, kind as TemplateKind);
    for (const i of outcome.issues) io.err(issueLine(displayPath(io.cwd, out), i));
    if (hasErrors(outcome.issues)) return EXIT.problems;
    await saveWorkbook(wb, out, displayPath(io.cwd, out));
    io.out(`已写入 written: ${displayPath(io.cwd, out)}（工作表 sheets: ${outcome.sheets.join('、')}）`);
    return EXIT.ok;
  },
};
