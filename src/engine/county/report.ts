import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type ParsedRow, type ParsedTable, type TableSpec } from '../core/table';
import type { CountyScheme } from './scheme';
import { parseDirection } from './indicator';
import { parseMonth } from './month';
import { cellAt } from './place';
import { UNIT_FIELD } from './summary';

/** 篇4 六(三) 定期汇总: each unit reports its indicators' progress to the 绩效办 every month. */
export const countyReportSpec: TableSpec = {
  name: { zh: '指标完成情况月报', en: 'monthly indicator report' },
  fields: [
    UNIT_FIELD,
    { key: 'month', label: { zh: '月份', en: 'month' }, aliases: ['报送月份', '月'], type: 'text', required: true, blank: 'error' },
    { key: 'indicator', label: { zh: '指标名称', en: 'indicator' }, aliases: ['指标', '指标项目', '三级指标'], type: 'text', required: true, blank: 'error' },
    { key: 'target', label: { zh: '标准值', en: 'target' }, aliases: ['目标值'], type: 'number', required: true, blank: 'error' },
    { key: 'direction', label: { zh: '方向', en: 'direction' }, aliases: ['指标方向'], type: 'text' },
    { key: 'monthActual', label: { zh: '本月完成值', en: 'month actual' }, aliases: ['本月完成', '当月完成值'], type: 'number', blank: 'null' },
    { key: 'cumulative', label: { zh: '累计完成值', en: 'cumulative actual' }, aliases: ['累计完成', '年度累计'], type: 'number', blank: 'null' },
    { key: 'note', label: { zh: '备注', en: 'note' }, aliases: ['说明'], type: 'text' },
  ],
};

/** The checks one report row needs beyond its cell types. */
function checkRow(t: ParsedTable, row: ParsedRow, seen: Map<string, string>, issues: Issue[]): void {
  const v = row.values;
  const place = (key: string) => {
    const cell = row.cells[key];
    return { at: cellAt(t.sheet, cell, `row ${row.row}`), cell, sheet: t.sheet, row: row.row, field: key };
  };
  const month = parseMonth(v.month);
  if (v.month != null && !month) issues.push(makeIssue('county.bad-month', { at: place('month').at, value: String(v.month) }, place('month')));
  const dir = parseDirection(v.direction as string | null | undefined);
  if (dir === undefined) issues.push(makeIssue('county.bad-direction', { at: place('direction').at, value: String(v.direction) }, place('direction')));
  if (typeof v.target === 'number' && dir === 'higher' && v.target <= 0) issues.push(makeIssue('county.target-not-positive', { at: place('target').at, value: v.target }, place('target')));
  if (typeof v.target === 'number' && dir === 'lower' && v.target < 0) issues.push(makeIssue('county.negative-value', { at: place('target').at, part: '标准值', partEn: 'the target', value: v.target }, place('target')));
  for (const [key, part, partEn] of [['monthActual', '本月完成值', 'the month actual'], ['cumulative', '累计完成值', 'the cumulative actual']] as const) {
    const x = v[key];
    if (typeof x === 'number' && x < 0) issues.push(makeIssue('county.negative-value', { at: place(key).at, part, partEn, value: x }, place(key)));
  }
  const hasMonth = typeof v.monthActual === 'number';
  const hasCum = typeof v.cumulative === 'number';
  // A blank actual is not 0: the row must say at least one of them (cells that failed to read are reported already).
  const actualKey = t.columns.monthActual !== undefined ? 'monthActual' : t.columns.cumulative !== undefined ? 'cumulative' : undefined;
  if (!hasMonth && !hasCum && actualKey !== undefined) issues.push(makeIssue('county.report-no-actual', { at: place(actualKey).at }, place(actualKey)));
  if (hasMonth && hasCum && (v.cumulative as number) < (v.monthActual as number)) {
    issues.push(makeIssue('county.report-cumulative-below-month', { at: place('cumulative').at, cumulative: v.cumulative as number, month: v.monthActual as number }, place('cumulative')));
  }
  if (typeof v.unit === 'string' && typeof v.indicator === 'string' && month) {
    const key = `${v.unit}\u0000${month.key}\u0000${v.indicator}`;
    const first = seen.get(key);
    const p = place('indicator');
    if (first !== undefined) issues.push(makeIssue('county.detail-duplicate', { at: p.at, value: `${v.unit} ${month.key} ${v.indicator}`, first }, p));
    else seen.set(key, p.at);
  }
}

/** Everything wrong with a unit's monthly indicator report, every problem naming its cell. */
export function validateCountyReport(values: readonly (readonly CellValue[])[], origin: Origin, _scheme?: CountyScheme): { issues: Issue[] } {
  const t = readTable(values, countyReportSpec, origin);
  const issues: Issue[] = [...t.issues];
  if (t.rows.length === 0 && Object.keys(t.columns).length === 0) return { issues };
  if (t.columns.monthActual === undefined && t.columns.cumulative === undefined) issues.push(makeIssue('county.report-no-actual-column', {}, { sheet: t.sheet, row: t.headerRow }));
  const seen = new Map<string, string>();
  const units = new Set<string>();
  for (const row of t.rows) {
    checkRow(t, row, seen, issues);
    if (typeof row.values.unit === 'string') units.add(row.values.unit);
  }
  if (units.size > 1) issues.push(makeIssue('county.report-several-units', { units: [...units].slice(0, 5).join('、') + (units.size > 5 ? '…' : '') }, { sheet: t.sheet, units: [...units] }));
  return { issues };
}
