import { a1, type CellValue, type Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type ParsedRow, type ParsedTable, type TableSpec } from '../core/table';
import { parseDirection, type Direction } from './indicator';
import { parseMonth, type Month } from './month';
import { cellAt } from './place';
import type { CountyScheme } from './scheme';
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

/** Memoised readers: a report repeats the same few months and directions on every row. */
interface Caches {
  readonly months: Map<unknown, Month | undefined>;
  readonly directions: Map<unknown, Direction | undefined>;
  /** unit → month → indicator → first sheet row (nested, so no key string is built per row). */
  readonly seen: Map<string, Map<string, Map<string, number>>>;
}

const cached = <T>(cache: Map<unknown, T>, key: unknown, read: () => T): T => {
  if (cache.has(key)) return cache.get(key) as T;
  const v = read();
  cache.set(key, v);
  return v;
};

/** Where a row's field is, for an issue: built only when there is one. */
function placeOf(t: ParsedTable, row: { readonly row: number }, key: string) {
  const col = t.columns[key];
  const cell = col === undefined ? undefined : a1(row.row, col);
  return { at: cellAt(t.sheet, cell, `row ${row.row}`), cell, sheet: t.sheet, row: row.row, field: key };
}

/** The first row of unit/month/indicator, recording this one when it is the first. */
function firstRow(seen: Caches['seen'], unit: string, month: string, indicator: string, row: number): number | undefined {
  let byMonth = seen.get(unit);
  if (!byMonth) seen.set(unit, (byMonth = new Map()));
  let byIndicator = byMonth.get(month);
  if (!byIndicator) byMonth.set(month, (byIndicator = new Map()));
  const first = byIndicator.get(indicator);
  if (first === undefined) byIndicator.set(indicator, row);
  return first;
}

/** The checks one report row needs beyond its cell types. */
function checkRow(t: ParsedTable, row: ParsedRow, c: Caches, issues: Issue[]): void {
  const v = row.values;
  const place = (key: string) => placeOf(t, row, key);
  const month = v.month == null ? undefined : cached(c.months, v.month, () => parseMonth(v.month));
  if (v.month != null && !month) issues.push(makeIssue('county.bad-month', { at: place('month').at, value: String(v.month) }, place('month')));
  const dir = cached(c.directions, v.direction, () => parseDirection(v.direction as string | null | undefined));
  if (dir === undefined) issues.push(makeIssue('county.bad-direction', { at: place('direction').at, value: String(v.direction) }, place('direction')));
  if (typeof v.target === 'number' && dir === 'higher' && v.target <= 0) issues.push(makeIssue('county.target-not-positive', { at: place('target').at, value: v.target }, place('target')));
  if (typeof v.target === 'number' && dir === 'lower' && v.target < 0) issues.push(makeIssue('county.negative-value', { at: place('target').at, part: '标准值', partEn: 'the target', value: v.target }, place('target')));
  const m = v.monthActual;
  const cum = v.cumulative;
  if (typeof m === 'number' && m < 0) issues.push(makeIssue('county.negative-value', { at: place('monthActual').at, part: '本月完成值', partEn: 'the month actual', value: m }, place('monthActual')));
  if (typeof cum === 'number' && cum < 0) issues.push(makeIssue('county.negative-value', { at: place('cumulative').at, part: '累计完成值', partEn: 'the cumulative actual', value: cum }, place('cumulative')));
  // A blank actual is not 0: the row must give at least one (a cell that failed to read is reported already).
  const actualKey = t.columns.monthActual !== undefined ? 'monthActual' : t.columns.cumulative !== undefined ? 'cumulative' : undefined;
  const noMonth = t.columns.monthActual === undefined || m === null;
  const noCum = t.columns.cumulative === undefined || cum === null;
  if (actualKey !== undefined && noMonth && noCum) issues.push(makeIssue('county.report-no-actual', { at: place(actualKey).at }, place(actualKey)));
  if (typeof m === 'number' && typeof cum === 'number' && cum < m) {
    issues.push(makeIssue('county.report-cumulative-below-month', { at: place('cumulative').at, cumulative: cum, month: m }, place('cumulative')));
  }
  if (typeof v.unit === 'string' && typeof v.indicator === 'string' && month) {
    const first = firstRow(c.seen, v.unit, month.key, v.indicator, row.row);
    if (first !== undefined) {
      const p = place('indicator');
      const firstAt = placeOf(t, { row: first }, 'indicator').at;
      issues.push(makeIssue('county.detail-duplicate', { at: p.at, value: `${v.unit} ${month.key} ${v.indicator}`, first: firstAt }, p));
    }
  }
}

/** Everything wrong with a unit's monthly indicator report, every problem naming its cell. One pass. */
export function validateCountyReport(values: readonly (readonly CellValue[])[], origin: Origin, _scheme?: CountyScheme): { issues: Issue[] } {
  const t = readTable(values, countyReportSpec, origin);
  const issues = [...t.issues];
  if (issues.some((i) => i.code.startsWith('table.') && i.severity === 'error')) return { issues };
  if (t.columns.monthActual === undefined && t.columns.cumulative === undefined) issues.push(makeIssue('county.report-no-actual-column', {}, { sheet: t.sheet, row: t.headerRow }));
  const caches: Caches = { months: new Map(), directions: new Map(), seen: new Map() };
  const units = new Set<string>();
  for (const row of t.rows) {
    checkRow(t, row, caches, issues);
    if (typeof row.values.unit === 'string') units.add(row.values.unit);
  }
  if (units.size > 1) issues.push(makeIssue('county.report-several-units', { units: [...units].slice(0, 5).join('、') + (units.size > 5 ? '…' : '') }, { sheet: t.sheet, units: [...units] }));
  return { issues };
}
