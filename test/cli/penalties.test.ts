/** The built `perf rank` on HR's department penalty sheet (issue 8, RULES.md staff: the amounts are a result the office sees). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from './fixtures';
import { ensureBuilt, perf, tempDir } from './harness';

const PENALTIES = [
  ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资'],
  ['办公室', '2026-03', '2026-04-13', '是', 0, 1, 0, null, null],
  ['一车间', '2026-12', '2027-01-09', '否', 2, 0, 1, 16000, 3000],
];

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('penalties');
  await writeXlsx(join(dir, 'penalties.xlsx'), { 处罚: PENALTIES });
  await writeXlsx(join(dir, 'hr.xlsx'), {
    员工: [['姓名', '部门', '类别', '月底打分', '日考核得分'], ['李明', '办公室', '后勤', 95, -5]],
    处罚: PENALTIES,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf rank on a department penalty sheet', () => {
  it('prints department, month, each amount and the total in the sheet’s order, and writes 部门考核扣款 (snapshot)', async () => {
    const r = perf(['rank', 'penalties.xlsx'], dir);
    expect(r).toMatchSnapshot();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/部门 department\s+考核月份 month\s+迟交汇总 late\s+当月未考核 missing\s+审核后仍有错误 review-error\s+考核无依据 baseless\s+以扣分刁难员工 harassment\s+合计 total/);
    expect(r.stdout).toMatch(/办公室\s+2026-03\s+300\.00\s+0\.00\s+0\.00\s+200\.00\s+0\.00\s+500\.00/);
    expect(r.stdout).toMatch(/一车间\s+2026-12\s+0\.00\s+1900\.00\s+200\.00\s+0\.00\s+500\.00\s+2600\.00/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'penalties-结果.xlsx'));
    expect(wb.worksheets.map((w) => w.name).filter((n) => n !== '_perf')).toEqual(['处罚', '部门考核扣款']);
  });

  it('--json keeps the six keys (department as unit, total as composite, rank null) and puts the month and each amount in details', () => {
    const r = perf(['rank', 'penalties.xlsx', '--json', '--out', 'p.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results).toEqual([
      { unit: '办公室', group: null, composite: 500, rank: null, tier: null, report: false, details: { month: '2026-03', late: 300, missing: 0, 'review-error': 0, baseless: 200, harassment: 0 } },
      { unit: '一车间', group: null, composite: 2600, rank: null, tier: null, report: false, details: { month: '2026-12', late: 0, missing: 1900, 'review-error': 200, baseless: 0, harassment: 500 } },
    ]);
  });

  it('--scheme staff --sheet names the penalty sheet in a workbook whose first sheet is the staff sheet', () => {
    const r = perf(['rank', 'hr.xlsx', '--scheme', 'staff', '--sheet', '处罚', '--json', '--out', 'hr-p.xlsx'], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout).results as { unit: string; composite: number }[]).map((x) => [x.unit, x.composite])).toEqual([['办公室', 500], ['一车间', 2600]]);
    const people = perf(['rank', 'hr.xlsx', '--scheme', 'staff', '--json', '--out', 'hr-s.xlsx'], dir);
    expect(JSON.parse(people.stdout).results).toMatchObject([{ unit: '李明', composite: 90, rank: 1 }]);
  });
});
