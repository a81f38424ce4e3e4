import { countyDetailSheets, countySummarySpec, normalizeHeader, readCountyDetail, readCountySummary, type CountyScheme, type CountyUnitInput, type Issue } from '../engine';
import type { Block, Snapshot, Workbook } from '../host/port';
import { originOf } from './detect';
import { findTable } from './find-table';

/** Where the county units came from: a summary table (one row per unit) or the detailed workbook's sheets. */
export type CountySource =
  | { readonly layout: 'summary'; readonly sheet: string; readonly address: string; readonly how: 'selection' | 'table' | 'used' }
  | { readonly layout: 'detail'; readonly sheets: readonly string[] };

export interface CountyInput {
  readonly units: CountyUnitInput[];
  readonly issues: Issue[];
  readonly source: CountySource;
}

/** The workbook sheet each detailed-layout sheet maps to (by its Chinese or English name or an alias). */
export function detailSheetNames(sheets: readonly string[]): Map<string, string> | undefined {
  const byNorm = new Map(sheets.map((s) => [normalizeHeader(s), s]));
  const out = new Map<string, string>();
  for (const d of countyDetailSheets) {
    const hit = [d.name.zh, d.name.en, d.key, ...d.aliases].map((n) => byNorm.get(normalizeHeader(n))).find((s) => s !== undefined);
    if (hit !== undefined) out.set(d.key, hit);
    else if (d.required) return undefined;
  }
  return out;
}

export interface CountyReadOptions {
  /** Skip the summary table: the caller knows the input is the detailed workbook. */
  readonly detailOnly?: boolean;
  /** Sheets already read (by sheet name), so only the rest are read. */
  readonly read?: readonly Block[];
  /** Only a summary whose header nearly matches (required columns missing), read so the missing columns are named. */
  readonly loose?: boolean;
}

/**
 * Finds and reads the county units: the summary table (selection, Excel table or used range of the sheet)
 * when its header matches, else the detailed workbook (sheets 单位/指标/领导评估/公众评估/加减分), whose sheets
 * not yet in hand are read in ONE read (one context.sync in Excel). Undefined when neither is there.
 */
export async function readCountyInput(wb: Workbook, snap: Snapshot, scheme: CountyScheme, opts: CountyReadOptions = {}): Promise<CountyInput | undefined> {
  const t = opts.detailOnly ? undefined : findTable(snap, countySummarySpec, opts.loose);
  if (t) {
    const r = readCountySummary(t.values, t.origin, scheme);
    return { units: r.units, issues: r.issues, source: { layout: 'summary', sheet: t.sheet, address: t.address, how: t.how } };
  }
  if (opts.loose) return undefined;
  const names = detailSheetNames(snap.sheets);
  if (!names) return undefined;
  const held = new Map([snap.used, ...(opts.read ?? [])].map((b) => [b.sheet, b]));
  const missing = [...names.values()].filter((n) => !held.has(n));
  if (missing.length > 0) for (const b of await wb.readTables(missing)) held.set(b.sheet, b);
  const sheets = [...names.values()].map((name) => {
    const b = held.get(name)!;
    return { name, values: b.values, origin: originOf(b) };
  });
  const r = readCountyDetail(sheets, scheme);
  return { units: r.units, issues: r.issues, source: { layout: 'detail', sheets: [...names.values()] } };
}
