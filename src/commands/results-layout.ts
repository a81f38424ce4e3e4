import { COUNTY_GROUPS, countyParts, type CellValue, type CountyGroup, type CountyResult, type Issue, type Text, type Tier, type UnitParts } from '../engine';
import type { ChartSpec, RangeFormat } from '../host/port';
import { rangeOf, scoreFormat } from './a1-range';
import { columnOf, partColumn, printSetup, shownParts, tableOf, type Column } from './sheet-columns';
import type { PlanBlock, SheetPlan } from './types';

/** The results sheet's name; the add-in owns it once written. */
export const RESULTS_SHEET = '排名结果';

export const GROUP_LABELS: Readonly<Record<CountyGroup, Text>> = {
  township: { zh: '乡镇', en: 'township' },
  department: { zh: '部门', en: 'department' },
  'ancient-city': { zh: '古城', en: 'ancient-city' },
};

export const TIERS: readonly Tier[] = ['先进', '合格', '不合格'];

/** Tier colours: green, neutral blue, red — fills with a readable font. */
export const TIER_FILLS: Readonly<Record<Tier, { fill: string; font: string }>> = {
  先进: { fill: '#C6EFCE', font: '#006100' },
  合格: { fill: '#DDEBF7', font: '#1F3864' },
  不合格: { fill: '#FFC7CE', font: '#9C0006' },
};

/** When the run happened and with which scheme: the results sheet's stamp. */
export interface RunStamp {
  readonly time: string;
  readonly scheme: string;
  readonly hash: string;
  readonly precision: number;
}

const TITLE = '排名结果 · Ranking results（由绩效加载项生成，重新运行将整体替换 / written by the 绩效 add-in; a rerun replaces it）';
export const TABLE_TOP = 4;

/** One collator for every comparison (a locale argument to localeCompare builds one per call). */
export const byName = new Intl.Collator('zh');

/** Results in output order: by group (township, department, ancient-city), then rank, then unit name. */
export function orderResults(results: readonly CountyResult[]): CountyResult[] {
  const g = (r: CountyResult): number => COUNTY_GROUPS.indexOf(r.group);
  return [...results].sort((a, b) => g(a) - g(b) || a.rank - b.rank || byName.compare(a.unit, b.unit));
}

/** A unit with its parts as its composite used them (指标评估, 公众评估, 领导评估, 加分 and 减分 after caps), as shown. */
type UnitRow = CountyResult & { readonly parts: UnitParts };

/** 排名结果's columns: the composite with its parts beside it, the tier, 抄送, and the explanation in both languages. */
const COUNTY: readonly Column<UnitRow>[] = [
  { header: '类别 Group', value: (r) => GROUP_LABELS[r.group].zh, width: 8 },
  { header: '排名 Rank', value: (r) => r.rank, width: 7 },
  { header: '单位 Unit', value: (r) => r.unit, text: true, width: 20, label: true },
  { header: '综合得分 Composite', value: (r) => r.rounded, format: scoreFormat, score: true, width: 11 },
  partColumn('指标评估 Indicator', 'indicator'),
  partColumn('公众评估 Public', 'public'),
  partColumn('领导评估 Leader', 'leader'),
  partColumn('加分 Bonus', 'bonus', 8),
  partColumn('减分 Deduction', 'deduction', 8),
  { header: '档次 Tier', key: 'tier', value: (r) => r.tier, width: 8 },
  { header: '抄送 Report', key: 'report', value: (r) => (r.report ? '抄送' : null), text: true, width: 7 },
  { header: '说明', value: (r) => r.explanation.zh, text: true, width: 36, wrap: true },
  { header: 'Explanation', value: (r) => r.explanation.en, text: true, width: 36, wrap: true },
];

/** Count per group and tier, for the summary block (presentation only: the tiers come from the engine). */
export function tierCounts(results: readonly CountyResult[]): Record<CountyGroup, Record<Tier, number>> {
  const out = {} as Record<CountyGroup, Record<Tier, number>>;
  for (const g of COUNTY_GROUPS) out[g] = { 先进: 0, 合格: 0, 不合格: 0 };
  for (const r of results) out[r.group][r.tier] += 1;
  return out;
}

function summaryRows(results: readonly CountyResult[]): CellValue[][] {
  const counts = tierCounts(results);
  const rows: CellValue[][] = [['汇总 Summary', ...TIERS, '合计 Total']];
  const total = { 先进: 0, 合格: 0, 不合格: 0 } as Record<Tier, number>;
  for (const g of COUNTY_GROUPS) {
    const c = counts[g];
    const n = TIERS.reduce((s, t) => s + c[t], 0);
    if (n === 0) continue;
    for (const t of TIERS) total[t] += c[t];
    rows.push([GROUP_LABELS[g].zh, ...TIERS.map((t) => c[t]), n]);
  }
  rows.push(['合计 Total', ...TIERS.map((t) => total[t]), results.length]);
  return rows;
}

/** Where an issue sits, as sheet!cell (quoted when the sheet name needs it), so a note is found on any sheet. */
export function whereOf(i: Issue): string {
  const sheet = i.sheet === undefined ? '' : /^[\p{L}\p{N}_]+$/u.test(i.sheet) ? i.sheet : `'${i.sheet.replace(/'/g, "''")}'`;
  if (i.cell === undefined) return sheet;
  return sheet === '' ? i.cell : `${sheet}!${i.cell}`;
}

const issueRow = (w: Issue): CellValue[] => [w.code, w.message.zh, w.message.en, whereOf(w)];

