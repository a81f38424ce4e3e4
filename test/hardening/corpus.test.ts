/**
 * The bad-input corpus (test/fixtures/bad) at every door: perf, the commands over a file workbook, and over a memory
 * workbook holding the same cells. Each file gives exactly the errors, exit code and message corpus.ts lists.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, INJECTIONS, type Door } from '../fixtures/bad/corpus';
import { badFiles } from '../fixtures/bad/files';
import { corpusListing } from '../fixtures/bad/write';
import { ensureBuilt, perf, tempDir } from '../cli/harness';
import { judge, runCase, type Outcome } from './corpus-run';

const HERE = join(import.meta.dirname, '../fixtures/bad');
let dir = '';
/** perf's outcome per corpus file (an Error if perf could not be run at all). */
const cliRuns = new Map<string, Promise<Outcome | Error>>();
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('bad');
  mkdirSync(join(dir, 'out'));
  for (const c of CORPUS) {
    // Run on the committed copies: those are the corpus (the first test checks the script still makes them).
    writeFileSync(join(dir, c.file), readFileSync(join(HERE, c.file)));
  }
  // perf on every file, one process per core at a time, started now and judged by the tests below.
  const cores = Math.max(1, availableParallelism());
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running >= cores) await new Promise<void>((go) => waiting.push(go));
    running++;
  };
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  for (const c of CORPUS) cliRuns.set(c.file, slot().then(() => runCase(c, dir, 'cli')).catch((e: unknown) => e as Error).finally(release));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bad-input corpus', () => {
  it('the committed files and their listing are what write.ts makes, and every file has its expectation', async () => {
    const made = await badFiles();
    for (const [name, bytes] of made) {
      const committed = readFileSync(join(HERE, name));
      expect(Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).equals(committed), name).toBe(true);
    }
    expect(new Set(CORPUS.map((c) => c.file))).toEqual(new Set(made.keys()));
    expect(readFileSync(join(HERE, 'README.md'), 'utf8')).toBe(corpusListing());
  });

  const doors: Door[] = ['cli', 'file', 'memory'];
  const cases = CORPUS.flatMap((c) => doors.filter((d) => d !== 'memory' || !c.fileLevel).map((d) => [c.file, d, c] as const));
  it.each(cases)('%s through %s: its errors, exit code and message, no stack', async (_file, door, c) => {
    const outcome = door === 'cli' ? await cliRuns.get(c.file)! : await runCase(c, dir, door);
    if (outcome instanceof Error) throw outcome;
    expect(judge(c, outcome)).toEqual([]);
  }, 300_000); // a perf run may wait behind the others queued before it (all of them, when -t picks one late in the list)

  it('formula-like names are text in the written workbook: no formula anywhere in 排名结果, each name a string cell', async () => {
    for (const file of ['formula-injection.csv', 'formula-injection.xlsx']) {
      const out = join(dir, 'out', `${file}-cli.xlsx`);
      const zip = await JSZip.loadAsync(readFileSync(out));
      for (const part of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && !zip.files[n]!.dir)) {
        expect(await zip.file(part)!.async('string'), `${file} ${part}`).not.toMatch(/<f[ >]/);
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      const shown: string[] = [];
      wb.getWorksheet('排名结果')!.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string' && INJECTIONS.includes(cell.value)) shown.push(cell.value);
      }));
      expect(new Set(shown)).toEqual(new Set(INJECTIONS));
    }
  });

  it('control characters in names never reach the terminal raw: printed as \\u001b escapes', () => {
    const r = perf(['rank', 'control-chars.csv', '--out', join('out', 'control-text.xlsx')], dir);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('\\u001b[2J\\u001b[H清屏乡');
    expect(r.stdout).toContain('响铃\\u0007镇');
  });

  it('a macro-enabled workbook is read, and its output holds no macro: no vbaProject, no macro-enabled content type', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', 'macros.xlsm-cli.xlsx')));
    expect(Object.keys(zip.files).filter((n) => /vba/i.test(n))).toEqual([]);
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toMatch(/macroEnabled|vbaProject/);
  });

  it('a 10,000-character name is written whole into 排名结果', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'out', 'long-strings.csv-cli.xlsx')) as unknown as ArrayBuffer);
    const names: string[] = [];
    wb.getWorksheet('排名结果')!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && cell.value.length >= 10_000 && names.push(cell.value))));
    expect(names).toContain('县'.repeat(10_000));
  });
});
