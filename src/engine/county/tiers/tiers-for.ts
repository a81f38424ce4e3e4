import { isExcelError, type CellValue } from '../../core/cell';
import { readNumber, readText } from '../../core/coerce';
import { hasErrors, makeIssue, type Issue } from '../../core/issue';
import { fail, ok, type Result } from '../../core/result';
import type { Tier } from '../types';
import { parseGroup } from '../group';
import { defaultRankingSettings, type RankingSettings } from './settings';
import { countyTiers } from './tiers';
import type { RankableUnit } from './unit';

const FIELDS = {
  scores: { zh: '得分', en: 'score' },
  groups: { zh: '分组', en: 'group' },
  vetoes: { zh: '取消评先资格', en: 'veto' },
  unqualified: { zh: '认定不合格', en: 'designated unqualified' },
} as const;

// A flag column holds a reason or a yes; these read as "no flag".
const NO_FLAG = new Set(['否', '无', 'no', 'n', 'false', '0', '×']);

/** A score given as a number has no steps; one shared empty list rather than one per row. */
const NO_STEPS: readonly never[] = Object.freeze([]);

/** Row n of the table as the unit name, so warnings can point at it. */
const rowName = (row: number): string => `第${row}行`;

/** A flag cell → its reason text, or undefined when blank or a "no"; Excel errors become issues. */
function readFlag(v: CellValue | undefined, row: number, field: 'vetoes' | 'unqualified', issues: Issue[]): string | undefined {
  if (typeof v === 'boolean') return v ? 'TRUE' : undefined;
  if (v !== null && v !== undefined && isExcelError(v)) {
    issues.push(excelError(v, row, field));
    return undefined;
  }
  const t = readText(v);
  return t === null || NO_FLAG.has(t.toLowerCase()) ? undefined : t;
}

function excelError(v: string, row: number, field: keyof typeof FIELDS): Issue {
  const f = FIELDS[field];
  return makeIssue('ranking.excel-error', { row, field: f.zh, fieldEn: f.en, value: v.trim().toUpperCase() }, { row, field });
}

/** Groups must match the scores one for one; an optional flag column may also be left out (empty). */
function checkLength(list: readonly CellValue[] | undefined, field: keyof typeof FIELDS, expected: number, issues: Issue[]): void {
  if (list === undefined || list.length === expected || (list.length === 0 && field !== 'groups')) return;
  const f = FIELDS[field];
  issues.push(makeIssue('ranking.length-mismatch', { field: f.zh, fieldEn: f.en, count: list.length, expected }, { field }));
}

/**
 * PERF.TIERS: the tier of every row of a table of scores and groups (optional veto and 不合格 flags),
 * computed once for the whole table by the county rules. Any bad cell fails the whole call, naming its row.
 */
export function tiersFor(
  scores: readonly CellValue[],
  groups: readonly CellValue[],
  vetoes?: readonly CellValue[],
  unqualified?: readonly CellValue[],
  settings: RankingSettings = defaultRankingSettings,
): Result<Tier[]> {
  const issues: Issue[] = [];
  checkLength(groups, 'groups', scores.length, issues);
  checkLength(vetoes, 'vetoes', scores.length, issues);
  checkLength(unqualified, 'unqualified', scores.length, issues);
  const units: RankableUnit[] = [];
  for (let k = 0; k < scores.length; k++) {
    const row = k + 1;
    const score = readNumber(scores[k]);
    if (!score.ok) {
      if (score.kind === 'blank') issues.push(makeIssue('ranking.blank-score', { row }, { row, field: 'scores' }));
      else if (score.kind === 'excel-error') issues.push(excelError(score.text, row, 'scores'));
      else issues.push(makeIssue('ranking.score-not-number', { row, value: score.text }, { row, field: 'scores' }));
    }
    const cell = groups[k];
    const group = parseGroup(cell ?? null);
    if (group === undefined && groups.length === scores.length) {
      if (cell !== null && cell !== undefined && isExcelError(cell)) issues.push(excelError(cell, row, 'groups'));
      else issues.push(makeIssue('ranking.bad-group', { row, value: readText(cell ?? null) ?? '' }, { row, field: 'groups' }));
    }
    const veto = readFlag(vetoes?.[k], row, 'vetoes', issues);
    const designated = readFlag(unqualified?.[k], row, 'unqualified', issues);
    if (score.ok && group !== undefined) {
      units.push({ unit: rowName(row), group, composite: { value: score.value, rounded: score.value, steps: NO_STEPS }, veto, unqualified: designated });
    }
  }
  if (hasErrors(issues)) return fail(issues);
  const { tiers, warnings } = countyTiers(units, settings);
  return ok(tiers, [...issues, ...warnings]);
}
