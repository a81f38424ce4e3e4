import type { YMD } from '../core/coerce';
import type { TableSpec } from '../core/table';
import type { Text } from '../core/text';
import { countyReportSpec } from '../county/report';
import { countySummarySpec } from '../county/summary';
import { staffSheetSpec } from '../staff/sheet';

/** The submissions 汇总 takes (issue 13): the county monthly indicator report, county summary rows, the staff department summary (篇3). */
export type SubmissionKind = 'county-report' | 'county-summary' | 'staff';
/** The kinds in the one order outcomes list them. */
export const SUBMISSION_KINDS: readonly SubmissionKind[] = ['county-report', 'county-summary', 'staff'];

/** What a record holds: a submission's figures, or an indicator's actuals in the master's 指标 sheet ('actual'). */
export type RecordKind = SubmissionKind | 'actual';

/** One figure as kept: a number, a text (direction, note, veto reason…) or blank. */
export type FigureValue = number | string | null;

/**
 * What a record is about: unit + period (+ item). `period` is a month "2026-06"; `item` the indicator (county
 * report), the person (staff) or "" (a county summary row is the whole unit). The master's spelling of the unit.
 */
export interface RecordKey {
  readonly kind: RecordKind;
  readonly unit: string;
  readonly period: string;
  readonly item: string;
}

/** Where figures came from: the submission's file (and sheet) and the day it was sent, when known. */
export interface SubmissionRef {
  readonly file: string;
  readonly sheet?: string | undefined;
  /** 报送日期 as "2026-07-08", or null when the submission gave none. */
  readonly submitted: string | null;
}

/**
 * A record of the master (its 月报汇总 rows, or any figures the office keeps per unit + period + item).
 * `source` null = typed by the office, not from a submission: never overwritten unless forced.
 */
export interface MasterRecord {
  readonly key: RecordKey;
  readonly values: Readonly<Record<string, FigureValue>>;
  readonly source: SubmissionRef | null;
  /** Fields of a submission's record the office has since typed over by hand (the wiring knows them); protected like source null. */
  readonly edited?: readonly string[] | undefined;
  /** A1 address of each field's cell in the master, when the caller has them: changes then name the cell. */
  readonly cells?: Readonly<Record<string, string>> | undefined;
}

/** A record read from a submission: the unit as the submission spells it, the sheet row and cells it came from. */
export interface SubmittedRecord {
  readonly key: RecordKey;
  readonly values: Readonly<Record<string, FigureValue>>;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** One cell of the master that a merge changed: its record, field (and cell when known), from → to. */
export interface FigureChange {
  readonly key: RecordKey;
  readonly field: string;
  readonly cell?: string | undefined;
  readonly from: FigureValue;
  readonly to: FigureValue;
  /** The old figure was typed by the office and the merge was forced over it. */
  readonly forced?: boolean | undefined;
}

/** A month as the records spell it: 2026-06. */
export const periodText = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}`;
export const ymdKey = (d: YMD): string => `${periodText(d.y, d.m)}-${String(d.d).padStart(2, '0')}`;

/** "2026-06" → { y: 2026, m: 6 }. */
export function periodParts(period: string): { y: number; m: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? { y: Number(m[1]), m: Number(m[2]) } : undefined;
}

/**
 * Two figures are the same when a re-read could not tell them apart: numbers equal to 15 significant digits
 * (what a workbook keeps), texts equal once trimmed, blank equal to blank text.
 */
export function sameFigure(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  const x = blankToNull(a);
  const y = blankToNull(b);
  if (typeof x === 'number' && typeof y === 'number') return x === y || Number(x.toPrecision(15)) === Number(y.toPrecision(15));
  return x === y;
}

function blankToNull(v: FigureValue | undefined): FigureValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  return v;
}

/** The 指标 sheet's actual columns (county/detail-specs.ts), as records of kind 'actual' hold them. */
const ACTUAL_LABELS: Readonly<Record<string, Text>> = {
  mid: { zh: '中期完成值', en: 'mid-year actual' },
  end: { zh: '年终完成值', en: 'year-end actual' },
  actual: { zh: '完成值', en: 'actual' },
};

const SPECS: Readonly<Record<SubmissionKind, TableSpec>> = { 'county-report': countyReportSpec, 'county-summary': countySummarySpec, staff: staffSheetSpec };

/** A figure's name for messages and the report: its column's label in the submission's table (a field not found shows its key). */
export function fieldLabel(kind: RecordKind, field: string): Text {
  const label = kind === 'actual' ? ACTUAL_LABELS[field] : SPECS[kind].fields.find((f) => f.key === field)?.label;
  return label ?? { zh: field, en: field };
}
