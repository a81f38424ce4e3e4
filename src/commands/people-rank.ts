import {
  engineerSheetSpec, rankValues, roundHalfUp, scoreEngineerSheet, scoreSelfEvalSheet, scoreStaffSheet, selfEvalSheetSpec, staffSheetSpec,
  type CellValue, type EngineerScheme, type FiscalScheme, type Issue, type StaffScheme, type Step, type TableSpec, type Text,
} from '../engine';
import type { RangeFormat } from '../host/port';
import { rangeOf, scoreFormat } from './a1-range';
import type { FoundTable } from './find-table';
import { RESULTS_SHEET, TABLE_TOP, byName, stampRows, warningRows, type RunStamp } from './results-layout';
import type { SheetPlan } from './types';

export type PeopleKind = 'engineer' | 'staff';
/** Kinds ranked row by row on the people's layout: engineer, staff, and fiscal projects (graded 优良中差 too). */
export type RowKind = PeopleKind | 'fiscal';

/** One person's place on the people's results sheet: score and rank from the engine, extra columns by kind. */
export interface PersonResult {
  readonly name: string;
  /** At the scheme precision. */
  readonly score: number;
  readonly rank: number;
  /** Staff: department, category, wage float (fraction) and amount. */
  readonly department?: string | null;
  readonly category?: string;
  readonly float?: number;
  readonly amount?: number | null;
  /** Fiscal: the project's grade 优/良/中/差 and the result-application suggestion (FISCAL.md §4), from the engine. */
  readonly grade?: string;
  readonly suggestion?: Text;
  readonly explanation: Text;
  /** The engine's steps behind the score, for the task pane's 解释. */
  readonly steps: readonly Step[];
  readonly row?: number | undefined;
}

export const peopleSpec = (kind: RowKind): TableSpec => (kind === 'engineer' ? engineerSheetSpec : kind === 'staff' ? staffSheetSpec : selfEvalSheetSpec);

const fmt = (n: number): string => String(roundHalfUp(n, 2));
/** RULES.md staff: a float shows at least one decimal (−7.5%, not −8%), and two where it has them (−7.25%). */
export const STAFF_FLOAT_FORMAT = '0.0#%';
const explain = (steps: readonly Step[]): Text => ({
  zh: steps.map((s) => `${s.label.zh} ${fmt(s.points)}`).join('，'),
  en: steps.map((s) => `${s.label.en} ${fmt(s.points)}`).join(', '),
});

/** Scores a people's sheet through the engine, then ranks the scores (engine's rankValues, highest first). */
export function rankPeople(kind: RowKind, t: FoundTable, scheme: EngineerScheme | StaffScheme | FiscalScheme): { results: PersonResult[]; issues: Issue[] } {
  const precision = scheme.precision;
  if (kind === 'fiscal') {
    // Projects with errors have no score (their issues stop the run); the rest are ranked by the engine's score.
    const r = scoreSelfEvalSheet(t.values, t.origin, scheme as FiscalScheme);
    const scored = r.results.filter((x) => x.score !== null && x.rounded !== null && x.grade !== null && x.suggestion !== null);
    const ranks = rankValues(scored.map((x) => x.score!), 'competition', precision);
    return {
      issues: r.issues,
      results: scored.map((x, i) => ({ name: x.name, score: x.rounded!, rank: ranks[i]!, grade: x.grade!, suggestion: x.suggestion!, explanation: explain(x.steps), steps: x.steps, row: x.row })),
    };
  }
  if (kind === 'engineer') {
    const r = scoreEngineerSheet(t.values, t.origin, scheme as EngineerScheme);
    const ranks = rankValues(r.results.map((x) => x.score), 'competition', precision);
    return { issues: r.issues, results: r.results.map((x, i) => ({ name: x.name, score: x.rounded, rank: ranks[i]!, explanation: explain(x.steps), steps: x.steps, row: x.source.row })) };
  }
  const r = scoreStaffSheet(t.values, t.origin, scheme as StaffScheme);
  const ranks = rankValues(r.results.map((x) => x.final), 'competition', precision);
  return {
    issues: r.issues,
    results: r.results.map((x, i) => ({
      name: x.name, score: x.rounded, rank: ranks[i]!, department: x.department, category: x.category === 'production' ? '生产' : '后勤',
      float: x.float, amount: x.amount, explanation: explain(x.steps), steps: x.steps, row: x.source.row,
    })),
  };
}

