import { makeIssue, type Issue } from '../core/issue';
import type { YearMonth } from '../staff/period';
import type { StaffScheme } from '../staff/scheme';
import { planPart, recordId, recordsByPart, typedIssue, type PartPlan } from './apply';
import { splitDuplicates, splitSubmissions, sortParts, unitIndex, type MasterUnit, type Part } from './parts';
import { fieldLabel, periodText, SUBMISSION_KINDS, ymdKey, type FigureChange, type MasterRecord, type SubmissionKind, type SubmissionRef } from './record';
import { consolidationPreset, type ConsolidationSettings } from './settings';
import { buildReport, type UnitReport } from './status';
import type { Submission } from './submission';

/** The master workbook as 汇总 sees it: its 单位 list and the records it holds (月报汇总 rows, …). */
export interface MasterBook {
  readonly units: readonly MasterUnit[];
  readonly records: readonly MasterRecord[];
}

export interface ConsolidateOptions {
  /** Overwrite figures the office typed (--force); each such change is marked forced. */
  readonly force?: boolean | undefined;
  /** The month being consolidated (--period): the period 汇总情况 and `missing` are about. Default: the periods the submissions report. */
  readonly period?: YearMonth | undefined;
  readonly settings?: ConsolidationSettings | undefined;
  readonly staff?: StaffScheme | undefined;
}

/** An issue and the file it is about (null: the run or the master). */
export type FiledIssue = Issue & { readonly file: string | null };

/** One unit's period merged from one submission (the --json `merged` entries). */
export interface MergedEntry {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly kind: SubmissionKind;
  readonly unit: string;
  readonly period: string;
  /** Records the submission gives for this unit and period. */
  readonly rows: number;
  readonly added: number;
  /** Cells of the master whose figure the submission changed (a correction), from → to. Empty on a rerun. */
  readonly changed: readonly FigureChange[];
  readonly submitted: string | null;
}

/** A submission with errors: nothing of it was merged (the --json `quarantined` entries). */
export interface QuarantinedEntry {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly kind: SubmissionKind;
  readonly issues: readonly Issue[];
}

/** A unit's period a submission gave but 汇总 would not take: a second file for it, a typed figure in the way, or older than what the master holds. */
export interface RefusedEntry {
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly kind: SubmissionKind;
  readonly unit: string;
  readonly period: string;
  readonly reason: 'duplicate' | 'typed' | 'stale';
  readonly issues: readonly Issue[];
}

export interface ConsolidationOutcome {
  /** The master's records after the merge: its own in their order (replaced in place), then the new ones. */
  readonly records: readonly MasterRecord[];
  readonly merged: readonly MergedEntry[];
  readonly quarantined: readonly QuarantinedEntry[];
  readonly refused: readonly RefusedEntry[];
  /** Units of the master's list that reported nothing for the period(s) (the --json `missing`). */
  readonly missing: readonly string[];
  /** 汇总情况: one row per unit, period and kind. */
  readonly report: readonly UnitReport[];
  /** Refusals, typed-figure conflicts, the merged submissions' warnings and notes, dates. */
  readonly issues: readonly FiledIssue[];
}

const filed = (file: string | null, issues: readonly Issue[]): FiledIssue[] => issues.map((i) => ({ ...i, file }));
const refOf = (s: Submission): SubmissionRef => ({ file: s.file, sheet: s.sheet, submitted: s.submitted ? ymdKey(s.submitted.date) : null });
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** File, then sheet: a path and sheet name one submission, so this orders a batch the same on every machine. */
const byFile = (a: { submission: Submission }, b: { submission: Submission }): number =>
  cmp(a.submission.file, b.submission.file) || cmp(a.submission.sheet ?? '', b.submission.sheet ?? '');

/**
 * 汇总 (RULES.md "Consolidation", 篇4 六(三)/八(三), 篇3 五 1): merge a batch of submissions into the master's
 * records, keyed by unit + period (+ item). Pure: the same master and submissions give the same outcome in any
 * order of the files. Merging what is already merged changes nothing; a corrected submission replaces the earlier
 * figures and each changed cell is listed; a typed figure is never overwritten unless forced.
 */
