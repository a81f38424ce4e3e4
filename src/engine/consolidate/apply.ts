import { isBlank } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { fieldLabel, sameFigure, type FigureChange, type FigureValue, type MasterRecord, type RecordKey, type SubmissionRef, type SubmittedRecord } from './record';
import { nameKey } from '../core/names';

/** One record's identity as a map key; unit and item compared as names are (spaces, bracket widths). */
export const recordId = (k: RecordKey): string => `${k.kind}\u0000${nameKey(k.unit)}\u0000${k.period}\u0000${nameKey(k.item)}`;
/** A unit's period of one kind: what one submission may report only once per run. */
export const partId = (k: Pick<RecordKey, 'kind' | 'unit' | 'period'>): string => `${k.kind}\u0000${nameKey(k.unit)}\u0000${k.period}`;

/** The master's records by unit and period of one kind (partId): what one submission's part is compared with. */
export function recordsByPart(records: readonly MasterRecord[]): Map<string, MasterRecord[]> {
  const m = new Map<string, MasterRecord[]>();
  for (const r of records) {
    const id = partId(r.key);
    const list = m.get(id);
    if (list) list.push(r);
    else m.set(id, [r]);
  }
  return m;
}

/** A figure the office typed that a submission would change: kept unless forced. */
export interface TypedConflict {
  readonly key: RecordKey;
  readonly field: string;
  readonly cell?: string | undefined;
  readonly typed: FigureValue;
  readonly reported: FigureValue;
}

/** What merging one unit's period from one submission does to the master's records. */
export interface PartPlan {
  /** New and replaced records, by recordId. */
  readonly writes: ReadonlyMap<string, MasterRecord>;
  readonly added: number;
  readonly changes: readonly FigureChange[];
  /** Typed figures in the way; when any and not forced, nothing of the part is written. */
  readonly conflicts: readonly TypedConflict[];
  /** Records the master holds for this unit and period that the submission no longer lists: kept as they are. */
  readonly kept: readonly RecordKey[];
}

/** Fields of a master record the office owns: all of a typed record, the edited ones of a submission's. */
function isTyped(r: MasterRecord, field: string): boolean {
  return r.source === null || (r.edited?.includes(field) ?? false);
}

/**
 * Plan merging one unit's period (RULES.md Consolidation): a new record is added; a record from an earlier
 * submission takes the new figures, each differing field a change (from → to); a figure the office typed is a
 * conflict unless it equals the submission's, or `force` (then a change marked forced). A blank typed cell is
 * filled without conflict: the office typed nothing there. The same figures again plan no change at all.
 */
export function planPart(
  incoming: readonly SubmittedRecord[],
  existing: readonly MasterRecord[],
  source: SubmissionRef,
  force: boolean,
): PartPlan {
  const byId = new Map(existing.map((r) => [recordId(r.key), r] as const));
  const writes = new Map<string, MasterRecord>();
  const changes: FigureChange[] = [];
  const conflicts: TypedConflict[] = [];
  let added = 0;
  for (const rec of incoming) {
    const id = recordId(rec.key);
    const old = byId.get(id);
    if (!old) {
      added++;
      writes.set(id, { key: rec.key, values: rec.values, source });
      continue;
    }
    byId.delete(id);
    const values: Record<string, FigureValue> = { ...old.values };
    // A typed record's fields the submission does not give stay the office's (edited) once the record is the submission's.
    let edited = old.source === null ? Object.keys(old.values).filter((f) => !(f in rec.values) && !isBlank(old.values[f])) : old.edited;
    for (const [field, to] of Object.entries(rec.values)) {
      const from = old.values[field] ?? null;
      if (sameFigure(from, to)) continue;
      const cell = old.cells?.[field];
      const typed = isTyped(old, field) && !isBlank(from);
      if (typed && !force) {
        conflicts.push({ key: old.key, field, cell, typed: from, reported: to });
        continue;
      }
      values[field] = to;
      changes.push({ key: old.key, field, cell, from, to, ...(typed ? { forced: true } : {}) });
      if (edited) edited = edited.filter((f) => f !== field);
    }
    // A typed record the submission agrees with becomes the submission's: the figures it gave are now reported ones.
    const out: MasterRecord = { key: old.key, values, source, ...(edited && edited.length > 0 ? { edited } : {}), ...(old.cells ? { cells: old.cells } : {}) };
    writes.set(id, out);
  }
  const kept = [...byId.values()].filter((r) => r.source !== null).map((r) => r.key);
  return { writes, added, changes, conflicts, kept };
}

/** The issue for a typed figure a submission would change: names the record, field, cell, both figures. */
export function typedIssue(c: TypedConflict): Issue {
  const label = fieldLabel(c.key.kind, c.field);
  const params = { unit: c.key.unit, period: c.key.period, item: c.key.item, field: label.zh, fieldEn: label.en, typed: String(c.typed), reported: c.reported === null ? '' : String(c.reported), at: c.cell ?? '' };
  return makeIssue('consolidate.typed', params, { cell: c.cell, units: [c.key.unit], field: c.field });
}
