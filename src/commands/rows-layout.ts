/**
 * 排名结果 for a sheet of people or projects (engineer, staff, fiscal): the engine's ranking laid out, nothing
 * computed — each row's score beside the parts it was made of (engine/notice parts). Each kind is a list of columns
 * (sheet-columns.ts), so the score column, the text columns and the chart follow from the list.
 */
import {
  engineerPartColumns, engineerParts, FISCAL_PART_COLUMNS, fiscalParts, STAFF_PART_COLUMNS, staffParts,
  type EngineerRanked, type EngineerScheme, type FiscalRanked, type Issue, type PartColumn, type RankedRow, type RowRanking, type StaffRanked, type UnitParts,
} from '../engine';
import { rangeOf, scoreFormat } from './a1-range';
import { RESULTS_SHEET, TABLE_TOP, byName, stampRows, warningRows, type RunStamp } from './results-layout';
import { columnOf, partColumn, printSetup, shownParts, tableOf, type Column } from './sheet-columns';
import type { SheetPlan } from './types';

/** A ranked row with its parts as its score used them (engine/notice parts), as shown. */
type WithParts<R> = R & { readonly parts: UnitParts };

/** The score parts of a kind as columns: "月底打分 month-end" … (the notice's labels, both languages). */
const partColumns = <R>(list: readonly PartColumn[]): Column<WithParts<R>>[] =>
  list.filter((c) => c.format === 'score').map((c) => partColumn<WithParts<R>>(`${c.label.zh} ${c.label.en}`, c.key));

export type { Column } from './sheet-columns';

const rank: Column<RankedRow> = { header: '排名 Rank', value: (r) => r.rank };
const name = (header: string): Column<RankedRow> => ({ header, value: (r) => r.name, text: true, label: true });
const score = (header: string): Column<RankedRow> => ({ header, value: (r) => r.rounded, format: scoreFormat, score: true });
const why: readonly Column<RankedRow>[] = [
  { header: '说明', value: (r) => r.explanation.zh, text: true, width: 36, wrap: true },
  { header: 'Explanation', value: (r) => r.explanation.en, text: true, width: 36, wrap: true },
];

/** Engineer (篇1 四): the four items after floor and cap beside the score, labelled with the weights they were scored with. */
const engineerColumns = (scheme: EngineerScheme | undefined): readonly Column<WithParts<EngineerRanked>>[] =>
  [rank, name('姓名 Name'), score('得分 Score'), ...partColumns<EngineerRanked>(engineerPartColumns(scheme)), ...why];

const STAFF: readonly Column<WithParts<StaffRanked>>[] = [
  rank,
  name('姓名 Name'),
  { header: '部门 Department', value: (r) => r.department, text: true },
  { header: '部门内排名 Dept. rank', value: (r) => r.departmentRank },
  { header: '类别 Category', value: (r) => r.categoryLabel.zh, text: true },
  score('最终得分 Score'),
  // 篇3 二: month-end and daily points (后勤), bonus and deduction (生产), then the float they make.
  ...partColumns<StaffRanked>(STAFF_PART_COLUMNS),
  // RULES.md staff: a float shows at least one decimal (−7.5%, not −8%), and two where it has them (−7.25%).
  { header: '浮动 Float', value: (r) => r.float, format: () => '0.0#%' },
  { header: '浮动金额 Amount', value: (r) => r.amount, format: () => '0.00' },
  ...why,
];

const FISCAL: readonly Column<WithParts<FiscalRanked>>[] = [
  rank,
  name('项目 Project'),
  score('得分 Score'),
  // FISCAL.md §3: execution points and each 一级指标's indicator points.
  ...partColumns<FiscalRanked>(FISCAL_PART_COLUMNS),
  { header: '等级 Grade', value: (r) => r.grade, text: true },
  { header: '结果应用建议', value: (r) => r.suggestion.zh, text: true, width: 30, wrap: true },
  { header: 'Suggestion', value: (r) => r.suggestion.en, text: true, width: 30, wrap: true },
  ...why,
];

/** The 排名结果 sheet for people or projects: stamp, table by rank with each row's parts, warnings, a bar chart of the scores; print-ready. */
export function rowsSheetPlan(ranking: RowRanking, warnings: readonly Issue[], stamp: RunStamp, opts: { charts?: boolean; engineer?: EngineerScheme | undefined } = {}): SheetPlan {
  const charts = opts.charts ?? true;
  switch (ranking.kind) {
    case 'engineer':
      return tablePlan(engineerColumns(opts.engineer), withParts(ranking.results, (r) => engineerParts(r, opts.engineer), stamp), warnings, stamp, charts);
    case 'staff':
      return tablePlan(STAFF, withParts(ranking.results, staffParts, stamp), warnings, stamp, charts);
    case 'fiscal':
      return tablePlan(FISCAL, withParts(ranking.results, fiscalParts, stamp), warnings, stamp, charts);
  }
}

/** Rows by rank (then name), each with its parts as shown at the scheme's precision. */
const withParts = <R extends RankedRow>(results: readonly R[], parts: (r: R) => UnitParts, stamp: RunStamp): WithParts<R>[] =>
  [...results].sort((a, b) => a.rank - b.rank || byName.compare(a.name, b.name)).map((r) => ({ ...r, parts: shownParts(parts(r), stamp.precision) }));

/** The sheet an output is written to, and the title that says the add-in owns it. */
export interface OutputSheet {
  readonly name: string;
  readonly title?: string;
}

/**
 * One results table on its own sheet: title and run stamp, the columns over `ordered` (in that order), the
 * warnings and notes below, and — when asked and a column is the score — a bar chart of it; printed A4 landscape one
 * page wide, the table's header on every page, the stamp in the page header, page numbers in the footer.
 */
export function tablePlan<R>(columns: readonly Column<R>[], ordered: readonly R[], warnings: readonly Issue[], stamp: RunStamp, charts: boolean, sheet: OutputSheet = { name: RESULTS_SHEET }): SheetPlan {
  const n = ordered.length;
  const first = TABLE_TOP + 1;
  const scoreCol = columnOf(columns, (c) => c.score === true);
  const labelCol = columnOf(columns, (c) => c.label === true);
  const table = tableOf(columns, ordered, TABLE_TOP, stamp.precision);
  const warnTop = first + n + 1;
  const warns = warningRows(warnings);
  return {
    name: sheet.name,
    blocks: [...stampRows(stamp, sheet.title), table.block, { row: warnTop, col: 1, values: warns, textColumns: [1, 2, 3] }],
    formats: [{ range: 'A1', fmt: { bold: true } }, ...table.formats],
    conditional: [],
    lists: [],
    chart: charts && n > 0
      ? { type: 'bar', title: '得分 Score', categories: rangeOf(first, labelCol, n, 1), series: [{ name: '得分', values: rangeOf(first, scoreCol, n, 1), color: '#1F3864' }], anchor: rangeOf(warnTop + warns.length + 1, 1, 1, 1).split(':')[0]! }
      : undefined,
    page: printSetup({ name: sheet.name, stamp, orientation: 'landscape', titleRow: TABLE_TOP, area: rangeOf(1, 1, warnTop + warns.length - 1, columns.length) }),
  };
}
