/**
 * What the CLI prints about a run, as text or JSON. The shapes are the CLI's contract (README "perf CLI"):
 * an issue is { file, sheet, cell, code, severity, message: { zh, en } } (sheet/cell null when the issue has no
 * place), a warning { code, group, units, message: { zh, en } }, a result { unit, group, composite, rank, tier, report }.
 */
import { COUNTY_GROUPS, PENALTY_CODES, type CountyGroup, type CountyResult, type Issue, type Ranking, type RankedRow, type Text, type Tier } from '../engine';
import { hostIssue, isHostError, isHostFault } from '../host/errors';
import { CliError } from './errors';
import type { Io } from './io';
import { formatNumber, formatTable } from './print';
import { rowsText } from './rows-text';

export interface JsonIssue {
  readonly file: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly code: string;
  readonly severity: Issue['severity'];
  readonly message: Text;
}

export interface JsonWarning {
  readonly code: string;
  readonly group: string | null;
  readonly units: readonly string[];
  readonly message: Text;
}

export interface JsonResult {
  readonly unit: string;
  readonly group: CountyGroup | string | null;
  readonly composite: number;
  /** null for department penalties: a fine is an amount charged, not a score, and is not ranked. */
  readonly rank: number | null;
  readonly tier: Tier | null;
  readonly report: boolean;
  /**
   * After the six contract keys, the scheme's extra columns (staff: department rank, category, float, amount; fiscal:
   * grade, suggestion; department penalties: the month and the amount per penalty code).
   */
  readonly details?: Readonly<Record<string, string | number | null | Text>>;
}

export const jsonIssue = (file: string, i: Issue): JsonIssue => ({
  file,
  sheet: i.sheet ?? null,
  cell: i.cell ?? null,
  code: i.code,
  severity: i.severity,
  message: { zh: i.message.zh, en: i.message.en },
});

export const jsonWarning = (w: Issue): JsonWarning => ({
  code: w.code,
  group: w.group ?? null,
  units: [...(w.units ?? [])],
  message: { zh: w.message.zh, en: w.message.en },
});

/** composite is the rounded score the ranking used (scheme precision), never the raw float. */
export const jsonResult = (r: CountyResult): JsonResult => ({
  unit: r.unit,
  group: r.group,
  composite: r.rounded,
  rank: r.rank,
  tier: r.tier,
  report: r.report,
});

/** A person or project in the same six keys: the name as unit, the department (staff) as group, no tier. */
const jsonRow = (r: RankedRow, group: string | null): JsonResult => ({ unit: r.name, group, composite: r.rounded, rank: r.rank, tier: null, report: false });

/** Every result of a ranking, by its kind; `details` carries what the six keys do not. */
export function jsonResults(ranking: Ranking | null): JsonResult[] {
  if (ranking === null) return [];
  switch (ranking.kind) {
    case 'county':
      return ranking.results.map(jsonResult);
    case 'engineer':
      return ranking.results.map((r) => jsonRow(r, null));
    case 'staff':
      return ranking.results.map((r) => ({
        ...jsonRow(r, r.department),
        details: { departmentRank: r.departmentRank, category: r.categoryLabel.zh, float: r.float, amount: r.amount },
      }));
    case 'fiscal':
      return ranking.results.map((r) => ({ ...jsonRow(r, null), details: { grade: r.grade, suggestion: r.suggestion } }));
    case 'staff-penalties':
      return ranking.results.map((p) => ({
        unit: p.department, group: null, composite: p.total, rank: null, tier: null, report: false,
        details: { month: p.period, ...Object.fromEntries(PENALTY_CODES.map((c) => [c, p.amounts[c]])) },
      }));
  }
}

/** A file that cannot be opened (missing, not a workbook, encrypted …) as an issue of that file; anything else undefined. */
export function fileErrorIssue(e: unknown): Issue | undefined {
  if (e instanceof CliError && e.kind.startsWith('file.')) return e.toIssue();
  if (!isHostError(e) || isHostFault(e)) return undefined;
  return hostIssue(e, `file.${e.code.replace(/^file-/, '')}`);
}

