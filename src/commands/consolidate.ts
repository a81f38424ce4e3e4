/**
 * 汇总报送 (issue 13, RULES.md "Consolidation"): the month's submission files merged into the master workbook over
 * the Workbook port. Each file is read sheet by sheet, its kind detected from its headers and validated with the
 * 校验报送 validator; the engine's consolidate decides what is merged, quarantined or refused; this command only
 * reads and writes: the master's 月报汇总 (汇总表报送, 部门汇总) sheet, the 指标 sheet's actuals where the master has
 * the detailed county layout, and the 汇总情况 report sheet. One batch on the master: a failure writes nothing.
 */
import {
  a1, consolidate as consolidateRecords, consolidationPreset, hasErrors, MASTER_SHEET_NAMES, masterSheetRows, periodParts, SUBMISSION_KINDS,
  type CellValue, type ConsolidationOutcome, type ConsolidationSettings, type CountyScheme, type FiledIssue, type Issue, type MasterRecord,
  type StaffScheme, type Submission, type SubmissionKind, type YearMonth,
} from '../engine';
import type { Workbook } from '../host/port';
import { applyPlan } from './apply-plan';
import { mergeIndicatorActuals, type ActualsOutcome } from './consolidate-actuals';
import { ACTUALS_KEY } from './consolidate-actuals';
import { readMaster, readSubmissionFile, rememberRows, rowsKey, type MasterSheet, type SubmissionFile } from './consolidate-read';
import { REPORT_SHEET, reportPlan } from './consolidate-report';
import { inBatch } from './in-batch';
import { commandIssue } from './messages';
import { loadScheme } from './scheme-store';
import { CommandRefusal } from './types';

export { REPORT_SHEET } from './consolidate-report';
export type { SubmissionFile } from './consolidate-read';

export interface ConsolidateOptions {
  /** Overwrite figures the office typed (--force); each such change is named in the report. */
  readonly force?: boolean | undefined;
  /** The month consolidated (--period): 汇总情况 and `missing` are about it; a bare "6月" takes its year. */
  readonly period?: YearMonth | undefined;
  readonly settings?: ConsolidationSettings | undefined;
  /** Told as each file has been read (the pane's progress per file). */
  readonly onFile?: ((file: string, done: number, total: number) => void) | undefined;
}

/** A file none of whose sheets could be merged because it holds no submission 汇总 takes. */
export interface UnreadFile {
  readonly file: string;
  readonly issues: readonly Issue[];
}

export interface ConsolidateResult {
  /** The engine's outcome; null when the master could not take a merge (see issues: no 单位 list, a sheet in the way). */
  readonly outcome: ConsolidationOutcome | null;
  /** Files holding no submission (quarantined whole by the doors: nothing of them merged). */
  readonly unread: readonly UnreadFile[];
  /** The 指标 sheet's actuals written (detailed county master only). */
  readonly actuals: ActualsOutcome | null;
  /** Every issue, with its file (null: the master or the run). */
  readonly issues: readonly FiledIssue[];
  /** Sheets of the master written. */
  readonly written: readonly string[];
  /** The periods 汇总情况 reports on. */
  readonly periods: readonly string[];
}

const filed = (file: string | null, issues: readonly Issue[]): FiledIssue[] => issues.map((i) => ({ ...i, file }));

/** The master's schemes: the stored county or staff scheme, else the presets (the validators' default). */
async function schemes(master: Workbook): Promise<{ county?: CountyScheme; staff?: StaffScheme; issues: readonly Issue[] }> {
  const stored = await loadScheme(master, 'county');
  if (!stored.ok) return { issues: stored.issues };
  if (stored.value.kind === 'county') return { county: stored.value, issues: [] };
  if (stored.value.kind === 'staff') return { staff: stored.value, issues: [] };
  return { issues: [] };
}

/**
 * 汇总: merge `submissions` into `master`. The master's figures change only in its own consolidation sheets (and
 * the 指标 sheet's actual cells); a typed figure is kept unless forced; the same files again change nothing.
 */
