import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures, writeXlsx } from './fixtures';
import { CAN_RUN_AS_NOBODY, ensureBuilt, NOBODY, perf, tempDir } from './harness';
import { checkPackage, roundTrip, sheetValues } from './package-check';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('rank');
  await writeFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = async (path: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

describe('perf rank', () => {
  it('ranks a summary .xlsx: tables per group, exit 0, output beside it as <name>-结果.xlsx', () => {
    const r = perf(['rank', 'summary.xlsx'], dir);
    expect(r).toMatchSnapshot();
    expect(existsSync(join(dir, 'summary-结果.xlsx'))).toBe(true);
  });

  it('keeps every input sheet untouched and adds 排名结果; the package is valid and survives a round trip', async () => {
    perf(['rank', 'summary.xlsx', '--out', 'kept.xlsx'], dir);
    const input = sheetValues(await load(join(dir, 'summary.xlsx')));
    const output = sheetValues(await load(join(dir, 'kept.xlsx')));
    for (const name of Object.keys(input)) expect(output[name], name).toEqual(input[name]);
    const pkg = await checkPackage(join(dir, 'kept.xlsx'));
    expect(pkg.badParts).toEqual([]);
    expect(pkg.sheets).toEqual(expect.arrayContaining(['汇总', '备注', '排名结果']));
    const trip = await roundTrip(join(dir, 'kept.xlsx'));
    expect(trip.after).toEqual(trip.before);
  });

  it('--json prints exactly { results, warnings, issues }', () => {
    const r = perf(['rank', 'summary.xlsx', '--json', '--out', 'json.xlsx'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown[]>;
    expect(Object.keys(out)).toEqual(['results', 'warnings', 'issues']);
    for (const x of out.results!) expect(Object.keys(x as object)).toEqual(['unit', 'group', 'composite', 'rank', 'tier', 'report']);
    for (const x of out.warnings!) expect(Object.keys(x as object)).toEqual(['code', 'group', 'units', 'message']);
    for (const x of out.issues!) expect(Object.keys(x as object)).toEqual(['file', 'sheet', 'cell', 'code', 'severity', 'message']);
    const unit = (name: string) => out.results!.find((x) => (x as { unit: string }).unit === name);
    expect(unit('南牛乡')).toEqual({ unit: '南牛乡', group: 'township', composite: 95.7, rank: 1, tier: '先进', report: false });
    expect(unit('矿管办')).toEqual({ unit: '矿管办', group: 'department', composite: 57.5, rank: 4, tier: '不合格', report: true });
    expect(r).toMatchSnapshot();
  });

  it.each(['summary-utf8.csv', 'summary-bom.csv', 'summary-gbk.csv'])('reads %s to the same results as the .xlsx', (file) => {
    const xlsx = JSON.parse(perf(['rank', 'summary.xlsx', '--json', '--out', 'x.xlsx'], dir).stdout) as { results: unknown };
    const r = perf(['rank', file, '--json'], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { results: unknown }).results).toEqual(xlsx.results);
    expect(existsSync(join(dir, file.replace('.csv', '-结果.xlsx')))).toBe(true);
  });

  it('never overwrites the input: --out naming it is refused, exit 1, the file unchanged', () => {
    const before = readFileSync(join(dir, 'summary.xlsx'));
    const mtime = statSync(join(dir, 'summary.xlsx')).mtimeMs;
    expect(perf(['rank', 'summary.xlsx', '--out', './summary.xlsx'], dir)).toMatchSnapshot();
    expect(readFileSync(join(dir, 'summary.xlsx')).equals(before)).toBe(true);
    expect(statSync(join(dir, 'summary.xlsx')).mtimeMs).toBe(mtime);
  });

  it('--out into a folder that does not exist yet: the folder is made, exit 0', () => {
    expect(perf(['rank', 'summary.xlsx', '--out', 'no/such/folder/x.xlsx'], dir)).toMatchSnapshot();
    expect(existsSync(join(dir, 'no/such/folder/x.xlsx'))).toBe(true);
  });

  it('an output that cannot be written (a file where a folder belongs, not .xlsx) is one line, exit 1', () => {
    expect(perf(['rank', 'summary.xlsx', '--out', 'summary.xlsx/x.xlsx'], dir)).toMatchSnapshot();
    expect(perf(['rank', 'summary.xlsx', '--out', 'x.csv'], dir)).toMatchSnapshot();
  });

  it.each([
    ['missing header', 'no-header.csv'],
    ['duplicate header', 'dup-header.csv'],
    ['duplicate unit', 'dup-unit.csv'],
    ['unknown group', 'bad-group.csv'],
    ['text where a number belongs', 'bad-number.csv'],
  ])('%s: each issue on one line naming its cell, exit 1, nothing written', (_what, file) => {
    const r = perf(['rank', file], dir);
    expect(r).toMatchSnapshot();
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, file.replace('.csv', '-结果.xlsx')))).toBe(false);
  });

  it('--json lists the issues with file, sheet and cell, and no results', () => {
    const r = perf(['rank', 'dup-unit.csv', '--json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchSnapshot();
  });

  it.each([
    ['a missing file', 'nowhere.xlsx'],
    ['a text file named .xlsx', 'not-a-workbook.xlsx'],
    ['a password-protected workbook', 'locked.xlsx'],
    ['an old .xls', 'old.xls'],
    ['a truncated .xlsx', 'truncated.xlsx'],
  ])('%s: one line in Chinese and English, exit 1, no stack', (_what, file) => {
    const r = perf(['rank', file], dir);
    expect(r).toMatchSnapshot();
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a missing file', 'nowhere.xlsx', 'file.missing'],
    ['a text file named .xlsx', 'not-a-workbook.xlsx', 'file.not-workbook'],
    ['a password-protected workbook', 'locked.xlsx', 'file.encrypted'],
  ])('--json on %s prints the contract shape with the file error as its one issue, exit 1', (_what, file, code) => {
    const r = perf(['rank', file, '--json'], dir);
    expect(r).toMatchSnapshot();
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { results: unknown[]; warnings: unknown[]; issues: { code: string }[] };
    expect(Object.keys(out)).toEqual(['results', 'warnings', 'issues']);
    expect(out.results).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(out.issues).toHaveLength(1);
    expect(Object.keys(out.issues[0]!)).toEqual(['file', 'sheet', 'cell', 'code', 'severity', 'message']);
    expect(out.issues[0]).toMatchObject({ file, sheet: null, cell: null, code, severity: 'error' });
  });

  it.runIf(CAN_RUN_AS_NOBODY)('an unreadable file (no permission) is the user\'s to fix: one line, exit 1, not an internal error', () => {
    copyFileSync(join(dir, 'summary.xlsx'), join(dir, 'secret.xlsx'));
    chmodSync(join(dir, 'secret.xlsx'), 0o000);
    chmodSync(dir, 0o755); // the temp dir is private to its owner; the CLI may run as nobody
    const r = perf(['rank', 'secret.xlsx'], dir, NOBODY);
    expect(r).toMatchSnapshot();
    expect(r.code).toBe(1);
    const json = perf(['rank', 'secret.xlsx', '--json'], dir, NOBODY);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).issues[0]).toMatchObject({ file: 'secret.xlsx', code: 'file.cannot-read' });
  });

  it('a folder given as FILE is "a folder", not "file not found": one line, exit 1', () => {
    mkdirSync(join(dir, 'folder.xlsx'), { recursive: true });
    expect(perf(['rank', 'folder.xlsx'], dir)).toMatchSnapshot();
    expect(perf(['validate', 'folder.xlsx'], dir)).toMatchSnapshot();
  });

  it('--sheet picks the sheet; a sheet that does not exist is one line, exit 1', () => {
    expect(perf(['rank', 'summary.xlsx', '--sheet', '汇总', '--out', 's.xlsx'], dir).code).toBe(0);
    expect(perf(['rank', 'summary.xlsx', '--sheet', '没有', '--out', 's.xlsx'], dir)).toMatchSnapshot();
  });

  it('--scheme engineer ranks an engineer sheet: rank, name, score; JSON in the same six keys', () => {
    expect(perf(['rank', 'engineers.xlsx', '--scheme', 'engineer'], dir)).toMatchSnapshot();
    const r = perf(['rank', 'engineers.xlsx', '--scheme', 'engineer', '--json', '--out', 'e.xlsx'], dir);
    expect(JSON.parse(r.stdout).results).toEqual([
      { unit: '张工', group: null, composite: 95.4, rank: 2, tier: null, report: false },
      { unit: '李工', group: null, composite: 100, rank: 1, tier: null, report: false },
    ]);
  });

  /** Two projects of a 项目支出绩效自评表: 甲 scores 优, 乙 差. */
  const writeSelfEval = async (file: string): Promise<void> => {
    const header = ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例', '是否适用'];
    const project = (name: string, executed: number, trained: number, percent: number, satisfied: string) => [
      [name, 100, executed, '产出', '数量', '培训人次', '≥50人次', 50, trained, null, null, null],
      [null, null, null, '效益', '社会', '培训效果', '明显提升', 30, null, '达成', percent, null],
      [null, null, null, '满意度', '服务对象满意度', '受训人员满意度', '≥90%', 10, satisfied, null, null, null],
    ];
    await writeXlsx(join(dir, file), { 自评表: [header, ...project('甲项目', 90, 55, 90, '95%'), ...project('乙项目', 50, 20, 80, '60%')] });
  };

  it('a fiscal self-evaluation sheet: rank, project, score, grade and suggestion in the table', async () => {
    await writeSelfEval('self-eval.xlsx');
    const r = perf(['rank', 'self-eval.xlsx', '--scheme', 'fiscal'], dir);
    expect(r).toMatchSnapshot();
    expect(r.stdout).toMatch(/等级 grade\s+结果应用 suggestion/);
    expect(r.stdout).toMatch(/1\s+甲项目\s+\d+\.\d\d\s+优\s+\S/);
  });

  it('--json on a staff sheet keeps the six keys and adds details: department rank, category, float, amount (RULES staff)', async () => {
    const rows = [['姓名', '部门', '类别', '月底打分', '日考核得分', '绩效工资'], ['李明', '行政部', '后勤', 95, -5, 3000], ['赵丽', '行政部', '后勤', 98, 10, 3000], ['王强', '车间', '后勤', 100, 0, 3000]];
    await writeXlsx(join(dir, 'staff.xlsx'), { 员工: rows });
    const r = perf(['rank', 'staff.xlsx', '--scheme', 'staff', '--json', '--out', 'st.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([
      { unit: '李明', group: '行政部', composite: 90, rank: 3, tier: null, report: false, details: { departmentRank: 2, category: '后勤', float: -0.1, amount: -300 } },
      { unit: '赵丽', group: '行政部', composite: 108, rank: 1, tier: null, report: false, details: { departmentRank: 1, category: '后勤', float: 0.08, amount: 240 } },
      { unit: '王强', group: '车间', composite: 100, rank: 2, tier: null, report: false, details: { departmentRank: 1, category: '后勤', float: 0, amount: 0 } },
    ]);
  });

  it('--json on a fiscal self-evaluation sheet adds each project’s grade and suggestion as details (FISCAL.md §3–4)', async () => {
    await writeSelfEval('self-eval-json.xlsx');
    const r = perf(['rank', 'self-eval-json.xlsx', '--scheme', 'fiscal', '--json', '--out', 'fj.xlsx'], dir);
    const results = JSON.parse(r.stdout).results as { unit: string; details: unknown }[];
    expect(results.map((x) => [x.unit, x.details])).toEqual([
      ['甲项目', { grade: '优', suggestion: { zh: '优先安排预算', en: 'give priority in next year’s budget' } }],
      ['乙项目', { grade: '差', suggestion: { zh: '减少或取消预算', en: 'reduce or cancel the budget' } }],
    ]);
  });

  it('--scheme engineer on a county summary finds no engineer sheet, exit 1', () => {
    expect(perf(['rank', 'summary.xlsx', '--scheme', 'engineer', '--out', 'e.xlsx'], dir)).toMatchSnapshot();
  });
});
