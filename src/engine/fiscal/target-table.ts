import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import type { FieldSpec, TableSpec } from '../core/table';
import { text } from '../core/text';
import { checkDuplicates, indicatorFields, level1En, readIndicators, type IndicatorRow } from './indicator-rows';
import { checkAmount } from './light';
import { carried, cellErrors, checkConflicts, mapProjects, type ProjectRows } from './projects';
import type { FiscalScheme } from './scheme';
import { schemeOr } from './preset';
import { textOf, type LooseTable } from './sheet-rows';

const REVIEW_CHOICES = { 通过: 'pass', 不通过: 'fail', pass: 'pass', fail: 'fail', passed: 'pass', failed: 'fail', 是: 'pass', 否: 'fail' } as const;
const review = (key: string, zh: string, en: string): FieldSpec => ({ key, label: text(zh, en), type: 'choice', choices: REVIEW_CHOICES, blank: 'null' });
const money = (key: string, zh: string, en: string, aliases: string[]): FieldSpec => ({ key, label: text(zh, en), aliases, type: 'number', required: true, blank: 'null' });

/** Project columns shared by the target and self-evaluation tables. */
export const projectFields = {
  project: { key: 'project', label: text('项目名称', 'project'), aliases: ['项目', 'project name'], type: 'text', required: true },
  department: { key: 'department', label: text('主管部门', 'department'), aliases: ['主管单位', '主管部门及代码'], type: 'text', required: true },
  unit: { key: 'unit', label: text('项目单位', 'unit'), aliases: ['实施单位', '项目实施单位', '预算单位'], type: 'text', required: true },
  total: money('total', '资金总额', 'total', ['项目资金总额', '年度资金总额', 'total funds']),
  fiscalFunds: money('fiscalFunds', '财政拨款', 'fiscal funds', ['其中：财政拨款', '财政资金', 'fiscal']),
  otherFunds: money('otherFunds', '其他资金', 'other funds', ['其中：其他资金', 'other']),
  goal: { key: 'goal', label: text('年度总体目标', 'annual goal'), aliases: ['总体目标', '年度目标', 'goal'], type: 'text', required: true },
} as const satisfies Record<string, FieldSpec>;

/** 绩效目标表 (FISCAL.md §1): one row per indicator, project fields on the project's first row. */
export const targetTableSpec: TableSpec = {
  name: text('绩效目标表', 'performance target table'),
  fields: [
    ...Object.values(projectFields),
    ...Object.values(indicatorFields),
    review('complete', '完整性', 'completeness'),
    review('relevant', '相关性', 'relevance'),
    review('appropriate', '适当性', 'appropriateness'),
    review('feasible', '可行性', 'feasibility'),
  ],
};

const PROJECT_FIELDS = [projectFields.department, projectFields.unit, projectFields.total, projectFields.fiscalFunds, projectFields.otherFunds, projectFields.goal];

export type ReviewVerdict = 'pass' | 'fail';

/** One project of a 绩效目标表 after validation. Missing fields are null (an issue names the cell). */
export interface TargetProject {
  readonly name: string;
  readonly row: number;
  readonly cell: string;
  readonly department: string | null;
  readonly unit: string | null;
  readonly total: number | null;
  readonly fiscalFunds: number | null;
  readonly otherFunds: number | null;
  readonly goal: string | null;
  readonly indicators: readonly IndicatorRow[];
  /** 篇2 三.2(2): completeness is the validator's finding (and the reviewer's), the others the reviewer's input. */
  readonly review: { readonly complete: boolean; readonly relevant: ReviewVerdict | null; readonly appropriate: ReviewVerdict | null; readonly feasible: ReviewVerdict | null };
  /** false → 不得安排预算. */
  readonly budgetAllowed: boolean;
  readonly errors: number;
}

/** Validate a department's 绩效目标表 (FISCAL.md §1); every issue names its cell. */
export function validateTargetTable(values: readonly (readonly CellValue[])[], origin: Origin = { row: 1, col: 1 }, scheme?: FiscalScheme): { projects: TargetProject[]; issues: Issue[] } {
  const sc = schemeOr(scheme);
  const { items, issues } = mapProjects(values, targetTableSpec, origin, (g, loose, out) => validateProject(g, loose, sc, origin.sheet, out));
  return { projects: items, issues };
}

