import { ownValue } from '../core/own';
import type { CellValue, Origin } from '../core/cell';
import type { Step } from '../core/explain';
import { hasErrors, type Issue } from '../core/issue';
import { normalizeHeader, type FieldSpec, type TableSpec } from '../core/table';
import { text, type Text } from '../core/text';
import { applyResult, gradeOf } from './grade';
import { checkDuplicates, indicatorFields, readIndicators, type IndicatorRow } from './indicator-rows';
import type { IndicatorCells } from './indicator-score';
import { carriedArg, cellErrors, checkConflicts, mapProjects, type ProjectRows } from './projects';
import type { FiscalScheme, Grade } from './scheme';
import { schemeOr } from './preset';
import { selfEvaluate, type SelfEvalIndicator } from './self-eval';
import { textOf, type LooseTable } from './sheet-rows';

/** The 是否适用 column: anything else is an error on its cell, never taken as applicable. */
const APPLICABLE = { 适用: 'yes', 是: 'yes', yes: 'yes', y: 'yes', 不适用: 'no', 否: 'no', no: 'no', n: 'no', 'n/a': 'no', na: 'no', notapplicable: 'no' } as const;

const col = (key: string, zh: string, en: string, aliases: string[], required = true): FieldSpec => ({ key, label: text(zh, en), aliases, type: 'text', required });

/** 项目支出绩效自评表 (FISCAL.md §3): the target table's indicators plus what was achieved. */
export const selfEvalSheetSpec: TableSpec = {
  name: text('项目支出绩效自评表', 'project self-evaluation table'),
  fields: [
    col('project', '项目名称', 'project', ['项目', 'project name']),
    col('budget', '全年预算数', 'annual budget', ['年度预算数', '全年预算', '预算数', 'budget']),
    col('executed', '执行数', 'executed', ['全年执行数', '预算执行数', 'execution']),
    indicatorFields.level1,
    indicatorFields.level2,
    indicatorFields.level3,
    indicatorFields.targetValue,
    col('points', '分值', 'points', ['指标分值', '权重', 'weight']),
    col('actual', '实际完成值', 'actual', ['全年实际完成值', '实际值']),
    col('verdict', '评价结论', 'verdict', ['完成情况', '评价结果']),
    col('percent', '得分比例', 'score percentage', ['评分比例', '得分率', 'percent']),
    { key: 'applicable', label: text('是否适用', 'applicable'), aliases: ['适用性'], type: 'choice', choices: APPLICABLE, blank: 'null' },
  ],
};

const PROJECT_FIELDS = selfEvalSheetSpec.fields.filter((f) => f.key === 'budget' || f.key === 'executed');

/** One project's self-evaluation from the sheet; score, grade and suggestion are null when it has errors. */
export interface SelfEvalSheetResult {
  readonly name: string;
  readonly row: number;
  readonly cell: string;
  readonly score: number | null;
  readonly rounded: number | null;
  readonly grade: Grade | null;
  readonly suggestion: Text | null;
  readonly steps: readonly Step[];
}

/** 不适用 written in place of the actual value or the verdict. */
const says不适用 = (v: string | null): boolean => v !== null && ownValue<string>(APPLICABLE, normalizeHeader(v)) === 'no';

/** Score every project of a self-evaluation sheet (FISCAL.md §3) and apply its grade (§4). */
export function scoreSelfEvalSheet(values: readonly (readonly CellValue[])[], origin: Origin = { row: 1, col: 1 }, scheme?: FiscalScheme): { results: SelfEvalSheetResult[]; issues: Issue[] } {
  const sc = schemeOr(scheme);
  const { items, issues } = mapProjects(values, selfEvalSheetSpec, origin, (g, loose, out) => scoreProject(g, loose, sc, origin, out));
  return { results: items, issues };
}

function scoreProject(g: ProjectRows, loose: LooseTable, sc: FiscalScheme, origin: Origin, out: Issue[]): SelfEvalSheetResult {
  const sheet = origin.sheet;
  const issues: Issue[] = [];
  const rows = readIndicators(g, sheet, issues);
  checkDuplicates(g, rows, sheet, issues);
  const arg = (key: string, field: string) => carriedArg(g, loose, key, field, sheet);
  const e = arg('executed', '执行数');
  const b = arg('budget', '全年预算数');
  checkConflicts(g, loose, PROJECT_FIELDS, sheet, issues);
  const indicators = rows.map((ind, i) => toIndicator(ind, g.rows[i]!, loose, loose.read(g.rows[i]!, 'applicable', issues), origin));
  const res = selfEvaluate({ executed: e.value, budget: b.value, indicators, at: { executed: e.at, budget: b.at, project: { field: '项目名称', cell: g.cell, row: g.row, sheet } } }, sc);
  // The row reader and the scorer may both see a bad target or level: report each cell's problem once.
  const seen = new Set(issues.map((i) => `${i.code}@${i.cell ?? ''}`));
  issues.push(...res.issues.filter((i) => !seen.has(`${i.code}@${i.cell ?? ''}`)));
  out.push(...issues);
  const base = { name: g.name, row: g.row, cell: g.cell };
  // An Excel error anywhere in the project's rows (reported once by mapProjects) leaves it unscored too.
  if (!res.ok || hasErrors(issues) || cellErrors(g, loose).length > 0) return { ...base, score: null, rounded: null, grade: null, suggestion: null, steps: res.ok ? res.value.steps : [] };
  const grade = gradeOf(res.value.value, sc);
  const g2 = grade.ok ? grade.value : null;
  return { ...base, score: res.value.value, rounded: res.value.rounded, grade: g2, suggestion: g2 ? applyResult(g2, undefined, sc).suggestion : null, steps: res.value.steps };
}

function toIndicator(ind: IndicatorRow, r: ProjectRows['rows'][number], loose: LooseTable, column: unknown, origin: Origin): SelfEvalIndicator {
  const sheet = origin.sheet;
  const cells: IndicatorCells['cells'] = {
    level1: r.cells['level1'] ?? '?', name: r.cells['level3'] ?? '?', target: r.cells['targetValue'] ?? '?', actual: r.cells['actual'] ?? '?',
    verdict: r.cells['verdict'] ?? '?', percent: r.cells['percent'] ?? '?', points: r.cells['points'] ?? '?',
  };
  const actual = textOf(r, 'actual');
  const verdict = textOf(r, 'verdict');
  // A number keeps its type, so a percent-formatted 0.5 reads as 50% (FISCAL.md §3); text as typed.
  const percentCell = loose.value(r, 'percent');
  const percentFormat = origin.layout?.percentFormats?.[cells.percent ?? ''];
  // 不适用 is written in the 是否适用 column, or in place of the actual value or verdict.
  const applicable = !(column === 'no' || says不适用(actual) || says不适用(verdict));
  return {
    level1: ind.level1 ?? textOf(r, 'level1'),
    name: ind.name ?? `第${r.row}行`,
    target: ind.target ?? textOf(r, 'targetValue'),
    actual,
    verdict,
    percent: typeof percentCell === 'number' ? percentCell : textOf(r, 'percent'),
    percentFormat,
    points: textOf(r, 'points'),
    applicable,
    at: { row: r.row, sheet, cells },
  };
}
