/**
 * The two inputs too big to keep in the repository, made here at run time: a sheet of 1,048,576 rows (Excel's
 * last row) and a 200 MB CSV. perf refuses both with one line naming the limit, exit 1, in bounded time and memory —
 * the sheet's cells are counted while its part is inflated with a cap, the CSV is refused by its size before reading.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, tempDir } from '../cli/harness';
import { zip } from '../fixtures/bad/build/zip';

const ROWS = 1_048_576;
let dir = '';

/** An .xlsx whose one sheet has a value in every row down to row 1,048,576 (its XML deflated natively, ~1 s). */
async function millionRows(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('汇总').getCell('A1').value = '单位';
  const base = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = await Promise.all(Object.keys(base.files).filter((n) => !base.files[n]!.dir).map(async (name) => ({ name, data: await base.file(name)!.async('uint8array') })));
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const xml = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A${ROWS}"/><sheetData>${rows.join('')}</sheetData></worksheet>`);
  const sheet = { deflated: new Uint8Array(deflateRawSync(xml, { level: 1 })), crc: crc32(xml), declaredSize: xml.length };
  const bytes = zip(parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: new Uint8Array(0), ...sheet } : p)));
  await new Promise<void>((done, fail) => void createWriteStream(path).on('error', fail).end(bytes, () => done()));
}

/** A CSV of county summary rows past 200 MB, written in 1 M-character pieces (some 1.3 MB each). */
async function hugeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('单位,类别,指标评估,公众评估,领导评估,加分,减分\r\n');
  let chunk = '';
  for (let i = 0; chunk.length < 1 << 20; i++) chunk += `单位${i},乡镇,85.5,,9.2,1,0\r\n`;
  for (let mb = 0; mb < 160; mb++) if (!out.write(chunk)) await new Promise<void>((r) => void out.once('drain', () => r()));
  await new Promise<void>((done, fail) => void out.on('error', fail).end(() => done()));
}

beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('huge');
  await Promise.all([millionRows(join(dir, 'million.xlsx')), hugeCsv(join(dir, 'huge.csv'))]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** perf under a heap of 1 GB: a refusal that needed more would crash instead of answering. */
const perf = (args: readonly string[]) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
};

describe('inputs too big to open', () => {
  it('a sheet of 1,048,576 rows: refused by its cell count, one line, exit 1, no output', () => {
    const r = perf(['rank', 'million.xlsx']);
    expect(r.stderr).toBe(`perf: 文件“million.xlsx”过大：共有 ${ROWS} 个单元格，上限为 1000000（约 10 万行 × 10 列），未打开。请只保留需要的工作表和行，另存后再试。 / "million.xlsx" is too large: ${ROWS} cells, over the limit of 1000000 (about 100,000 rows × 10 columns); not opened. Keep only the sheets and rows needed, save and retry.\n`);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'million-结果.xlsx'))).toBe(false);
  });

  it('a 200 MB CSV: refused by its size before it is read, one line, exit 1; --json gives the contract shape', () => {
    const r = perf(['rank', 'huge.csv']);
    expect(r.stderr).toMatch(/^perf: 文件“huge\.csv”过大：大小为 2\d\d MB，CSV 上限为 32 MB，未打开。.* \/ "huge\.csv" is too large: 2\d\d MB, over the CSV limit of 32 MB; not opened\..*\n$/);
    expect(r.code).toBe(1);
    const json = perf(['validate', 'huge.csv', '--json']);
    expect(JSON.parse(json.stdout).issues).toMatchObject([{ file: 'huge.csv', code: 'file.too-large', severity: 'error' }]);
  });
});
