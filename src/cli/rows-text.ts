/**
 * The text table of a ranked sheet of people or projects (engineer, staff, fiscal), as the engine ranked it, and of
 * HR's department penalties (篇3 五) in the sheet's order.
 */
import {
  floatPercentText, PENALTY_CODES, PENALTY_LABELS, roundHalfUp,
  type DepartmentPenalty, type FiscalRanked, type PenaltyCode, type PenaltyRanking, type RankedRow, type RowRanking, type StaffRanked,
} from '../engine';
import { formatNumber, formatTable, type Align } from './print';

/** One column of the table: header, text per row, alignment. */
interface Column<R> {
  readonly header: string;
  readonly text: (r: R, precision: number) => string;
  readonly align: Align;
}

const rank: Column<RankedRow> = { header: '排名 rank', text: (r) => String(r.rank), align: 'right' };
const name = (header: string): Column<RankedRow> => ({ header, text: (r) => r.name, align: 'left' });
const score: Column<RankedRow> = { header: '得分 score', text: (r, p) => formatNumber(r.rounded, p), align: 'right' };

const ENGINEER: readonly Column<RankedRow>[] = [rank, name('姓名 name'), score];
const STAFF: readonly Column<StaffRanked>[] = [
  rank,
  name('姓名 name'),
  { header: '部门 department', text: (r) => r.department ?? '', align: 'left' },
  { header: '部门内排名 dept. rank', text: (r) => (r.departmentRank === null ? '' : String(r.departmentRank)), align: 'right' },
  { header: '类别 category', text: (r) => r.categoryLabel.zh, align: 'left' },
  score,
  { header: '浮动 float', text: (r) => `${floatPercentText(roundHalfUp(r.float * 100, 2))}%`, align: 'right' },
  { header: '金额 amount', text: (r) => (r.amount === null ? '' : formatNumber(r.amount, 2)), align: 'right' },
];
// FISCAL.md §3–4: the grade 优/良/中/差 and the result-application suggestion beside each project's score.
const FISCAL: readonly Column<FiscalRanked>[] = [
  rank,
  name('项目 project'),
  score,
  { header: '等级 grade', text: (r) => r.grade, align: 'left' },
  { header: '结果应用 suggestion', text: (r) => `${r.suggestion.zh} / ${r.suggestion.en}`, align: 'left' },
];

// Headed by the code `--json` details use: a terminal has no room for the English labels.
const yuan = (code: PenaltyCode): Column<DepartmentPenalty> => ({ header: `${PENALTY_LABELS[code].zh} ${code}`, text: (p) => formatNumber(p.amounts[code], 2), align: 'right' });
const PENALTIES: readonly Column<DepartmentPenalty>[] = [
  { header: '部门 department', text: (p) => p.department, align: 'left' },
  { header: '考核月份 month', text: (p) => p.period, align: 'left' },
  ...PENALTY_CODES.map(yuan),
  { header: '合计 total', text: (p) => formatNumber(p.total, 2), align: 'right' },
];

const byRank = <R extends RankedRow>(results: readonly R[]): R[] => [...results].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh'));

function table<R>(columns: readonly Column<R>[], rows: readonly R[], precision: number): string {
  const body = rows.map((r) => columns.map((c) => c.text(r, precision)));
  return `${formatTable(columns.map((c) => c.header), body, columns.map((c) => c.align))}\n`;
}

/** Engineer, staff or fiscal ranking: rank, name, score, and each kind's own columns; penalties: department, month, each amount, total. */
export function rowsText(ranking: RowRanking | PenaltyRanking, precision: number): string {
  switch (ranking.kind) {
    case 'engineer':
      return table(ENGINEER, byRank(ranking.results), precision);
    case 'staff':
      return table(STAFF, byRank(ranking.results), precision);
    case 'fiscal':
      return table(FISCAL, byRank(ranking.results), precision);
    case 'staff-penalties':
      return table(PENALTIES, ranking.results, precision);
  }
}
