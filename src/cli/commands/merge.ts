/**
 * perf merge SUBMISSION... --into MASTER.xlsx [--out FILE] [--period 2026-06] [--json] [--force]: 汇总报送 over files.
 * The master is never modified: the merged workbook goes to --out, by default the master's name + "-汇总.xlsx"
 * beside it. A folder among the submissions stands for its .xlsx/.csv files. Exit 0 when everything merged; 1 when
 * anything was quarantined, missing or refused (or the run was); 3 on a crash.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { consolidate, type ConsolidateResult, type SubmissionFile } from '../../commands/consolidate';
import { changeText } from '../../commands/consolidate-report';
import { MASTER_SHEET_NAMES, type FigureChange, type FiledIssue, type Issue, type YearMonth } from '../../engine';
import { stringOption } from '../args';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../errors';
import { openWorkbook, saveWorkbook } from '../files';
import type { Io } from '../io';
import { guardOverwrite } from '../overwrite';
import { outputPath } from '../paths';
import { fileErrorIssue, issueLine, jsonIssue, type JsonIssue } from '../report';
import { displayPath } from '../show';

/** The default output: the master's name + "-汇总.xlsx", beside it. */
export const mergedPath = (master: string): string => join(dirname(master), `${basename(master, extname(master))}-汇总.xlsx`);

function periodOption(v: string | undefined): YearMonth | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{1,2})$/.exec(v.trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new CliError('usage.bad-option', { detail: `--period ${v}（应为 2026-06 这样的年月 / expected a month such as 2026-06）` });
  return { y: Number(m[1]), m: month };
}

const SUBMISSION_EXT = /\.(xlsx|xlsm|csv)$/i;

/** The submission paths: files as given, a folder's workbooks (by name, its Office lock files ~$… skipped). */
async function expand(cwd: string, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const st = await stat(resolve(cwd, a)).catch(() => null);
    if (!st?.isDirectory()) {
      out.push(a);
      continue;
    }
    const names = (await readdir(resolve(cwd, a))).filter((n) => SUBMISSION_EXT.test(n) && !n.startsWith('~$')).sort();
    out.push(...names.map((n) => join(a, n)));
  }
  return out;
}

interface JsonChange {
  readonly sheet: string;
  readonly cell: string | null;
  readonly item: string;
  readonly field: string;
  readonly from: string | number | null;
  readonly to: string | number | null;
  readonly forced: boolean;
}

const jsonChange = (sheet: string) => (c: FigureChange): JsonChange => ({ sheet, cell: c.cell ?? null, item: c.key.item, field: c.field, from: c.from, to: c.to, forced: c.forced === true });
const jsonFiled = (i: FiledIssue): JsonIssue => jsonIssue(i.file ?? '', i);

/** The --json contract: { merged: [{ file, unit, period, rows, changed }], quarantined: [{ file, issues }], missing, issues }. */
function jsonOf(r: ConsolidateResult, unopened: readonly { file: string; issue: Issue }[]) {
  const o = r.outcome;
  return {
    merged: (o?.merged ?? []).map((m) => ({ file: m.file, unit: m.unit, period: m.period, rows: m.rows, changed: m.changed.map(jsonChange(MASTER_SHEET_NAMES[m.kind].zh)) })),
    quarantined: [
      ...unopened.map((u) => ({ file: u.file, issues: [jsonIssue(u.file, u.issue)] })),
      ...r.unread.map((u) => ({ file: u.file, issues: u.issues.map((i) => jsonIssue(u.file, i)) })),
      ...(o?.quarantined ?? []).map((q) => ({ file: q.file, issues: q.issues.map((i) => jsonIssue(q.file, i)) })),
    ],
    missing: [...(o?.missing ?? [])],
    issues: [...unopened.map((u) => jsonIssue(u.file, u.issue)), ...r.issues.map(jsonFiled)],
  };
}