function validateProject(g: ProjectRows, loose: LooseTable, sc: FiscalScheme, sheet: string | undefined, out: Issue[]): TargetProject {
  const issues: Issue[] = [];
  const first = g.rows[0]!;
  const at = (key: string, field: string) => ({ field, cell: loose.cell(first, key), row: first.row, sheet });
  const textField = (key: 'department' | 'unit' | 'goal', en: string): string | null => {
    const r = carried(g, key);
    if (r) return textOf(r, key);
    issues.push(makeIssue('fiscal.missing', { fieldEn: en }, at(key, projectFields[key].label.zh)));
    return null;
  };
  const moneyField = (key: 'total' | 'fiscalFunds' | 'otherFunds'): number | null => {
    const r = carried(g, key);
    const f = projectFields[key];
    if (!r) {
      issues.push(makeIssue('fiscal.missing', { fieldEn: f.label.en }, at(key, f.label.zh)));
      return null;
    }
    const v = loose.read(r, key, issues);
    if (typeof v !== 'number') return null;
    const loc = { field: f.label.zh, cell: loose.cell(r, key), row: r.row, sheet };
    if (key === 'total' && v <= 0) issues.push(makeIssue('fiscal.total-not-positive', { project: g.name, value: v }, loc));
    else if (checkAmount(v, f.label.en, loc, issues)) return v;
    return null;
  };
  const department = textField('department', 'department');
  const unit = textField('unit', 'unit');
  const goal = textField('goal', 'annual goal');
  const total = moneyField('total');
  const fiscalFunds = moneyField('fiscalFunds');
  const otherFunds = moneyField('otherFunds');
  checkConflicts(g, loose, PROJECT_FIELDS, sheet, issues);
  if (total !== null && fiscalFunds !== null && otherFunds !== null) {
    const r = carried(g, 'total') ?? first;
    const sum = fiscalFunds + otherFunds;
    const diff = roundHalfUp(Math.abs(sum - total), 9);
    if (diff > sc.makeUpTolerance) {
      issues.push(makeIssue('fiscal.makeup-mismatch', { project: g.name, fiscal: fiscalFunds, other: otherFunds, sum: roundHalfUp(sum, 9), total, diff, tolerance: sc.makeUpTolerance }, { field: '资金总额', cell: loose.cell(r, 'total'), row: r.row, sheet }));
    }
  }
  const indicators = readIndicators(g, sheet, issues);
  checkIndicatorSet(g, indicators, sheet, issues);
  // A cell holding an Excel error is reported once (by mapProjects) and counts against the project.
  const own = loose.dedupe(issues);
  const errors = own.filter((i) => i.severity === 'error').length + cellErrors(g, loose).length;
  out.push(...own);
  const reviewed = readReview(g, loose, errors, sheet, out);
  return { name: g.name, row: g.row, cell: g.cell, department, unit, total, fiscalFunds, otherFunds, goal, indicators, ...reviewed, errors };
}

/** At least one 产出 and one 效益 (error), 满意度 (warning), no repeated 三级指标 (FISCAL.md §1). */
function checkIndicatorSet(g: ProjectRows, indicators: readonly IndicatorRow[], sheet: string | undefined, issues: Issue[]): void {
  const loc = { field: '一级指标', cell: g.cell, row: g.row, sheet };
  for (const level of ['产出', '效益'] as const) {
    if (!indicators.some((i) => i.level1 === level)) issues.push(makeIssue('fiscal.need-level', { project: g.name, level, levelEn: level1En(level) }, loc));
  }
  if (!indicators.some((i) => i.level1 === '满意度')) issues.push(makeIssue('fiscal.no-satisfaction', { project: g.name }, loc));
  checkDuplicates(g, indicators, sheet, issues);
}

const REVIEWS = [
  ['complete', '完整性', 'completeness'],
  ['relevant', '相关性', 'relevance'],
  ['appropriate', '适当性', 'appropriateness'],
  ['feasible', '可行性', 'feasibility'],
] as const;

/** 篇2 三.2(2): any 不通过 — the reviewer's, or completeness failed by the validator — bars the budget. */
function readReview(g: ProjectRows, loose: LooseTable, errors: number, sheet: string | undefined, issues: Issue[]): Pick<TargetProject, 'review' | 'budgetAllowed'> {
  const verdicts: Record<string, ReviewVerdict | null> = {};
  // A verdict that is neither 通过 nor 不通过 (an issue names it) is no pass either.
  let unreadable = false;
  for (const [key, zh, en] of REVIEWS) {
    let verdict: ReviewVerdict | null = null;
    for (const r of g.rows) {
      const v = loose.read(r, key, issues);
      if (v === undefined && textOf(r, key) !== null) unreadable = true;
      if (v !== 'pass' && v !== 'fail') continue;
      if (verdict !== 'fail') verdict = v;
      if (v === 'fail') {
        issues.push(makeIssue('fiscal.review-fail', { project: g.name, review: zh, reviewEn: en }, { field: zh, cell: loose.cell(r, key), row: r.row, sheet, units: [g.name] }));
        break;
      }
    }
    verdicts[key] = verdict;
  }
  // FISCAL.md §1: a blank verdict (a review column the table has, empty for the project) is a warning, not a pass.
  const pending = REVIEWS.filter(([key]) => loose.table.columns[key] !== undefined && g.rows.every((r) => textOf(r, key) === null));
  if (pending.length > 0) {
    const cell = loose.cell(g.rows[0]!, pending[0]![0]);
    issues.push(makeIssue('fiscal.review-pending', { project: g.name, reviews: pending.map((x) => x[1]).join('、'), reviewsEn: pending.map((x) => x[2]).join(', ') }, { field: pending[0]![1], cell, row: g.row, sheet, units: [g.name] }));
  }
  if (errors > 0) issues.push(makeIssue('fiscal.incomplete', { project: g.name, count: errors }, { field: '完整性', cell: g.cell, row: g.row, sheet, units: [g.name] }));
  const complete = errors === 0 && verdicts['complete'] !== 'fail';
  const review = { complete, relevant: verdicts['relevant'] ?? null, appropriate: verdicts['appropriate'] ?? null, feasible: verdicts['feasible'] ?? null };
  const budgetAllowed = complete && !unreadable && review.relevant !== 'fail' && review.appropriate !== 'fail' && review.feasible !== 'fail';
  return { review, budgetAllowed };
}
