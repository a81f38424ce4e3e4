/**
 * 汇总 into the detailed county master's 指标 sheet (RULES.md "Consolidation"): the mid-year / year-end actuals (and
 * a monthly group's month actuals) derived from the monthly reports, written into the cells the sheet has.
 *
 * The sheet has no 报送文件 column, so which of its figures came from a report is remembered in the setting
 * ACTUALS_KEY (per record and field: the figure written and its source). A cell still holding what 汇总 wrote is the
 * report's (a corrected report replaces it); any other figure is the office's own, typed, and is never overwritten
 * without force.
 */
import {
  a1, countyDetailSheets, deriveActuals, mergeActuals, parseMonth, periodText, readTable, recordId, sameFigure,
  type ConsolidationSettings, type CountyScheme, type FigureChange, type FigureValue, type Issue, type MasterRecord, type MasterUnit, type SubmissionRef,
} from '../engine';
import type { Block, Workbook } from '../host/port';
import { originOf } from './detect';

/** Setting: the 指标 cells 汇总 filled, by record and field → the figure and where it came from. */
export const ACTUALS_KEY = 'perf.consolidate.actuals';

interface Written {
  readonly v: FigureValue;
  readonly source: SubmissionRef;
}

const INDICATORS = countyDetailSheets.find((d) => d.key === 'indicators')!.spec;
const FIELDS = ['mid', 'end', 'actual'] as const;

/** The 指标 sheet's actual cells as records of kind 'actual', each marked the report's or the office's by ACTUALS_KEY. */
function actualRecords(values: Parameters<typeof readTable>[0], origin: Parameters<typeof readTable>[2], year: number, written: ReadonlyMap<string, Written>): MasterRecord[] {
  const t = readTable(values, INDICATORS, origin);
  const records: MasterRecord[] = [];
  for (const row of t.rows) {
    const v = row.values;
    const item = [v.level3, v.level2, v.level1].find((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (typeof v.unit !== 'string' || item === undefined) continue;
    const month = v.month === null || v.month === undefined ? undefined : parseMonth(v.month);
    if (v.month !== null && v.month !== undefined && !month) continue; // the validator names a month it cannot read
    const fields = month ? (['actual'] as const) : (['mid', 'end'] as const);
    const key = { kind: 'actual' as const, unit: v.unit, period: month ? periodText(year, month.month) : String(year), item };
    const id = recordId(key);
    const figures: Record<string, FigureValue> = {};
    const cells: Record<string, string> = {};
    const from: SubmissionRef[] = [];
    const edited: string[] = [];
    for (const f of fields) {
      const x = v[f];
      figures[f] = typeof x === 'number' ? x : null;
      const col = t.columns[f];
      if (col !== undefined) cells[f] = a1(row.row, col);
      const w = written.get(`${id}|${f}`);
      if (w && sameFigure(w.v, figures[f]!)) from.push(w.source);
      else if (figures[f] !== null) edited.push(f);
    }
    // The record is the reports' when 汇总 wrote any of its figures; those it did not (and that hold one) stay the office's.
    const source = from.length > 0 ? from[from.length - 1]! : null;
    records.push({ key, values: figures, source, cells, ...(source && edited.length > 0 ? { edited } : {}) });
  }
  return records;
}

export interface ActualsOutcome {
  readonly sheet: string;
  readonly changes: readonly FigureChange[];
  readonly issues: readonly Issue[];
}

/**
 * Derive the actuals from the master's monthly records and write those that differ into the 指标 sheet's cells
 * (`block`, read with the master before any write; `stored` the ACTUALS_KEY setting). `year`: the run's reports' year.
 */
export async function mergeIndicatorActuals(
  wb: Workbook,
  monthly: readonly MasterRecord[],
  units: readonly MasterUnit[],
  o: { block: Block; stored: string | undefined; year: number; force: boolean; settings: ConsolidationSettings; county: CountyScheme | undefined },
): Promise<ActualsOutcome> {
  const { block, stored } = o;
  const sheet = block.sheet;
  const written = new Map<string, Written>(stored ? (Object.entries(JSON.parse(stored) as Record<string, Written>)) : []);
  const existing = actualRecords(block.values, originOf(block), o.year, written);
  const derived = deriveActuals(monthly, units, { settings: o.settings, county: o.county });
  const merged = mergeActuals(existing, derived.actuals, o.force);
  for (const c of merged.changes) {
    if (c.cell === undefined) continue;
    await wb.write(sheet, c.cell, [[c.to]]);
  }
  // Remember what the reports gave (only figures now in the sheet): the next run tells them from the office's.
  for (const r of merged.records) {
    if (r.source === null) continue;
    for (const f of FIELDS) {
      if (!(f in r.values) || r.values[f] === null || r.edited?.includes(f)) continue;
      written.set(`${recordId(r.key)}|${f}`, { v: r.values[f]!, source: r.source });
    }
  }
  const json = JSON.stringify(Object.fromEntries(written));
  if (json !== (stored ?? '{}')) await wb.setSetting(ACTUALS_KEY, json);
  return { sheet, changes: merged.changes, issues: [...derived.issues, ...merged.issues] };
}
