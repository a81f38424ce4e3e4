/**
 * 排名结果 for a sheet of people or projects (engineer, staff, fiscal): the engine's ranking laid out, nothing
 * computed. Each kind is a list of columns — header, value, whether it is text, its width and format — so the
 * score column, the text columns and the chart follow from the list instead of hand-kept indexes.
 */
import type { CellValue, EngineerRanked, FiscalRanked, Issue, RankedRow, RowRanking, StaffRanked } from '../engine';
import type { RangeFormat } from '../host/port';
import { rangeOf, scoreFormat } from './a1-range';
import { RESULTS_SHEET, TABLE_TOP, byName, stampRows, warningRows, type RunStamp } from './results-layout';
import type { SheetPlan } from './types';

/** One column of the table: header, value per row, and how it is written. */
export interface Column<R> {
  readonly header: string;
  readonly value: (r: R) => CellValue;
  /** Stored as text whatever it looks like (names, codes, explanations). */
  readonly text?: boolean;
  /** In characters; 14 unless set. */
  readonly width?: number;
  /** The number format, given the scheme's precision. */
  readonly format?: (precision: number) => string;
  /** The score the rows are ranked by: the chart's values. */
  readonly score?: boolean;
  /** The row's name: the chart's categories. */
  readonly label?: boolean;
}

const rank: Column<RankedRow> = { header: '排名 Rank', value: (r) => r.rank };
const name = (header: string): Column<RankedRow> => ({ header, value: (r) => r.name, text: true, label: true });
const score = (header: string): Column<RankedRow> => ({ header, value: (r) => r.rounded, format: scoreFormat, score: true });
const why: readonly Column<RankedRow>[] = [
  { header: '说明', value: (r) => r.explanation.zh, text: true, width: 48 },
  { header: 'Explanation', value: (r) => r.explanation.en, text: true, width: 48 },
];

const ENGINEER: readonly Column<EngineerRanked>[] = [rank, name('姓名 Name'), score('得分 Score'), ...why];

const STAFF: readonly Column<StaffRanked>[] = [
  rank,
  name('姓名 Name'),
  { header: '部门 Department', value: (r) => r.department, text: true },
  { header: '部门内排名 Dept. rank', value: (r) => r.departmentRank },
  { header: '类别 Category', value: (r) => r.categoryLabel.zh, text: true },
  score('最终得分 Score'),
  // RULES.md staff: a float shows at least one decimal (−7.5%, not −8%), and two where it has them (−7.25%).
  { header: '浮动 Float', value: (r) => r.float, format: () => '0.0#%' },
  { header: '浮动金额 Amount', value: (r) => r.amount, format: () => '0.00' },
  ...why,
];

const FISCAL: readonly Column<FiscalRanked>[] = [
  rank,
  name('项目 Project'),
  score('得分 Score'),
  { header: '等级 Grade', value: (r) => r.grade, text: true },
  { header: '结果应用建议', value: (r) => r.suggestion.zh, text: true, width: 48 },
  { header: 'Suggestion', value: (r) => r.suggestion.en, text: true, width: 48 },
  ...why,
];

/** The 排名结果 sheet for people or projects: stamp, table by rank, warnings, a bar chart of the scores. */
export function rowsSheetPlan(ranking: RowRanking, warnings: readonly Issue[], stamp: RunStamp, opts: { charts?: boolean } = {}): SheetPlan {
  switch (ranking.kind) {
    case 'engineer':
      return tablePlan(ENGINEER, byRank(ranking.results), warnings, stamp, opts.charts ?? true);
    case 'staff':
      return tablePlan(STAFF, byRank(ranking.results), warnings, stamp, opts.charts ?? true);
    case 'fiscal':
      return tablePlan(FISCAL, byRank(ranking.results), warnings, stamp, opts.charts ?? true);
  }
}

const byRank = <R extends RankedRow>(results: readonly R[]): R[] => [...results].sort((a, b) => a.rank - b.rank || byName.compare(a.name, b.name));

/** The sheet an output is written to, and the title that says the add-in owns it. */
export interface OutputSheet {
  readonly name: string;
  readonly title?: string;
}

/**
 * One results table on its own sheet: title and run stamp, the columns over `ordered` (in that order), the
 * warnings and notes below, and — when asked and a column is the score — a bar chart of it.
 */
export function tablePlan<R>(columns: readonly Column<R>[], ordered: readonly R[], warnings: readonly Issue[], stamp: RunStamp, charts: boolean, sheet: OutputSheet = { name: RESULTS_SHEET }): SheetPlan {
  const n = ordered.length;
  const first = TABLE_TOP + 1;
  const col = (c: Column<R>): number => columns.indexOf(c) + 1;
  const scoreCol = col(columns.find((c) => c.score === true) ?? columns[0]!);
  const labelCol = col(columns.find((c) => c.label === true) ?? columns[0]!);
  const formats: { range: string; fmt: RangeFormat }[] = [
    { range: 'A1', fmt: { bold: true } },
    { range: rangeOf(TABLE_TOP, 1, 1, columns.length), fmt: { bold: true, fill: '#F2F2F2' } },
    ...columns.map((c) => ({ range: rangeOf(TABLE_TOP, col(c), 1, 1), fmt: { columnWidth: c.width ?? 14 } })),
  ];
  for (const c of columns) if (n > 0 && c.format) formats.push({ range: rangeOf(first, col(c), n, 1), fmt: { numberFormat: c.format(stamp.precision) } });
  const header = columns.map((c) => c.header);
  const rows = ordered.map((r) => columns.map((c) => c.value(r)));
  const textColumns = columns.flatMap((c, i) => (c.text === true ? [i] : []));
  const warnTop = first + n + 1;
  const warns = warningRows(warnings);
  return {
    name: sheet.name,
    blocks: [...stampRows(stamp, sheet.title), { row: TABLE_TOP, col: 1, values: [header, ...rows], textColumns }, { row: warnTop, col: 1, values: warns, textColumns: [1, 2, 3] }],
    formats,
    conditional: [],
    lists: [],
    chart: charts && n > 0
      ? { type: 'bar', title: '得分 Score', categories: rangeOf(first, labelCol, n, 1), series: [{ name: '得分', values: rangeOf(first, scoreCol, n, 1), color: '#1F3864' }], anchor: rangeOf(warnTop + warns.length + 1, 1, 1, 1).split(':')[0]! }
      : undefined,
  };
}
