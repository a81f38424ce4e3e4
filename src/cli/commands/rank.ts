/** perf rank FILE: 排名定档 over a file; the output keeps every input sheet and adds 排名结果. */
import { rankAndTier } from '../../commands/rank-and-tier';
import { hasErrors } from '../../engine';
import { FileWorkbook } from '../../host/xlsx';
import { positionalsExactly, schemeOption, stringOption } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../errors';
import { openWorkbook, saveWorkbook } from '../files';
import { guardOverwrite } from '../overwrite';
import { outputPath } from '../paths';
import { fileErrorIssue, jsonIssue, jsonResults, jsonWarning, printRun, rankingText } from '../report';
import { displayPath } from '../show';

export const rankCommand: CliCommand = {
  name: 'rank',
  options: {
    scheme: { type: 'string' },
    sheet: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(positionals, values, io) {
    positionalsExactly(positionals, 1, { zh: '要排名的文件（.xlsx 或 .csv）', en: 'the file to rank (.xlsx or .csv)' });
    const file = positionals[0]!;
    const scheme = schemeOption(values, undefined);
    const sheet = stringOption(values, 'sheet');
    const given = stringOption(values, 'out');
    const out = outputPath(io.cwd, file, given);
    await guardOverwrite(out, displayPath(io.cwd, out), { force: values['force'] === true, isDefault: given === undefined });
    const wb = await openWorkbook(io.cwd, file).catch((e: unknown) => {
      // --json promises the contract shape even when the file cannot be opened: the problem as its one issue.
      const issue = values['json'] ? fileErrorIssue(e) : undefined;
      if (!issue) throw e;
      return issue;
    });
    if (!(wb instanceof FileWorkbook)) {
      io.out(JSON.stringify({ results: [], warnings: [], issues: [jsonIssue(file, wb)] }, null, 2));
      return EXIT.problems;
    }
    const outcome = await rankAndTier(wb, { ...(scheme ? { scheme } : {}), ...(sheet !== undefined ? { sheet } : {}) });
    const failed = hasErrors(outcome.issues) || outcome.written === null;
    if (!failed) await saveWorkbook(wb, out, displayPath(io.cwd, out));
    if (values['json']) {
      io.out(JSON.stringify({ results: jsonResults(outcome.ranking), warnings: outcome.warnings.map(jsonWarning), issues: outcome.issues.map((i) => jsonIssue(file, i)) }, null, 2));
    } else {
      const tables = failed ? '' : rankingText(outcome.ranking, outcome.stamp?.precision ?? 2);
      printRun(io, file, tables, outcome.warnings, outcome.issues);
      if (!failed) io.out(`已写入 written: ${displayPath(io.cwd, out)}`);
      else io.err('perf: 有错误，未写出结果 / errors found; no results written');
    }
    return failed ? EXIT.problems : EXIT.ok;
  },
};