export function consolidate(master: MasterBook, submissions: readonly Submission[], options: ConsolidateOptions = {}): ConsolidationOutcome {
  const force = options.force ?? false;
  const settings = options.settings ?? consolidationPreset;
  const index = unitIndex(master.units);
  const { parts, quarantined } = splitSubmissions(submissions, master.units, index);
  const { single, duplicates } = splitDuplicates(parts);
  const issues: FiledIssue[] = [];
  const refused: RefusedEntry[] = [];
  for (const list of duplicates) refuseDuplicates(list, refused, issues);

  const records = [...master.records];
  const at = new Map(records.map((r, i) => [recordId(r.key), i] as const));
  const byPart = recordsByPart(records);
  const merged: MergedEntry[] = [];
  const mergedFrom = new Set<Submission>();
  for (const part of sortParts(single)) {
    const s = part.submission;
    const ref = refOf(s);
    const existing = byPart.get(part.id) ?? [];
    const stale = force ? undefined : newerThan(existing, ref.submitted);
    if (stale) {
      const issue = makeIssue('consolidate.stale', { unit: part.unit, period: part.period, submitted: ref.submitted ?? '', held: stale.submitted ?? '', heldFile: stale.file }, { sheet: s.sheet, units: [part.unit] });
      refused.push({ file: s.file, sheet: s.sheet, kind: s.kind, unit: part.unit, period: part.period, reason: 'stale', issues: [issue] });
      issues.push(...filed(s.file, [issue]));
      continue;
    }
    const plan = planPart(part.records, existing, ref, force);
    if (plan.conflicts.length > 0) {
      const found = plan.conflicts.map(typedIssue);
      refused.push({ file: s.file, sheet: s.sheet, kind: s.kind, unit: part.unit, period: part.period, reason: 'typed', issues: found });
      issues.push(...filed(s.file, found));
      continue;
    }
    write(plan, records, at, byPart, part.id);
    mergedFrom.add(s);
    merged.push({ file: s.file, sheet: s.sheet, kind: s.kind, unit: part.unit, period: part.period, rows: part.records.length, added: plan.added, changed: plan.changes, submitted: ref.submitted });
    const notes = [...plan.changes.filter((c) => c.forced).map((c) => forcedIssue(c)), ...keptIssues(plan, part)];
    issues.push(...filed(s.file, notes));
  }
  // The merged submissions' own warnings and notes (errors would have quarantined them), once each, by file.
  for (const x of [...mergedFrom].sort((a, b) => byFile({ submission: a }, { submission: b }))) issues.push(...filed(x.file, x.issues));
  const q = [...quarantined].sort(byFile);
  const periods = options.period ? [periodText(options.period.y, options.period.m)] : [...new Set(parts.map((p) => p.period))].sort();
  const kinds = SUBMISSION_KINDS.filter((k) => submissions.some((s) => s.kind === k));
  const report = buildReport({ units: master.units, records, kinds, periods, merged, refused, quarantined: q, settings, staff: options.staff });
  issues.push(...report.issues);
  return {
    records,
    merged,
    quarantined: q.map((x) => ({ file: x.submission.file, sheet: x.submission.sheet, kind: x.submission.kind, issues: x.issues })),
    refused,
    missing: report.missing,
    report: report.rows,
    issues,
  };
}

function refuseDuplicates(list: readonly Part[], refused: RefusedEntry[], issues: FiledIssue[]): void {
  const sorted = [...list].sort(byFile);
  const names = sorted.map((p) => (p.submission.sheet ? `${p.submission.file}（${p.submission.sheet}）` : p.submission.file));
  const first = sorted[0]!;
  const issue = makeIssue('consolidate.duplicate', { unit: first.unit, period: first.period, files: names.join('、'), filesEn: names.join(', ') }, { units: [first.unit] });
  for (const p of sorted) refused.push({ file: p.submission.file, sheet: p.submission.sheet, kind: p.submission.kind, unit: p.unit, period: p.period, reason: 'duplicate', issues: [issue] });
  issues.push({ ...issue, file: null });
}

/** A source the master holds for this unit and period, sent later than `submitted` (both dates known): the file would roll figures back. */
function newerThan(existing: readonly MasterRecord[], submitted: string | null): SubmissionRef | undefined {
  if (submitted === null) return undefined;
  return existing.map((r) => r.source).find((src): src is SubmissionRef => src !== null && src.submitted !== null && src.submitted > submitted);
}

/** Apply a plan: replaced records in place, new ones appended; the part's index follows. */
function write(plan: PartPlan, records: MasterRecord[], at: Map<string, number>, byPart: Map<string, MasterRecord[]>, id: string): void {
  for (const [rid, rec] of plan.writes) {
    const i = at.get(rid);
    if (i === undefined) {
      at.set(rid, records.length);
      records.push(rec);
    } else records[i] = rec;
  }
  byPart.set(id, (byPart.get(id) ?? []).filter((r) => !plan.writes.has(recordId(r.key))).concat([...plan.writes.values()]));
}

const show = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function forcedIssue(c: FigureChange): Issue {
  const label = fieldLabel(c.key.kind, c.field);
  return makeIssue('consolidate.forced', { unit: c.key.unit, period: c.key.period, item: c.key.item, field: label.zh, fieldEn: label.en, from: show(c.from), to: show(c.to), at: c.cell ?? '' }, { cell: c.cell, units: [c.key.unit], field: c.field });
}

/** Records of the unit's period the new submission no longer lists: kept, and said so (a correction never deletes silently). */
function keptIssues(plan: PartPlan, part: Part): Issue[] {
  if (plan.kept.length === 0) return [];
  const items = plan.kept.map((k) => k.item || k.unit);
  const list = items.slice(0, 5).join('、') + (items.length > 5 ? '…' : '');
  return [makeIssue('consolidate.kept', { unit: part.unit, period: part.period, count: items.length, items: list }, { sheet: part.submission.sheet, units: [part.unit] })];
}
