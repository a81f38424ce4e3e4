/**
 * perf validate FILE...: 校验报送 over each file and each of its sheets. A sheet whose headers match no
 * submission is skipped when another sheet of the file matched; a file where none matched says so.
 * A file that cannot be opened is an issue of that file; the other files are still checked.
 */
import { validateSubmission, type ValidateOutcome } from '../../commands/validate-submission';
import type { Issue, SchemeKind } from '../../engine';
import { schemeOption, stringOption } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { openWorkbook } from '../files';
import type { Io } from '../io';
import { fileErrorIssue, issueLine, jsonIssue, type JsonIssue } from '../report';

interface FileReport {
  readonly file: string;
  readonly checked: readonly ValidateOutcome[];
  readonly issues: readonly Issue[];
}

async function validateFile(io: Io, file: string, scheme: SchemeKind | undefined, sheet: string | undefined): Promise<FileReport> {
  try {
    const wb = await openWorkbook(io.cwd, file);
    const sheets = sheet !== undefined ? [sheet] : await wb.sheetNames();
    const outcomes: ValidateOutcome[] = [];
    // A detailed county workbook is validated whole from any of its sheets: a sheet already covered is not run again.
    const covered = new Set<string>();
    for (const name of sheets) {
      if (covered.has(name)) continue;
      const outcome = await validateSubmission(wb, { sheet: name, ...(scheme ? { scheme } : {}) });
      for (const c of outcome.covers) covered.add(c);
      outcomes.push(outcome);
    }
    const checked = outcomes.filter((o) => o.type !== null);
    // No sheet recognised: every sheet's "cannot tell what it is" stands; otherwise only the recognised ones speak.
    const speaking = checked.length > 0 ? checked : outcomes;
    return { file, checked, issues: speaking.flatMap((o) => o.issues) };
  } catch (e) {
    const issue = fileErrorIssue(e);
    if (!issue) throw e;
    return { file, checked: [], issues: [issue] };
  }
}

const counted = (i: Issue): boolean => i.severity !== 'info';

export const validateCommand: CliCommand = {
  name: 'validate',
  options: { scheme: { type: 'string' }, sheet: { type: 'string' }, json: { type: 'boolean' } },
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new CliError('usage.missing-argument', { what: '要校验的文件（可多个）', whatEn: 'the file(s) to validate' });
    const scheme = schemeOption(values, undefined);
    const sheet = stringOption(values, 'sheet');
    const reports: FileReport[] = [];
    for (const file of positionals) reports.push(await validateFile(io, file, scheme, sheet));
    const all: JsonIssue[] = reports.flatMap((r) => r.issues.map((i) => jsonIssue(r.file, i)));
    const found = reports.some((r) => r.issues.some(counted));
    if (values['json']) {
      io.out(JSON.stringify({ issues: all }, null, 2));
      return found ? EXIT.problems : EXIT.ok;
    }
    for (const r of reports) {
      const kinds = r.checked.map((o) => `${o.sheet}（${o.label?.zh ?? ''} ${o.label?.en ?? ''}）`).join('、');
      const n = r.issues.filter(counted).length;
      io.out(`${r.file}${kinds ? `  ${kinds}` : ''}: ${n === 0 ? '无问题 clean' : `${n} 个问题 issue(s)`}`);
      for (const i of r.issues.filter(counted)) io.out(`  ${issueLine(r.file, i)}`);
    }
    const errors = all.filter((i) => i.severity === 'error').length;
    const warnings = all.filter((i) => i.severity === 'warning').length;
    io.out(`共 ${reports.length} 个文件，${errors} 个错误，${warnings} 个警告 / ${reports.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
    return found ? EXIT.problems : EXIT.ok;
  },
};
