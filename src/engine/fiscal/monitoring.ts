import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import type { FieldSpec, ParsedRow, TableSpec } from '../core/table';
import { text } from '../core/text';
import { checkDuplicates, indicatorFields, readIndicators } from './indicator-rows';
import { execLight, type ExecLight, type Light } from './light';
import { carriedArg, checkConflicts, mapProjects, type ProjectRows } from './projects';
import type { FiscalScheme } from './scheme';
import { schemeOr } from './preset';
import { textOf, type LooseTable } from './sheet-rows';
import { isShort, readActual, type TargetValue } from './target-value';
import { numberProblem } from './indicator-score';
import { roundHalfUp } from '../core/round';

type QuantTarget = Extract<TargetValue, { kind: 'quantitative' }>;
type Located = { field: string; fieldEn: string; cell: string; row: number; sheet: string | undefined };

const EXPECTATIONS = { 确定能: 'sure', 有可能: 'maybe', 完全不可能: 'impossible', sure: 'sure', maybe: 'maybe', impossible: 'impossible' } as const;
const field = (key: string, zh: string, en: string, aliases: string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, label: text(zh, en), aliases, type: 'text', required: true, ...extra });

/** 绩效监控表 (FISCAL.md §2, 双监控): project execution and per-indicator achievement. */
export const monitoringSpec: TableSpec = {
  name: text('绩效运行监控表', 'performance monitoring table'),
  fields: [
    field('project', '项目名称', 'project', ['项目', 'project name']),
    field('budget', '全年预算数', 'annual budget', ['年度预算数', '全年预算', '预算数', 'budget'], { type: 'number', blank: 'null' }),
    field('executed', '执行数', 'executed', ['预算执行数', '1-N月执行数', '执行金额', 'execution']),
    field('month', '月份', 'month', ['监控月份', '截至月份'], { type: 'number', blank: 'null' }),
    indicatorFields.level3,
    indicatorFields.targetValue,
    field('toDate', '1-N月完成值', 'completed to date', ['累计完成值', 'to date']),
    field('forecast', '全年预计完成值', 'annual forecast', ['全年预计完成', '预计完成值', 'forecast']),
    field('reason', '偏差原因', 'reason for deviation', ['偏差原因分析', '原因分析', 'reason']),
    field('expectation', '完成预期', 'expectation', ['完成目标可能性', '预计能否完成', 'expected'], { type: 'choice', choices: EXPECTATIONS, blank: 'null' }),
  ],
};

const PROJECT_FIELDS = monitoringSpec.fields.filter((f) => ['budget', 'executed', 'month'].includes(f.key));

/** One project of a monitoring table: its light, and whether it needs correction (纠偏, 篇2 三.3(2)). */
export interface MonitoredProject {
  readonly name: string;
  readonly row: number;
  readonly cell: string;
  /** null when the execution figures are unusable (issues say why). */
  readonly light: Light | null;
  readonly execution: ExecLight | null;
  readonly needsCorrection: boolean;
}

/** "1-6月完成值", "1～6月执行数" → the spec's "1-N月…" header. */
const MONTH_HEADER = /^1\s*[-－—~～至到]\s*(?:\d{1,2}|N)\s*月\s*(累计)?(完成值|完成情况|执行数)$/i;

function normalizeMonthHeaders(values: readonly (readonly CellValue[])[]): readonly (readonly CellValue[])[] {
  const rename = (c: CellValue): CellValue => (typeof c === 'string' && MONTH_HEADER.test(c.trim()) ? c.trim().replace(MONTH_HEADER, (_m, _acc, what: string) => `1-N月${what === '执行数' ? '执行数' : '完成值'}`) : c);
  // Only the rows the header may sit in (core/table.ts scans 30); the data rows are passed on uncopied.
  return [...values.slice(0, 30).map((row) => row.map(rename)), ...values.slice(30)];
}

