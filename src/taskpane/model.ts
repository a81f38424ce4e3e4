/**
 * The command results as the pane reads them. Every field the pane shows from rankAndTier and validateSubmission
 * is read here and nowhere else, so a change in the commands' result shapes is adapted in this one file.
 * Nothing is scored here: scores, ranks, tiers and steps come from the commands (the engine).
 */
import type { RankOutcome, ValidateOutcome } from '../commands';
import { GROUP_LABELS, TIERS } from '../commands/results-layout';
import type { CellValue, CountyGroup, Issue, RankedRow, Severity, Step, Text, Tier } from '../engine';

/** A ranked county unit, person or project as the pane shows it. */
export interface UnitView {
  /** Unique within a run: group and name. */
  readonly key: string;
  readonly name: string;
  readonly group: string;
  readonly score: number;
  readonly rank: number;
  readonly tier: Tier | null;
  readonly report: boolean;
  readonly grade: string | null;
  readonly steps: readonly Step[];
  /** Why this tier (county), or the score in one line (people). */
  readonly decision: Text;
  readonly sheet: string | null;
  readonly row: number | null;
}

export interface GroupView {
  readonly code: string;
  readonly label: Text;
  /** By rank. */
  readonly units: readonly UnitView[];
  /** Units per tier (county groups; all zero for people). */
  readonly tiers: Readonly<Record<Tier, number>>;
}

export interface RankView {
  readonly kind: 'county' | 'people';
  readonly groups: readonly GroupView[];
  readonly warnings: readonly Issue[];
  readonly issues: readonly Issue[];
  /** The results sheet written, or null (input errors, a refusal). */
  readonly written: string | null;
  /** The sheet the units were read from (for 重新校验), or null when no table was found. */
  readonly inputSheet: string | null;
  readonly precision: number;
}

export interface IssuesView {
  readonly from: 'rank' | 'validate';
  readonly issues: readonly Issue[];
  /** The sheet 重新校验 validates. */
  readonly sheet: string | null;
  /** What was validated (the submission type), when known. */
  readonly label: Text | null;
}

const ALL: Text = { zh: '全部', en: 'All' };
const byRank = (a: UnitView, b: UnitView): number => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN');
const noTiers = (): Record<Tier, number> => ({ 先进: 0, 合格: 0, 不合格: 0 });

function inputSheetOf(o: RankOutcome): string | null {
  const s = o.source;
  if (s === null) return o.issues.find((i) => i.sheet !== undefined)?.sheet ?? null;
  return 'sheets' in s ? (s.sheets[0] ?? null) : s.sheet;
}

export function rankView(o: RankOutcome): RankView {
  const base = { warnings: o.warnings, issues: o.issues, written: o.written, inputSheet: inputSheetOf(o), precision: o.stamp?.precision ?? 2 };
  const r = o.ranking;
  // HR's department penalties are amounts, not ranked units: the pane lists none (they are on 部门考核扣款).
  if (r !== null && r.kind !== 'county' && r.kind !== 'staff-penalties' && r.results.length > 0) {
    const unit = (p: RankedRow, group: string, grade: string | null): UnitView => ({
      key: `${p.source.row ?? ''}:${p.name}`, name: p.name, group, score: p.rounded, rank: p.rank, tier: null, report: false,
      grade, steps: p.steps, decision: p.explanation, sheet: p.source.sheet ?? null, row: p.source.row ?? null,
    });
    const units =
      r.kind === 'staff' ? r.results.map((p) => unit(p, p.department ?? '', null))
        : r.kind === 'fiscal' ? r.results.map((p) => unit(p, '', p.grade))
          : r.results.map((p) => unit(p, '', null));
    return { ...base, kind: 'people', groups: [{ code: 'all', label: ALL, units: [...units].sort(byRank), tiers: noTiers() }] };
  }
  const county = r?.kind === 'county' ? r.results : [];
  const groups = (Object.keys(GROUP_LABELS) as CountyGroup[]).flatMap((code): GroupView[] => {
    const units = county.filter((x) => x.group === code).map((x): UnitView => ({
      key: `${code}:${x.unit}`, name: x.unit, group: code, score: x.rounded, rank: x.rank, tier: x.tier, report: x.report, grade: null,
      steps: x.steps, decision: x.explanation, sheet: x.source?.sheet ?? null, row: x.source?.row ?? null,
    }));
    if (units.length === 0) return [];
    const tiers = noTiers();
    for (const u of units) if (u.tier) tiers[u.tier]++;
    return [{ code, label: GROUP_LABELS[code], units: units.sort(byRank), tiers }];
  });
  return { ...base, kind: 'county', groups };
}

export const rankIssues = (v: RankView): IssuesView => ({ from: 'rank', issues: v.issues, sheet: v.inputSheet, label: null });

export const validateIssues = (o: ValidateOutcome): IssuesView => ({ from: 'validate', issues: o.issues, sheet: o.sheet === '' ? null : o.sheet, label: o.label });

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export { TIERS };

/** Issues of the chosen severities, grouped by sheet in the order the sheets first appear (no sheet last). */
export function issuesBySheet(issues: readonly Issue[], show: ReadonlySet<Severity>): { sheet: string | null; issues: Issue[] }[] {
  const groups = new Map<string | null, Issue[]>();
  for (const i of issues) {
    if (!show.has(i.severity)) continue;
    const key = i.sheet ?? null;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null)).map(([sheet, list]) => ({ sheet, issues: list }));
}

export const countBySeverity = (issues: readonly Issue[]): Record<Severity, number> => {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
};

/** Every unit of a run, groups in order. */
export const allUnits = (v: RankView | null): readonly UnitView[] => v?.groups.flatMap((g) => g.units) ?? [];

/** The first row of an A1 address ("B7", "A3:F9" → 7, 3). */
export function rowOf(address: string): number | null {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(address.replace(/^.*!/, ''));
  return m ? Number(m[1]) : null;
}

/**
 * The unit a selection points at: the one read from that sheet's row, else the one whose name fills a cell of the
 * selected row (排名结果, or any list of names).
 */
export function unitAt(units: readonly UnitView[], sel: { sheet: string; address: string }, rowValues: readonly CellValue[] = []): UnitView | undefined {
  const row = rowOf(sel.address);
  const here = units.find((u) => u.sheet === sel.sheet && u.row === row);
  if (here) return here;
  const names = new Set(rowValues.filter((v): v is string => typeof v === 'string').map((v) => v.trim()));
  return units.find((u) => names.has(u.name));
}
