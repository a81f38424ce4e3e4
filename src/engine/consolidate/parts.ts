import type { CountyGroup } from '../county/types';
import { hasErrors, makeIssue, type Issue } from '../core/issue';
import { partId } from './apply';
import { SUBMISSION_KINDS, type SubmittedRecord } from './record';
import type { Submission } from './submission';
import { nameKey } from '../core/names';

/** A unit of the master's 单位 list, as the master spells it; the group when the master gives one (county). */
export interface MasterUnit {
  readonly name: string;
  readonly group?: CountyGroup | undefined;
}

/** What one submission reports for one unit and period: the piece 汇总 merges or refuses whole. */
export interface Part {
  readonly submission: Submission;
  /** The master's spelling. */
  readonly unit: string;
  readonly unitIndex: number;
  readonly period: string;
  readonly id: string;
  /** Keys carry the master's spelling of the unit. */
  readonly records: readonly SubmittedRecord[];
}

export interface Quarantined {
  readonly submission: Submission;
  readonly issues: readonly Issue[];
  /** Master units the submission names (for 汇总情况: they reported, though nothing was merged). */
  readonly units: readonly string[];
}

/** Units by their compared name → position in the master's list. */
export function unitIndex(units: readonly MasterUnit[]): Map<string, number> {
  const m = new Map<string, number>();
  units.forEach((u, i) => {
    const k = nameKey(u.name);
    if (!m.has(k)) m.set(k, i);
  });
  return m;
}

/**
 * Split each submission into parts (one per unit and period), or quarantine it: a submission with any error —
 * its validation's, or a unit not in the master's 单位 list (an error, never a new unit) — gives no part at all.
 */
export function splitSubmissions(
  submissions: readonly Submission[],
  units: readonly MasterUnit[],
  index: ReadonlyMap<string, number>,
): { parts: Part[]; quarantined: Quarantined[] } {
  const parts: Part[] = [];
  const quarantined: Quarantined[] = [];
  for (const s of submissions) {
    const issues = [...s.issues];
    const unknown = new Set<string>();
    const byPart = new Map<string, { unitIndex: number; period: string; records: SubmittedRecord[] }>();
    for (const r of s.records) {
      const i = index.get(nameKey(r.key.unit));
      if (i === undefined) {
        if (!unknown.has(r.key.unit)) {
          unknown.add(r.key.unit);
          const cell = r.cells.unit ?? r.cells.department;
          issues.push(makeIssue('consolidate.unknown-unit', { at: cell ?? `row ${r.row}`, value: r.key.unit }, { sheet: s.sheet, cell, row: r.row, field: '单位', units: [r.key.unit] }));
        }
        continue;
      }
      const unit = units[i]!.name;
      const id = partId({ kind: s.kind, unit, period: r.key.period });
      let p = byPart.get(id);
      if (!p) byPart.set(id, (p = { unitIndex: i, period: r.key.period, records: [] }));
      p.records.push(unit === r.key.unit ? r : { ...r, key: { ...r.key, unit } });
    }
    if (hasErrors(issues)) {
      const named = new Set([...byPart.values()].map((p) => units[p.unitIndex]!.name));
      quarantined.push({ submission: s, issues, units: [...named] });
      continue;
    }
    for (const [id, p] of byPart) parts.push({ submission: s, unit: units[p.unitIndex]!.name, unitIndex: p.unitIndex, period: p.period, id, records: p.records });
  }
  return { parts, quarantined };
}

/** Parts in the one order the master is written in, whatever order the files came in: kind, the master's unit order, period. */
export function sortParts(parts: readonly Part[]): Part[] {
  const k = SUBMISSION_KINDS;
  return [...parts].sort(
    (a, b) => k.indexOf(a.submission.kind) - k.indexOf(b.submission.kind) || a.unitIndex - b.unitIndex || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
}

/** Two submissions for the same unit and period in one run: neither is merged, and the error names both (all) files. */
export function splitDuplicates(parts: readonly Part[]): { single: Part[]; duplicates: Part[][] } {
  const byId = new Map<string, Part[]>();
  // In the canonical order, so the refusals come out the same whatever order the files came in.
  for (const p of sortParts(parts)) {
    const list = byId.get(p.id);
    if (list) list.push(p);
    else byId.set(p.id, [p]);
  }
  const single: Part[] = [];
  const duplicates: Part[][] = [];
  for (const list of byId.values()) {
    if (list.length === 1) single.push(list[0]!);
    else duplicates.push(list);
  }
  return { single, duplicates };
}