/** Validate a monitoring table (FISCAL.md §2): lights per project, deviations explained per indicator. */
export function validateMonitoring(values: readonly (readonly CellValue[])[], origin: Origin = { row: 1, col: 1 }, scheme?: FiscalScheme): { projects: MonitoredProject[]; issues: Issue[] } {
  const sc = schemeOr(scheme);
  const { items: projects, issues } = mapProjects(normalizeMonthHeaders(values), monitoringSpec, origin, (g, loose, out) => monitorProject(g, loose, sc, origin.sheet, out));
  const flagged = projects.filter((p) => p.needsCorrection).map((p) => p.name);
  if (flagged.length > 0) issues.push(makeIssue('fiscal.needs-correction', { names: flagged.join('、') }, { sheet: origin.sheet, units: flagged }));
  return { projects, issues };
}

function monitorProject(g: ProjectRows, loose: LooseTable, sc: FiscalScheme, sheet: string | undefined, issues: Issue[]): MonitoredProject {
  const arg = (key: string, zh: string) => carriedArg(g, loose, key, zh, sheet);
  const e = arg('executed', '执行数');
  const b = arg('budget', '全年预算数');
  const m = arg('month', '月份');
  checkConflicts(g, loose, PROJECT_FIELDS, sheet, issues);
  const res = execLight(e.value, b.value, m.value, sc, { executed: e.at, budget: b.at, month: m.at });
  issues.push(...res.issues);
  const indicators = readIndicators(g, sheet, issues, false);
  checkDuplicates(g, indicators, sheet, issues);
  for (const ind of indicators) {
    const r = g.rows.find((x) => x.row === ind.row)!;
    const loc = (key: string, zh: string, en: string) => ({ field: zh, fieldEn: en, cell: loose.cell(r, key), row: r.row, sheet });
    const target = ind.target?.kind === 'quantitative' ? ind.target : undefined;
    readValue(r, 'toDate', loc('toDate', '1-N月完成值', 'completed to date'), target, issues);
    const forecast = readValue(r, 'forecast', loc('forecast', '全年预计完成值', 'annual forecast'), target, issues);
    const expectation = loose.read(r, 'expectation', issues);
    if (expectation === null) issues.push(makeIssue('fiscal.missing', {}, loc('expectation', '完成预期', 'expectation')));
    if (textOf(r, 'reason') !== null) continue;
    const why = deviation(expectation, forecast, target, sc.equalTolerance);
    if (why) issues.push(makeIssue('fiscal.deviation-no-reason', { indicator: ind.name ?? '?', ...why }, loc('reason', '偏差原因', 'reason for deviation')));
  }
  const light = res.ok ? res.value.light : null;
  return { name: g.name, row: g.row, cell: g.cell, light, execution: res.ok ? res.value : null, needsCorrection: light === '红' || light === '黄' };
}

/**
 * A to-date or forecast value: required; against a quantitative target it must be a number (read like
 * the target, so 48个 and 98% compare with ≥50个 and ≥95%). Returns the text and, when numeric, the number.
 */
function readValue(r: ParsedRow, key: string, loc: Located, target: QuantTarget | undefined, issues: Issue[]): { text: string; value?: number } | undefined {
  const text = textOf(r, key);
  if (text === null) {
    issues.push(makeIssue('fiscal.missing', {}, loc));
    return undefined;
  }
  if (!target) return { text };
  const a = readActual(text, target);
  if (!a) {
    issues.push(numberProblem(text, loc));
    return undefined;
  }
  if (a.percentAssumed) issues.push(makeIssue('fiscal.percent-assumed', { value: text, percent: `${roundHalfUp(a.value * 100, 6)}%`, target: target.text }, loc));
  return { text, value: a.value };
}

/** Why a reason is required: 完全不可能, or a forecast short of the target per its operator. */
function deviation(expectation: unknown, forecast: { text: string; value?: number } | undefined, target: QuantTarget | undefined, tolerance: number): { why: string; whyEn: string } | undefined {
  if (expectation === 'impossible') return { why: '完成预期为“完全不可能”', whyEn: 'is expected to be impossible to meet' };
  if (forecast?.value === undefined || !target || !isShort(forecast.value, target, tolerance)) return undefined;
  return { why: `全年预计 ${forecast.text} 达不到目标 ${target.text}`, whyEn: `forecast ${forecast.text} falls short of the target ${target.text}` };
}