const SEVERITY: Readonly<Record<Issue['severity'], string>> = { error: '错误 error', warning: '警告 warning', info: '提示 note' };

/** One line per issue: file, sheet!cell, severity, Chinese / English. */
export function issueLine(file: string, i: Issue): string {
  const place = i.sheet !== undefined ? `${i.sheet}${i.cell !== undefined ? `!${i.cell}` : ''}` : (i.cell ?? '');
  return [file, place, SEVERITY[i.severity], `${i.message.zh} / ${i.message.en}`].filter((s) => s !== '').join('  ');
}

const GROUP_TITLE: Readonly<Record<CountyGroup, string>> = {
  township: '乡镇 township',
  department: '部门和单位 department',
  'ancient-city': '古城风貌恢复 ancient-city',
};
const TIERS: readonly Tier[] = ['先进', '合格', '不合格'];
const TIER_EN: Readonly<Record<Tier, string>> = { 先进: 'advanced', 合格: 'qualified', 不合格: 'unqualified' };

/** Per group: a table of rank, unit, composite, tier (抄送 beside the reported), then the tier counts. */
export function resultsText(results: readonly CountyResult[], precision: number): string {
  const parts: string[] = [];
  for (const group of COUNTY_GROUPS) {
    const rows = results.filter((r) => r.group === group).sort((a, b) => a.rank - b.rank || a.unit.localeCompare(b.unit, 'zh'));
    if (rows.length === 0) continue;
    const body = rows.map((r) => [
      String(r.rank),
      r.unit,
      formatNumber(r.rounded, precision),
      r.tier + (r.vetoed ? '（取消评先）' : '') + (r.report ? '（抄送）' : ''),
    ]);
    const counts = TIERS.map((t) => `${t} ${rows.filter((r) => r.tier === t).length}`).join('  ');
    const countsEn = TIERS.map((t) => `${TIER_EN[t]} ${rows.filter((r) => r.tier === t).length}`).join(', ');
    parts.push(`${GROUP_TITLE[group]}（${rows.length}）`, formatTable(['排名 rank', '单位 unit', '综合得分 composite', '档次 tier'], body, ['right', 'left', 'right', 'left']), `${counts}  (${countsEn})`, '');
  }
  const legend = [
    results.some((r) => r.vetoed) ? '取消评先 = 有否决事项，不参加评先 / vetoed: not eligible for 先进' : '',
    results.some((r) => r.report) ? '抄送 = 60 分以下且居本组后三名，抄送有关部门 / reported: under 60 and among the group\'s last three' : '',
  ].filter((l) => l !== '');
  return [...parts, ...legend].join('\n');
}

/** The tables of a ranking: per group for the county, one table for people or projects; nothing without one. */
export function rankingText(ranking: Ranking | null, precision: number): string {
  if (ranking === null) return '';
  return ranking.kind === 'county' ? resultsText(ranking.results, precision) : rowsText(ranking, precision);
}

/** Warnings as one "警告" line each, Chinese / English. */
export function warningsText(warnings: readonly Issue[]): string {
  if (warnings.length === 0) return '警告 warnings: 无 none';
  return ['警告 warnings:', ...warnings.map((w) => `  - ${w.message.zh} / ${w.message.en}`)].join('\n');
}

/** The text report of a run: tables, warnings, then each issue on one line (errors on stderr, warnings on stdout). */
export function printRun(io: Io, file: string, tables: string, warnings: readonly Issue[], issues: readonly Issue[]): void {
  if (tables !== '') io.out(tables);
  if (tables !== '') io.out(warningsText(warnings));
  const shown = issues.filter((i) => i.severity !== 'info');
  for (const i of shown) (i.severity === 'error' ? io.err : io.out)(issueLine(file, i));
}
