/**
 * Issue 9 through the built CLI: `perf rank --json` and `perf validate --json` give the same results and issues for
 * each office-dressed fixture (.xlsx with merges and cached formulas, and CSV) as for its clean version; a
 * header-only table exits 1 with table.empty and writes nothing. The committed fixture files are what write.ts makes.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFiles, layoutPairs } from '../fixtures/office-layouts/layouts';
import { fixtureFiles, writeFixtureFiles } from '../fixtures/office-layouts/write';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('office-layouts');
  await writeFixtureFiles(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonIssue { file: string; sheet: string | null; cell: string | null; code: string; severity: string; message: { zh: string; en: string } }
interface RankJson { results: unknown[]; warnings: unknown[]; issues: JsonIssue[] }

/** Everything a layout must not change: results, warnings, and the issues that are not info notes (by code and text). */
const heard = (issues: readonly JsonIssue[]) => issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.message.en]);
function rank(file: string): { code: number | null; results: unknown[]; warnings: unknown[]; issues: unknown[] } {
  const r = perf(['rank', file, '--json', '--out', `out-${file}.xlsx`, '--force'], dir);
  const j = JSON.parse(r.stdout) as RankJson;
  return { code: r.code, results: j.results, warnings: j.warnings, issues: heard(j.issues) };
}
function validate(file: string): { code: number | null; issues: unknown[] } {
  const r = perf(['validate', file, '--json'], dir);
  return { code: r.code, issues: heard((JSON.parse(r.stdout) as { issues: JsonIssue[] }).issues) };
}

const pairs = layoutPairs().flatMap((p) => [['xlsx', p.name] as const, ...(p.csv ? [['csv', p.name] as const] : [])]);

describe('perf on office-dressed workbooks (issue 9)', () => {
  it.each(pairs)('%s: %s gives exactly the results of its clean version through rank --json and validate', (ext, name) => {
    const clean = rank(`${name}-clean.${ext}`);
    const dressed = rank(`${name}.${ext}`);
    expect(dressed).toEqual(clean);
    if (name !== 'fiscal-targets') {
      expect(dressed.code).toBe(0);
      expect(dressed.results.length).toBeGreaterThan(1);
    }
    const v = validate(`${name}.${ext}`);
    expect(v).toEqual(validate(`${name}-clean.${ext}`));
    expect(v.issues).toEqual([]);
  });

  it.each(layoutFiles().filter((f) => f.name.endsWith('header-only')).flatMap((f) => [`${f.name}.xlsx`, `${f.name}.csv`]))('%s: exit 1 with table.empty, nothing written', (file) => {
    const r = perf(['rank', file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('表中没有数据行');
    expect(existsSync(join(dir, file.replace(/\.(xlsx|csv)$/, '-结果.xlsx')))).toBe(false);
    const j = JSON.parse(perf(['rank', file, '--json'], dir).stdout) as RankJson;
    expect(j.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['table.empty']);
    expect(j.results).toEqual([]);
    expect(validate(file)).toEqual({ code: 1, issues: [['table.empty', expect.stringContaining('The table has no data rows')]] });
  });

  it('a formula saved without its value: exit 1, the cell named, nothing written', () => {
    const r = perf(['rank', 'county-uncomputed.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as RankJson;
    expect(j.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.cell])).toEqual([['cell.uncomputed', '汇总', 'D5']]);
    expect(existsSync(join(dir, 'county-uncomputed-结果.xlsx'))).toBe(false);
  });

  it('group headings, a second table, doubled and unclear columns', () => {
    expect((rank('county-group-headings.xlsx').results as { unit: string }[]).map((x) => x.unit)).toEqual(['南牛乡', '新城铺镇', '招商局', '民政局(宗教局)', '住建局']);
    expect(rank('county-group-headings.csv').results).toEqual(rank('county-group-headings.xlsx').results);
    expect((rank('county-second-table.xlsx').results as { unit: string }[]).map((x) => x.unit)).toEqual(['南牛乡', '新城铺镇', '西平乐乡']);
    expect(validate('county-doubled-column.csv')).toEqual({ code: 1, issues: [['table.duplicate-column', 'The header names "indicator" twice (C1, D1)']] });
    expect(validate('county-unclear-column.xlsx').issues).toEqual([['table.unclear-column', expect.stringContaining('C2 "中期", D2 "年终"')]]);
  });
});

describe('perf on an empty CSV', () => {
  it.each([
    ['0 bytes', ''],
    ['a BOM alone', '\ufeff'],
    ['blank lines', '\ufeff\r\n,,,\r\n\r\n'],
  ])('%s: the file is empty (not "no table found"), exit 1 in rank and validate', (_what, content) => {
    writeFileSync(join(dir, 'empty.csv'), content);
    const r = perf(['rank', 'empty.csv'], dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'perf: 文件“empty.csv”是空的：没有任何数据。 / "empty.csv" is empty: it holds no data.\n' });
    const j = JSON.parse(perf(['rank', 'empty.csv', '--json'], dir).stdout) as RankJson;
    expect(j.issues.map((i) => i.code)).toEqual(['file.empty']);
    expect(validate('empty.csv')).toEqual({ code: 1, issues: [['file.empty', '"empty.csv" is empty: it holds no data.']] });
  });
});

describe('the committed fixtures in test/fixtures/office-layouts', () => {
  const committed = join(import.meta.dirname, '../fixtures/office-layouts');

  /** An .xlsx as what it shows: per sheet, its values, merged areas and formulas. */
  async function shown(bytes: Uint8Array): Promise<unknown> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.formula ?? null, c.type === ExcelJS.ValueType.Formula ? (c.result ?? null) : c.value])));
      return { name: ws.name, cells, merges: (ws.model as { merges?: string[] }).merges ?? [] };
    });
  }

  it('are exactly what write.ts makes (regenerate with `npx tsx test/fixtures/office-layouts/write.ts`)', async () => {
    const made = await fixtureFiles();
    const onDisk = readdirSync(committed).filter((f) => /\.(xlsx|csv)$/.test(f)).sort();
    expect(onDisk).toEqual([...made.keys()].sort());
    for (const [name, content] of made) {
      const disk = readFileSync(join(committed, name));
      if (typeof content === 'string') expect(disk.toString('utf8'), name).toBe(content);
      else expect(await shown(disk), name).toEqual(await shown(content));
    }
  });
});