function printText(io: Io, r: ConsolidateResult, unopened: readonly { file: string; issue: Issue }[]): void {
  const o = r.outcome;
  for (const m of o?.merged ?? []) {
    const what = m.changed.length > 0 ? `更改 ${m.changed.length} 个单元格 changed ${m.changed.length} cell(s)` : m.added > 0 ? `新增 ${m.added} 行 added ${m.added} row(s)` : '无变化 unchanged';
    io.out(`已汇总 merged  ${m.file}  ${m.unit} ${m.period}  ${m.rows} 行 rows  ${what}`);
    for (const c of m.changed) io.out(`  ${changeText(c, MASTER_SHEET_NAMES[m.kind].zh)}`);
  }
  const actuals = r.actuals?.changes ?? [];
  const filled = actuals.filter((c) => c.from === null).length;
  if (filled > 0) io.out(`${r.actuals!.sheet}：填入 ${filled} 个完成值 / filled ${filled} actual(s) (RULES.md Consolidation)`);
  // A filled blank is news enough as a count; a figure replaced is listed cell by cell.
  for (const c of actuals.filter((x) => x.from !== null)) io.out(`  ${c.key.unit}  ${changeText(c, r.actuals!.sheet)}`);
  for (const u of unopened) io.out(`已隔离 quarantined  ${issueLine(u.file, u.issue)}`);
  for (const q of [...r.unread, ...(o?.quarantined ?? [])]) {
    io.out(`已隔离 quarantined  ${q.file}（未汇总任何数据 / nothing merged）`);
    for (const i of q.issues.filter((x) => x.severity !== 'info')) io.out(`  ${issueLine(q.file, i)}`);
  }
  for (const x of o?.refused ?? []) io.out(`未汇总 refused  ${x.file}  ${x.unit} ${x.period}`);
  if (o && o.missing.length > 0) io.out(`未报送 missing（${o.missing.length}）: ${o.missing.join('、')}`);
  const quarantinedFiles = new Set(o?.quarantined.map((q) => q.file));
  for (const i of r.issues) if (i.severity !== 'info' && !(i.file !== null && quarantinedFiles.has(i.file))) io.out(issueLine(i.file ?? '', i));
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  options: { into: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
  async run(positionals, values, io) {
    const into = stringOption(values, 'into');
    if (into === undefined) throw new CliError('usage.missing-argument', { what: '汇总表（--into MASTER.xlsx）', whatEn: 'the master workbook (--into MASTER.xlsx)' });
    if (positionals.length === 0) throw new CliError('usage.missing-argument', { what: '要汇总的报送文件（可多个，或文件夹）', whatEn: 'the submission file(s) or folder to merge' });
    const period = periodOption(stringOption(values, 'period'));
    const given = stringOption(values, 'out');
    const out = outputPath(io.cwd, into, given ?? mergedPath(into));
    const force = values['force'] === true;
    await guardOverwrite(out, displayPath(io.cwd, out), { force, isDefault: given === undefined });
    const master = await openWorkbook(io.cwd, into);
    const files: SubmissionFile[] = [];
    const unopened: { file: string; issue: Issue }[] = [];
    for (const file of await expand(io.cwd, positionals)) {
      if (resolve(io.cwd, file) === resolve(io.cwd, into) || resolve(io.cwd, file) === out) continue; // the master (or its merged copy) among a folder's files
      try {
        files.push({ file, wb: await openWorkbook(io.cwd, file) });
      } catch (e) {
        const issue = fileErrorIssue(e);
        if (!issue) throw e;
        unopened.push({ file, issue });
      }
    }
    const r = await consolidate(master, files, { force, period });
    if (r.outcome !== null) await saveWorkbook(master, out, displayPath(io.cwd, out));
    if (values['json']) io.out(JSON.stringify(jsonOf(r, unopened), null, 2));
    else {
      printText(io, r, unopened);
      if (r.outcome !== null) io.out(`已写入 written: ${displayPath(io.cwd, out)}（${r.written.join('、')}；汇总表原文件未改动 / the master itself is unchanged）`);
      else io.err('perf: 未汇总，未写出文件 / nothing merged; no file written');
    }
    const o = r.outcome;
    const clean = o !== null && unopened.length === 0 && r.unread.length === 0 && o.quarantined.length === 0 && o.missing.length === 0 && o.refused.length === 0;
    return clean ? EXIT.ok : EXIT.problems;
  },
};
