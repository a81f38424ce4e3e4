import { describe, expect, it } from 'vitest';
import { consolidate } from './consolidate';
import { masterSheetRows, readMasterSheet } from './master-sheet';
import type { MasterRecord } from './record';
import { report, sheetOf, UNITS } from '../../../test/engine/fixtures/consolidate-sheets';

const origin = { sheet: '月报汇总', row: 1, col: 1 };
const withoutCells = (rs: readonly MasterRecord[]) => rs.map(({ cells: _c, ...r }) => r);

describe('the master’s 月报汇总 sheet', () => {
  const merged = consolidate({ units: UNITS, records: [] }, [
    report('a.xlsx', '南牛乡', '2026年6月', [['地区生产总值', 18, 3, 9.5], ['生产安全事故', 2, 0, 1, '≤']], '2026-07-08'),
    report('b.xlsx', '住建局', '2026年6月', [['投资', 600, 120, 700]]),
  ]).records;

  it('holds unit × indicator × month with 本月, 累计 and where each came from (报送文件, 报送时间)', () => {
    const rows = masterSheetRows('county-report', merged);
    expect(rows[0]).toEqual(['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注', '报送文件', '报送工作表', '报送时间']);
    expect(rows[2]).toEqual(['南牛乡', '2026-06', '生产安全事故', 2, '≤', 0, 1, null, 'a.xlsx', '月报', '2026-07-08']);
    expect(rows[3]!.slice(-3)).toEqual(['b.xlsx', '月报', null]);
  });

  it('reads back into the same records, each field’s cell kept so a change can name it', () => {
    const read = readMasterSheet('county-report', masterSheetRows('county-report', merged), origin);
    expect(read.issues).toEqual([]);
    expect(withoutCells(read.records)).toEqual(merged);
    expect(read.records[0]!.cells?.cumulative).toBe('G2');
  });

  it('a row without 报送文件 is the office’s own (typed), blanks and all', () => {
    const rows = [['单位', '月份', '指标名称', '累计完成值'], ['南牛乡', '2026年6月', '地区生产总值', 9]];
    const read = readMasterSheet('county-report', rows, origin);
    expect(read.records).toMatchObject([{ key: { unit: '南牛乡', period: '2026-06', item: '地区生产总值' }, values: { cumulative: 9, monthActual: null, direction: 'higher' }, source: null }]);
  });

  it('the same unit, month and indicator twice is an error naming both rows', () => {
    const rows = [['单位', '月份', '指标名称', '累计完成值'], ['南牛乡', '2026-06', 'GDP', 9], ['南牛乡', '2026年6月', 'GDP', 10]];
    const read = readMasterSheet('county-report', rows, origin);
    expect(read.issues).toMatchObject([{ code: 'consolidate.master-duplicate', cell: 'C3', severity: 'error' }]);
    expect(read.issues[0]!.message.zh).toContain('首次在 C2');
  });

  it('a month that is not a month, or has no year, is an error naming the cell', () => {
    const rows = [['单位', '月份', '指标名称', '累计完成值'], ['南牛乡', '上半年', 'GDP', 9], ['南牛乡', '6月', 'GDP', 9]];
    expect(readMasterSheet('county-report', rows, origin).issues.map((i) => [i.code, i.cell])).toEqual([['consolidate.bad-period', 'B2'], ['consolidate.month-without-year', 'B3']]);
  });

  it('staff and summary masters read back what they write too', () => {
    const staff = consolidate({ units: [{ name: '综合办' }], records: [] }, [
      sheetOf('s.xlsx', 'staff', [['考核月份', '2026-03'], ['姓名', '部门', '类别', '月底打分', '日考核得分'], ['刘敏', '综合办', '后勤', 95, -5]]),
    ]).records;
    expect(withoutCells(readMasterSheet('staff', masterSheetRows('staff', staff), origin).records)).toEqual(staff);
    const summary = consolidate({ units: UNITS, records: [] }, [
      sheetOf('u.xlsx', 'county-summary', [['考核月份：2026年6月'], ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分'], ['南牛乡', '乡镇', 80, null, 9, 1, 0]]),
    ]).records;
    expect(masterSheetRows('county-summary', summary)[1]!.slice(0, 3)).toEqual(['南牛乡', '2026-06', '乡镇']);
    expect(withoutCells(readMasterSheet('county-summary', masterSheetRows('county-summary', summary), origin).records)).toEqual(summary);
  });
});
