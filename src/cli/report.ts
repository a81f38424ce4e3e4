/**
 * What the CLI prints about a run, as text or JSON. The shapes are the CLI's contract (README "perf CLI"):
 * an issue is { file, sheet, cell, code, severity, message: { zh, en } } (sheet/cell null when the issue has no
 * place), a warning { code, group, units, message: { zh, en } }, a result { unit, group, composite, rank, tier, report }.
 */
import type { PersonResult } from '../commands/people-rank';
import { COUNTY_GROUPS, floatPercentText, roundHalfUp, type CountyGroup, type CountyResult, type Issue, type Text, type Tier } from '../engine';
import { isHostError } from '../host/errors';
import { CliError } from './errors';
import type { Io } from './io';
import { formatNumber, formatTable, type Align } from './print';

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
  readonly rank: number;
  readonly tier: Tier | null;
  readonly report: boolean;
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

/** Engineer and staff rankings in the same six keys: the person as unit, the department as group, no tier. */
export const jsonPerson = (p: PersonResult): JsonResult => ({
  unit: p.name,
  group: p.department ?? null,
  composite: p.score,
  rank: p.rank,
  tier: null,
  report: false,
});

/** A file that cannot be opened (missing, not a workbook, encrypted …) as an issue of that file; anything else undefined. */
export function fileErrorIssue(e: unknown): Issue | undefined {
  if (e instanceof CliError && e.kind.startsWith('file.')) return { code: e.kind, severity: 'error', message: { zh: e.zh, en: e.en } };
  if (!isHostError(e) || e.code === 'host-failed') return undefined;
  return { code: `file.${e.code.replace(/^file-/, '')}`, severity: 'error', message: e.text };
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

/** Warnings as one "警告" line each, Chinese / English. */
export function warningsText(warnings: readonly Issue[]): string {
  if (warnings.length === 0) return '警告 warnings: 无 none';
  return ['警告 warnings:', ...warnings.map((w) => `  - ${w.message.zh} / ${w.message.en}`)].join('\n');
}

/** Fiscal self-evaluation: rank, project, score, the grade 优/良/中/差 and the result-application suggestion (FISCAL.md §4). */
function projectsText(rows: readonly PersonResult[]): string {
  const body = rows.map((p) => [
    String(p.rank),
    p.name,
    formatNumber(p.score, 2),
    p.grade ?? '',
    p.suggestion ? `${p.suggestion.zh} / ${p.suggestion.en}` : '',
  ]);
  const header = ['排名 rank', '项目 project', '得分 score', '等级 grade', '结果应用 suggestion'];
  return `${formatTable(header, body, ['right', 'left', 'right', 'left', 'left'])}\n`;
}

/** Engineer, staff or fiscal ranking: rank, name, score (staff: department, category, wage float and amount). */
export function peopleText(people: readonly PersonResult[]): string {
  const rows = [...people].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh'));
  if (people.some((p) => p.grade !== undefined)) return projectsText(rows);
  const staff = people.some((p) => p.float !== undefined);
  const header = staff
    ? ['排名 rank', '姓名 name', '部门 department', '类别 category', '得分 score', '浮动 float', '金额 amount']
    : ['排名 rank', '姓名 name', '得分 score'];
  const body = rows.map((p) => {
    const base = [String(p.rank), p.name];
    if (!staff) return [...base, formatNumber(p.score, 2)];
    const float = p.float === undefined ? '' : `${floatPercentText(roundHalfUp(p.float * 100, 2))}%`;
    const amount = p.amount === null || p.amount === undefined ? '' : formatNumber(p.amount, 2);
    return [...base, p.department ?? '', p.category ?? '', formatNumber(p.score, 2), float, amount];
  });
  const align: Align[] = staff ? ['right', 'left', 'left', 'left', 'right', 'right', 'right'] : ['right', 'left', 'right'];
  return `${formatTable(header, body, align)}\n`;
}

/** The text report of a run: tables, warnings, then each issue on one line (errors on stderr, warnings on stdout). */
export function printRun(io: Io, file: string, tables: string, warnings: readonly Issue[], issues: readonly Issue[]): void {
  if (tables !== '') io.out(tables);
  if (tables !== '') io.out(warningsText(warnings));
  const shown = issues.filter((i) => i.severity !== 'info');
  for (const i of shown) (i.severity === 'error' ? io.err : io.out)(issueLine(file, i));
}
