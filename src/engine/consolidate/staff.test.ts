import { describe, expect, it } from 'vitest';
import type { CellValue } from '../core/cell';
import { staffPreset } from '../staff/preset';
import { consolidate } from './consolidate';
import { sheetOf } from '../../../test/engine/fixtures/consolidate-sheets';

const DEPTS = [{ name: '综合办' }, { name: '一车间' }, { name: '财务部' }];
const STAFF = ['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分'];

/** A department's March summary, sent on `submitted` (a 报送日期 line above the table when given). */
function summary(file: string, dept: string, submitted?: CellValue) {
  const top: CellValue[][] = [['考核月份', '2026年3月'], ...(submitted === undefined ? [] : [['报送日期', submitted]])];
  return sheetOf(file, 'staff', [...top, STAFF, [`${dept}甲`, dept, '后勤', 95, -5, null, null], [`${dept}乙`, dept, '生产', null, null, 6, 2]]);
}

describe('consolidate: staff department summaries (篇3 五 1 LATEFEE)', () => {
  it('computes late days and the fee from each summary’s 报送日期: due the 10th of the next month, 100 yuan a day', () => {
    const out = consolidate({ units: DEPTS, records: [] }, [summary('a.xlsx', '综合办', '2026-04-10'), summary('b.xlsx', '一车间', '2026-04-13')]);
    expect(out.report.map((r) => [r.unit, r.status, r.late])).toEqual([
      ['综合办', 'merged', { due: '2026-04-10', days: 0, fee: 0 }],
      ['一车间', 'merged', { due: '2026-04-10', days: 3, fee: 300 }],
      ['财务部', 'missing', null],
    ]);
    expect(out.missing).toEqual(['财务部']);
  });

  it('the fee follows the staff scheme (calendar due day and amount per day are data)', () => {
    const scheme = { ...staffPreset, calendar: { ...staffPreset.calendar, toHrBy: 12 }, penalties: { ...staffPreset.penalties, late: { perDay: 50 } } };
    const out = consolidate({ units: DEPTS, records: [] }, [summary('b.xlsx', '一车间', '2026-04-15')], { staff: scheme });
    expect(out.report.find((r) => r.unit === '一车间')!.late).toEqual({ due: '2026-04-12', days: 3, fee: 150 });
  });

  it('a summary without 报送日期 is merged with a warning, and no fee is computed', () => {
    const out = consolidate({ units: DEPTS, records: [] }, [summary('a.xlsx', '综合办')]);
    expect(out.merged).toHaveLength(1);
    expect(out.report[0]!.late).toBeNull();
    expect(out.issues.filter((i) => i.code === 'consolidate.no-date')).toMatchObject([{ severity: 'warning', file: 'a.xlsx' }]);
  });

  it('a 报送日期 before the assessed month is a warning, no fee', () => {
    const out = consolidate({ units: DEPTS, records: [] }, [summary('a.xlsx', '综合办', '2026-02-27')]);
    expect(out.report[0]!.late).toBeNull();
    expect(out.issues.map((i) => i.code)).toContain('consolidate.submitted-before-period');
  });

  it('records each person’s figures keyed by department, month and name', () => {
    const out = consolidate({ units: DEPTS, records: [] }, [summary('a.xlsx', '综合办', '2026-04-08')]);
    expect(out.records.map((r) => [r.key.kind, r.key.unit, r.key.period, r.key.item, r.values.monthEnd, r.values.bonus])).toEqual([
      ['staff', '综合办', '2026-03', '综合办甲', 95, null],
      ['staff', '综合办', '2026-03', '综合办乙', null, 6],
    ]);
  });
});
