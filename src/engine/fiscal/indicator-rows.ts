import { makeIssue, type Issue } from '../core/issue';
import { normalizeHeader, type FieldSpec, type ParsedRow } from '../core/table';
import { text } from '../core/text';
import { LEVEL1_EN, LEVEL2, parseLevel1, parseLevel2, type Level1 } from './levels';
import type { ProjectRows } from './projects';
import { textOf } from './sheet-rows';
import { parseTargetValue, type TargetValue } from './target-value';

/** The indicator columns shared by the target, monitoring and self-evaluation tables. */
export const indicatorFields = {
  level1: { key: 'level1', label: text('一级指标', 'level1'), aliases: ['level 1', 'level-1 indicator'], type: 'text', required: true },
  level2: { key: 'level2', label: text('二级指标', 'level2'), aliases: ['level 2', 'level-2 indicator'], type: 'text', required: true },
  level3: { key: 'level3', label: text('三级指标', 'level3'), aliases: ['指标名称', 'indicator', 'name', 'level 3'], type: 'text', required: true },
  targetValue: { key: 'targetValue', label: text('指标值', 'target value'), aliases: ['目标值', '年度指标值', 'target'], type: 'text', required: true },
} as const satisfies Record<string, FieldSpec>;

/** One indicator row of a project. Fields are null when missing or invalid (an issue says which cell). */
export interface IndicatorRow {
  readonly level1: Level1 | null;
  readonly level2: string | null;
  readonly name: string | null;
  readonly target: TargetValue | null;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Read a project's indicators. 一级/二级指标 are merged cells in real tables too: a blank one is
 * carried down from the row above within the project (二级 only while 一级 is unchanged).
 */
export function readIndicators(p: ProjectRows, sheet: string | undefined, issues: Issue[], withLevels = true): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  let prev: { level1: Level1 | null; level2: string | null } = { level1: null, level2: null };
  for (const r of p.rows) {
    const loc = (key: string, field: string) => ({ field, cell: r.cells[key] ?? '?', row: r.row, sheet });
    let level1: Level1 | null = null;
    let level2: string | null = null;
    if (withLevels) {
      ({ level1, level2 } = readLevels(r, prev, issues, loc));
      prev = { level1, level2 };
    }
    const name = textOf(r, 'level3');
    if (name === null) issues.push(makeIssue('fiscal.missing', { fieldEn: 'level-3 indicator' }, loc('level3', '三级指标')));
    const t = parseTargetValue(r.values['targetValue'] as string | null | undefined);
    let target: TargetValue | null = null;
    // FISCAL.md §1: a number without its operator (50个) is an error, never read as "=".
    if (t.ok && t.target.kind === 'quantitative' && t.target.assumedOp) issues.push(makeIssue('fiscal.target-no-operator', { value: t.target.text, fieldEn: 'target value' }, loc('targetValue', '指标值')));
    else if (t.ok) target = t.target;
    else if (t.reason === 'blank') issues.push(makeIssue('fiscal.missing', { fieldEn: 'target value' }, loc('targetValue', '指标值')));
    else issues.push(makeIssue(t.reason === 'excel-error' ? 'fiscal.excel-error' : 'fiscal.target-bad', { value: t.text, fieldEn: 'target value' }, loc('targetValue', '指标值')));
    out.push({ level1, level2, name, target, row: r.row, cells: r.cells });
  }
  return out;
}

type Loc = (key: string, field: string) => { field: string; cell: string; row: number; sheet: string | undefined };

function readLevels(r: ParsedRow, prev: { level1: Level1 | null; level2: string | null }, issues: Issue[], loc: Loc): { level1: Level1 | null; level2: string | null } {
  const raw1 = textOf(r, 'level1');
  let level1: Level1 | null = prev.level1;
  if (raw1 !== null) {
    level1 = parseLevel1(raw1) ?? null;
    if (level1 === null) issues.push(makeIssue('fiscal.level1-invalid', { value: raw1 }, loc('level1', '一级指标')));
  } else if (level1 === null) issues.push(makeIssue('fiscal.missing', { fieldEn: 'level-1 indicator' }, loc('level1', '一级指标')));
  const raw2 = textOf(r, 'level2');
  const sameLevel1 = raw1 === null || level1 === prev.level1;
  let level2: string | null = sameLevel1 ? prev.level2 : null;
  if (raw2 !== null) {
    level2 = level1 === null ? raw2 : (parseLevel2(level1, raw2) ?? null);
    if (level1 !== null && level2 === null) {
      issues.push(makeIssue('fiscal.level2-invalid', { value: raw2, level1, choices: LEVEL2[level1].join('/') }, loc('level2', '二级指标')));
    }
  } else if (level2 === null) issues.push(makeIssue('fiscal.missing', { fieldEn: 'level-2 indicator' }, loc('level2', '二级指标')));
  return { level1, level2 };
}

/** Level-1 English name, for messages. */
export const level1En = (l: Level1): string => LEVEL1_EN[l];

/** A 三级指标 named twice within a project is an error on the second cell (FISCAL.md §1). */
export function checkDuplicates(p: ProjectRows, indicators: readonly IndicatorRow[], sheet: string | undefined, issues: Issue[]): void {
  const seen = new Map<string, number>();
  for (const i of indicators) {
    if (i.name === null) continue;
    // "维修 里程" and "维修里程", full or half width, are the same indicator.
    const key = normalizeHeader(i.name);
    const firstRow = seen.get(key);
    if (firstRow === undefined) seen.set(key, i.row);
    else issues.push(makeIssue('fiscal.duplicate-indicator', { project: p.name, value: i.name, firstRow }, { field: '三级指标', cell: i.cells['level3'] ?? '?', row: i.row, sheet }));
  }
}
