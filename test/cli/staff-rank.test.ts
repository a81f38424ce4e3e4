import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from './fixtures';
import { ensureBuilt, perf, tempDir } from './harness';

let dir = '';
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('staff-rank');
  await writeXlsx(join(dir, 'staff.xlsx'), {
    员工: [
      ['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分', '绩效工资'],
      ['甲', '办公室', '后勤', 95, -2.5, null, null, 5000],
      ['乙', '办公室', '后勤', 0, -149.98, null, null, 5000],
      ['丙', '车间', '生产', null, null, 2, null, 4000],
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('perf rank on a staff sheet (issue 8, RULES.md staff Decisions)', () => {
  it('floats show with at least one decimal (−7.5%, not −8%), floored at −100.0% (not −249.98%); a blank 扣分 is 0', () => {
    const r = perf(['rank', 'staff.xlsx', '--scheme', 'staff'], dir);
    expect(r.code).toBe(0);
    const line = (name: string) => r.stdout.split('\n').find((l) => l.includes(` ${name} `)) ?? '';
    expect(line('甲')).toMatch(/92\.50\s+-7\.5%\s+-375\.00/);
    expect(line('乙')).toMatch(/-149\.98\s+-100\.0%\s+-5000\.00/);
    expect(line('丙')).toMatch(/102\.00\s+2\.0%\s+80\.00/);
  });

  it('the results sheet formats the float column with at least one decimal (0.0#%)', async () => {
    perf(['rank', 'staff.xlsx', '--scheme', 'staff', '--out', 'out.xlsx'], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out.xlsx'));
    const ws = wb.getWorksheet('排名结果')!;
    let header = 0;
    let col = 0;
    ws.eachRow((row, n) => row.eachCell((c, j) => {
      if (c.value === '浮动 Float') [header, col] = [n, j];
    }));
    expect(header).toBeGreaterThan(0);
    expect(ws.getCell(header + 1, col).numFmt).toBe('0.0#%');
    expect([1, 2, 3].map((i) => ws.getCell(header + i, col).value)).toEqual(expect.arrayContaining([-0.075, -1, 0.02]));
  });
});