const HEADERS: Readonly<Record<RowKind, readonly string[]>> = {
  engineer: ['排名 Rank', '姓名 Name', '得分 Score', '说明', 'Explanation'],
  staff: ['排名 Rank', '姓名 Name', '部门 Department', '类别 Category', '最终得分 Score', '浮动 Float', '浮动金额 Amount', '说明', 'Explanation'],
  fiscal: ['排名 Rank', '项目 Project', '得分 Score', '等级 Grade', '结果应用建议', 'Suggestion', '说明', 'Explanation'],
};

/** Per kind: the score column (1-based) and the columns stored as text (0-based). */
const LAYOUT: Readonly<Record<RowKind, { score: number; text: readonly number[] }>> = {
  engineer: { score: 3, text: [1, 3, 4] },
  staff: { score: 5, text: [1, 2, 3, 7, 8] },
  fiscal: { score: 3, text: [1, 3, 4, 5, 6, 7] },
};

function row(kind: RowKind, p: PersonResult): CellValue[] {
  const why = [p.explanation.zh, p.explanation.en];
  if (kind === 'fiscal') return [p.rank, p.name, p.score, p.grade ?? null, p.suggestion?.zh ?? null, p.suggestion?.en ?? null, ...why];
  return kind === 'engineer'
    ? [p.rank, p.name, p.score, ...why]
    : [p.rank, p.name, p.department ?? null, p.category ?? null, p.score, p.float ?? null, p.amount ?? null, ...why];
}

/** The 排名结果 sheet for people: stamp, table by rank, warnings, a bar chart of scores. */
export function peopleSheetPlan(kind: RowKind, results: readonly PersonResult[], warnings: readonly Issue[], stamp: RunStamp, opts: { charts?: boolean } = {}): SheetPlan {
  const ordered = [...results].sort((a, b) => a.rank - b.rank || byName.compare(a.name, b.name));
  const header = HEADERS[kind];
  const n = ordered.length;
  const first = TABLE_TOP + 1;
  const scoreCol = LAYOUT[kind].score;
  const formats: { range: string; fmt: RangeFormat }[] = [
    { range: 'A1', fmt: { bold: true } },
    { range: rangeOf(TABLE_TOP, 1, 1, header.length), fmt: { bold: true, fill: '#F2F2F2' } },
    ...header.map((h, i) => ({ range: rangeOf(TABLE_TOP, i + 1, 1, 1), fmt: { columnWidth: /^(说明|Explanation|结果应用建议|Suggestion)$/.test(h) ? 48 : 14 } })),
  ];
  if (n > 0) formats.push({ range: rangeOf(first, scoreCol, n, 1), fmt: { numberFormat: scoreFormat(stamp.precision) } });
  if (n > 0 && kind === 'staff') formats.push({ range: rangeOf(first, 6, n, 1), fmt: { numberFormat: STAFF_FLOAT_FORMAT } }, { range: rangeOf(first, 7, n, 1), fmt: { numberFormat: '0.00' } });
  const warnTop = first + n + 1;
  const warns = warningRows(warnings);
  return {
    name: RESULTS_SHEET,
    blocks: [...stampRows(stamp), { row: TABLE_TOP, col: 1, values: [header, ...ordered.map((p) => row(kind, p))], textColumns: LAYOUT[kind].text }, { row: warnTop, col: 1, values: warns, textColumns: [1, 2, 3] }],
    formats,
    conditional: [],
    lists: [],
    chart: (opts.charts ?? true) && n > 0
      ? { type: 'bar', title: '得分 Score', categories: rangeOf(first, 2, n, 1), series: [{ name: '得分', values: rangeOf(first, scoreCol, n, 1), color: '#1F3864' }], anchor: rangeOf(warnTop + warns.length + 1, 1, 1, 1).split(':')[0]! }
      : undefined,
  };
}
