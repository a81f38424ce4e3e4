/**
 * Runs one corpus file (test/fixtures/bad/corpus.ts) through one door and judges the outcome: perf as a user runs
 * it, the commands over the file workbook, the commands over a memory workbook holding the same cells (merges and
 * percent formats included). Shared by the tests and by bench/hardening.bench.ts, which counts cases and failures.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rankAndTier, validateSubmission } from '../../src/commands';
import type { Issue, Text } from '../../src/engine';
import { fileErrorIssue, jsonResults } from '../../src/cli/report';
import { MemoryWorkbook } from '../../src/host/memory';
import type { Workbook } from '../../src/host/port';
import { FileWorkbook } from '../../src/host/xlsx';
import type { CorpusCase, Door } from '../fixtures/bad/corpus';
import { BIN } from '../cli/harness';

export interface Outcome {
  readonly exit: number;
  readonly errors: readonly (readonly [string, string | null])[];
  readonly messages: readonly Text[];
  readonly units: readonly string[];
  /** What perf printed on stderr (CLI door only). */
  readonly stderr?: string;
}

interface JsonOut {
  readonly results?: readonly { unit: string }[];
  readonly issues: readonly { code: string; cell: string | null; severity: string; message: Text }[];
}

/** perf run as a child process (not waited for synchronously, so several can run at once). */
function perfAsync(args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

async function viaCli(c: CorpusCase, dir: string, out: string): Promise<Outcome> {
  const args = [BIN, c.run, c.file, '--json', ...(c.scheme ? ['--scheme', c.scheme] : []), ...(c.run === 'rank' ? ['--out', out, '--force'] : [])];
  const r = await perfAsync(args, dir);
  let json: JsonOut = { issues: [] };
  try {
    json = JSON.parse(r.stdout) as JsonOut;
  } catch {
    return { exit: r.status ?? -1, errors: [['unparsable-output', r.stdout.slice(0, 200)]], messages: [], units: [], stderr: r.stderr };
  }
  const errors = json.issues.filter((i) => i.severity === 'error');
  return { exit: r.status ?? -1, errors: errors.map((i) => [i.code, i.cell]), messages: errors.map((i) => i.message), units: (json.results ?? []).map((x) => x.unit), stderr: r.stderr };
}

async function viaCommands(c: CorpusCase, wb: Workbook): Promise<Outcome> {
  const scheme = c.scheme ? { scheme: c.scheme } : {};
  let issues: readonly Issue[];
  let units: string[] = [];
  let written = true;
  if (c.run === 'rank') {
    const o = await rankAndTier(wb, scheme);
    issues = o.issues;
    units = jsonResults(o.ranking).map((r) => r.unit);
    written = o.written !== null;
  } else {
    issues = (await validateSubmission(wb, { sheet: (await wb.sheetNames())[0]!, ...scheme })).issues;
  }
  const errors = issues.filter((i) => i.severity === 'error');
  const failed = errors.length > 0 || !written || (c.run === 'validate' && issues.some((i) => i.severity === 'warning'));
  return { exit: failed ? 1 : 0, errors: errors.map((i) => [i.code, i.cell ?? null]), messages: errors.map((i) => i.message), units };
}

/** The file's cells in a memory workbook: values, merged areas and percent formats, as a user would have them. */
export async function memoryCopy(file: FileWorkbook): Promise<MemoryWorkbook> {
  const names = await file.sheetNames();
  const blocks = await file.readTables(names);
  const mem = MemoryWorkbook.fromSheets({});
  for (const b of blocks) {
    mem.put(b.sheet, b.address.split(':')[0]!, b.values);
    for (const [cell, format] of Object.entries(b.percentFormats ?? {})) mem.put(b.sheet, cell, [[mem.cell(b.sheet, cell)]], { numberFormat: format });
    for (const m of b.merges ?? []) mem.merge(b.sheet, m);
  }
  return mem;
}

/** One case through one door; a refusal by the host becomes its one file-level error, as perf reports it. */
export async function runCase(c: CorpusCase, dir: string, door: Door): Promise<Outcome> {
  if (door === 'cli') return viaCli(c, dir, join(dir, 'out', `${c.file}-${door}.xlsx`));
  let file: FileWorkbook;
  try {
    file = await FileWorkbook.open(join(dir, c.file));
  } catch (e) {
    const issue = fileErrorIssue(e);
    if (!issue) throw e;
    return { exit: 1, errors: [[issue.code, null]], messages: [issue.message], units: [] };
  }
  return viaCommands(c, door === 'file' ? file : await memoryCopy(file));
}

const key = (e: readonly [string, string | null]): string => `${e[0]}@${e[1] ?? ''}`;

/** What is wrong with an outcome, one line per problem; [] when the door did what the corpus says. */
export function judge(c: CorpusCase, o: Outcome): string[] {
  const problems: string[] = [];
  if (o.exit !== c.exit) problems.push(`exit ${o.exit}, expected ${c.exit}`);
  const got = o.errors.map(key).sort();
  const want = c.errors.map(key).sort();
  if (got.join() !== want.join()) problems.push(`errors ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  if (c.says && c.errors.length > 0) {
    const said = o.messages.some((m) => m.zh.includes(c.says!.zh) && m.en.includes(c.says!.en));
    if (!said) problems.push(`no message says "${c.says.zh}" / "${c.says.en}": ${JSON.stringify(o.messages.slice(0, 2))}`);
  }
  if (c.units && [...o.units].sort().join('\n') !== [...c.units].sort().join('\n')) problems.push(`units ${JSON.stringify(o.units.map((u) => u.slice(0, 30)))}`);
  if (o.stderr !== undefined && /\n\s+at /.test(o.stderr)) problems.push('a stack trace on stderr');
  if (o.stderr !== undefined && /internal error|内部错误/.test(o.stderr)) problems.push('an internal error (exit 3) on stderr');
  return problems;
}