export async function consolidate(master: Workbook, submissions: readonly SubmissionFile[], options: ConsolidateOptions = {}): Promise<ConsolidateResult> {
  const empty = { outcome: null, unread: [], actuals: null, written: [], periods: [] };
  return inBatch(master, async () => {
    const settings = options.settings ?? consolidationPreset;
    const found = await schemes(master);
    if (hasErrors(found.issues)) return { ...empty, issues: filed(null, found.issues) };
    const read: Submission[] = [];
    const unread: UnreadFile[] = [];
    const fileIssues: FiledIssue[] = [];
    for (const [i, f] of submissions.entries()) {
      const r = await readSubmissionFile(f, { period: options.period, county: found.county, staff: found.staff });
      read.push(...r.submissions);
      if (r.submissions.length === 0) unread.push({ file: f.file, issues: r.issues });
      fileIssues.push(...filed(f.file, r.issues));
      options.onFile?.(f.file, i + 1, submissions.length);
    }
    const m = await readMaster(master);
    if (hasErrors(m.issues)) return { ...empty, unread, issues: [...filed(null, m.issues), ...fileIssues] };
    const outcome = consolidateRecords({ units: m.units, records: m.records }, read, { force: options.force, period: options.period, settings, staff: found.staff });
    const written: string[] = [];
    for (const kind of SUBMISSION_KINDS) {
      const records = outcome.records.filter((r) => r.key.kind === kind);
      if (records.length === 0) continue;
      written.push(await writeMasterSheet(master, kind, records, m.sheets.get(kind)));
      await rememberRows(master, kind, records, m.settings.get(rowsKey(kind)));
    }
    const monthly = outcome.records.filter((r) => r.key.kind === 'county-report');
    const year = options.period?.y ?? latestYear(monthly);
    const actuals = monthly.length > 0 && year !== undefined && m.indicators
      ? await mergeIndicatorActuals(master, monthly, m.units, { block: m.indicators, stored: m.settings.get(ACTUALS_KEY), year, force: options.force ?? false, settings, county: found.county })
      : null;
    if (actuals && actuals.changes.length > 0) written.push(actuals.sheet);
    const periods = [...new Set(outcome.report.map((r) => r.period))];
    const issues = [...filed(null, m.issues.filter((i) => i.severity !== 'error')), ...fileIssues, ...outcome.issues, ...filed(null, actuals?.issues ?? [])];
    await applyPlan(master, reportPlan(outcome.report, outcome.missing, issues, periods));
    written.push(REPORT_SHEET);
    return { outcome, unread, actuals, issues, written, periods };
  }, (issue) => ({ ...empty, issues: [{ ...issue, file: null }] }));
}

/** The year of the latest month the monthly records hold (the 指标 sheet's mid-year / year-end row is that year's). */
function latestYear(records: readonly MasterRecord[]): number | undefined {
  const years = records.map((r) => periodParts(r.key.period)?.y).filter((y): y is number => y !== undefined);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * The master's sheet of a kind, rewritten whole from the records (the office's typed rows among them, in their
 * place). The add-in's own sheet is replaced; the office's own sheet of that name is written over in place only
 * when it has the very layout (header at A1), else the run is refused: nothing of the office's is lost.
 */
async function writeMasterSheet(wb: Workbook, kind: SubmissionKind, records: readonly MasterRecord[], existing: MasterSheet | undefined): Promise<string> {
  const rows = masterSheetRows(kind, records);
  const header = rows[0]!;
  const name = existing?.name ?? MASTER_SHEET_NAMES[kind].zh;
  if (existing === undefined || existing.own) {
    await applyPlan(wb, {
      name,
      blocks: [{ row: 1, col: 1, values: rows }],
      formats: [{ range: `A1:${a1(1, header.length)}`, fmt: { bold: true, fill: '#F2F2F2' } }, ...header.map((_, i) => ({ range: a1(1, i + 1), fmt: { columnWidth: i === 2 ? 30 : i >= header.length - 3 ? 22 : 12 } }))],
      conditional: [],
      lists: [],
    });
    return name;
  }
  const block = existing.block;
  const first = block.values[0] ?? [];
  const same = block.origin.row === 1 && block.origin.col === 1 && header.every((h, i) => sameText(first[i], h));
  if (!same) throw new CommandRefusal(commandIssue('consolidate.master-layout', { sheet: name, header: header.join('、') }, { sheet: name }));
  await wb.write(name, 'A1', rows);
  return name;
}

const sameText = (a: CellValue | undefined, b: CellValue): boolean => typeof a === 'string' && a.trim() === String(b);