/** Warnings first; info notes (values read leniently, e.g. "1,234" as 1234) in their own block below, each with sheet!cell. */
export function warningRows(warnings: readonly Issue[]): CellValue[][] {
  const notes = warnings.filter((w) => w.severity === 'info');
  const warns = warnings.filter((w) => w.severity !== 'info');
  const rows: CellValue[][] = warns.length === 0
    ? [['警告 Warnings', '无 none', '', '']]
    : [['警告 Warnings', '中文', 'English', '位置 Where'], ...warns.map(issueRow)];
  if (notes.length > 0) rows.push([null, null, null, null], ['提示 Notes', '中文', 'English', '位置 Where'], ...notes.map(issueRow));
  return rows;
}

/** Title (which says the add-in owns the sheet; 排名结果's unless given) and the run stamp: time, scheme name and hash. */
export function stampRows(stamp: RunStamp, title: string = TITLE): PlanBlock[] {
  return [
    { row: 1, col: 1, values: [[title]] },
    { row: 2, col: 1, values: [['运行时间 Run at', stamp.time, '方案 Scheme', stamp.scheme, '哈希 Hash', stamp.hash]], textColumns: [1, 5] },
  ];
}

/** Chart data: one row per unit, its composite in the column of its tier, so each tier is one coloured series. */
function chartRows(ordered: readonly CountyResult[]): CellValue[][] {
  return [['单位 Unit', ...TIERS], ...ordered.map((r) => [r.unit, ...TIERS.map((t) => (t === r.tier ? r.rounded : null))])];
}

/** Bars of composites, one series per tier so each tier keeps its colour; the data block sits at `col`. */
function chartSpec(col: number, n: number, anchorRow: number): ChartSpec {
  const first = TABLE_TOP + 1;
  return {
    type: 'bar',
    title: '综合得分（按档次） Composite by tier',
    categories: rangeOf(first, col, n, 1),
    series: TIERS.map((t, i) => ({ name: t, values: rangeOf(first, col + 1 + i, n, 1), color: TIER_FILLS[t].font })),
    anchor: rangeOf(anchorRow, 1, 1, 1).split(':')[0]!,
  };
}

/**
 * The whole 排名结果 sheet as data: stamp, the per-unit table grouped per group (each composite beside its parts), the
 * summary block, the warnings, chart data beside the table; printed A4 landscape one page wide, the table's header on
 * every page, the run stamp in the page header and page numbers in the footer. Pure; the host applies it in one batch.
 */
export function resultsSheetPlan(results: readonly CountyResult[], warnings: readonly Issue[], stamp: RunStamp, opts: { charts?: boolean } = {}): SheetPlan {
  const charts = opts.charts ?? true;
  const ordered = orderResults(results).map((r): UnitRow => ({ ...r, parts: shownParts(countyParts(r), stamp.precision) }));
  const n = ordered.length;
  const first = TABLE_TOP + 1;
  const blocks: PlanBlock[] = [];
  const formats: { range: string; fmt: RangeFormat }[] = [];
  const header = (row: number, col: number, cols: number): void => {
    formats.push({ range: rangeOf(row, col, 1, cols), fmt: { bold: true, fill: '#F2F2F2' } });
  };
  blocks.push(...stampRows(stamp));
  formats.push({ range: 'A1', fmt: { bold: true } });
  // Unit names are text whatever they look like ("=SUM(1)", "+86…", "007").
  const table = tableOf(COUNTY, ordered, TABLE_TOP, stamp.precision);
  blocks.push(table.block);
  formats.push(...table.formats);
  const summaryTop = first + n + 1;
  const summary = summaryRows(results);
  blocks.push({ row: summaryTop, col: 1, values: summary });
  header(summaryTop, 1, TIERS.length + 2);
  const warnTop = summaryTop + summary.length + 1;
  const warns = warningRows(warnings);
  blocks.push({ row: warnTop, col: 1, values: warns, textColumns: [1, 2, 3] });
  header(warnTop, 1, 4);
  const chartCol = COUNTY.length + 2;
  // The chart's data (one column per tier) is written only where the host draws charts, and never printed.
  if (charts) {
    blocks.push({ row: TABLE_TOP, col: chartCol, values: chartRows(ordered), textColumns: [0] });
    header(TABLE_TOP, chartCol, TIERS.length + 1);
    if (n > 0) formats.push({ range: rangeOf(first, chartCol + 1, n, TIERS.length), fmt: { numberFormat: scoreFormat(stamp.precision) } });
    formats.push({ range: rangeOf(TABLE_TOP, chartCol, 1, 1), fmt: { columnWidth: 24 } });
  }
  const tier = columnOf(COUNTY, 'tier');
  const report = columnOf(COUNTY, 'report');
  return {
    name: RESULTS_SHEET,
    blocks,
    formats,
    conditional: n > 0
      ? [
          { range: rangeOf(first, tier, n, 1), rules: TIERS.map((t) => ({ equals: t, ...TIER_FILLS[t] })) },
          { range: rangeOf(first, report, n, 1), rules: [{ equals: '抄送', ...TIER_FILLS['不合格'] }] },
        ]
      : [],
    lists: [],
    chart: charts && n > 0 ? chartSpec(chartCol, n, warnTop + warns.length + 1) : undefined,
    page: printSetup({ name: RESULTS_SHEET, stamp, orientation: 'landscape', titleRow: TABLE_TOP, area: rangeOf(1, 1, warnTop + warns.length - 1, COUNTY.length) }),
  };
}
