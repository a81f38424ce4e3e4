import {
  hashOf, hasErrors, penaltySheetSpec, presets, rankRows, RANKED_TABLES, ROW_KINDS, runCounty, scoreCountyUnits, staffPenalties,
  type CountyScheme, type CountyUnitInput, type Issue, type Ranking, type RowScheme, type Scheme, type StaffScheme, type Text,
} from '../engine';
import type { Block, Snapshot, Workbook } from '../host/port';
import { applyPlan } from './apply-plan';
import { detailSheetNames, readCountyInput, type CountySource } from './county-input';
import { findTable, type FoundTable } from './find-table';
import { blockFingerprint, NOTICE_FINGERPRINT_KEY, planFingerprint, PENALTY_FINGERPRINT_KEY, RESULTS_FINGERPRINT_KEY } from './fingerprint';
import { remark } from './marks';
import { commandIssue } from './messages';
import { NOTICE_SHEET } from './notice-layout';
import { PENALTY_SHEET, penaltySheetPlan } from './penalty-layout';
import { RESULTS_SHEET, resultsSheetPlan, type RunStamp } from './results-layout';
import { rowsSheetPlan } from './rows-layout';
import { resolveScheme, SCHEME_KEY, type SchemeChoice } from './scheme-store';
import { inBatch } from './in-batch';
import type { SheetPlan } from './types';

/** Where the ranked rows came from. */
export type RankSource = CountySource | { readonly layout: 'people'; readonly sheet: string; readonly address: string; readonly how: FoundTable['how'] };

export const RANK_COMMAND: Text = { zh: '排名定档', en: 'rank and tier' };

export interface RankOptions {
  /** A scheme kind (its preset) or a whole scheme; default: the workbook's stored scheme, else the county preset. */
  readonly scheme?: SchemeChoice;
  /** The sheet to look for the unit table on; default the active sheet. */
  readonly sheet?: string;
  /** The run stamp's time (tests pin it); default now. */
  readonly now?: Date;
}

export interface RankOutcome {
  /**
   * What the engine ranked, told apart by `kind`: county units with their tiers, engineers, staff, fiscal
   * projects, each with its own fields. null when nothing was ranked (input errors, no table found).
   */
  readonly ranking: Ranking | null;
  /** The engine's ranking warnings (ties across a quota, too few eligible, …). */
  readonly warnings: readonly Issue[];
  /** Every input problem (errors stop the run; warnings and notes are listed on the results sheet too). */
  readonly issues: readonly Issue[];
  /** The sheet written (排名结果; 部门考核扣款 for HR's penalty sheet), or null when nothing was written. */
  readonly written: string | null;
  /** Cells marked on the input sheets (the cells of the issues). */
  readonly marked: number;
  readonly source: RankSource | null;
  readonly stamp: RunStamp | null;
}

/** Setting naming the sheet the last clean run read, so a rerun from the results sheet finds its input again. */
export const LAST_INPUT_KEY = 'perf.rank.input';

/** The sheets a run writes, each with the setting keeping the fingerprint of what the add-in last wrote there. */
const OUTPUTS: Readonly<Record<string, string>> = {
  [RESULTS_SHEET]: RESULTS_FINGERPRINT_KEY, [PENALTY_SHEET]: PENALTY_FINGERPRINT_KEY, [NOTICE_SHEET]: NOTICE_FINGERPRINT_KEY,
};
const isOutput = (sheet: string): boolean => Object.hasOwn(OUTPUTS, sheet);

/** What the run reads before it computes: the input snapshot, the output sheets as they stand, and other sheets read with them. */
interface InputRead {
  readonly snap: Snapshot;
  readonly shown: readonly Block[];
  readonly read: readonly Block[];
}

/**
 * The snapshot to look for units in: the sheet asked for, else the active one — unless that is an output (排名结果,
 * 部门考核扣款), then the last input. The outputs come with the snapshot (a rerun compares them before replacing one);
 * from an output, the last input and the detailed workbook's sheets are read together. So every layout is read in
 * at most two reads.
 */
async function inputSnapshot(wb: Workbook, sheet: string | undefined): Promise<InputRead> {
  const snap = await wb.snapshot(sheet, { also: Object.keys(OUTPUTS) });
  const shown = snap.also ?? [];
  if (!isOutput(snap.sheet)) return { snap, shown, read: [] };
  const last = sheet === undefined ? await wb.getSetting(LAST_INPUT_KEY) : undefined;
  if (last === undefined || isOutput(last) || !snap.sheets.includes(last)) return { snap, shown, read: [] };
  const detail = detailSheetNames(snap.sheets);
  const read = await wb.readTables([...new Set([last, ...(detail?.values() ?? [])])]);
  const used = read[0]!;
  const input: Snapshot = { sheets: snap.sheets, active: snap.active, selection: null, sheet: used.sheet, tables: await wb.tables(used.sheet), used };
  return { snap: input, shown, read };
}

/**
 * Whether the output sheet may be replaced: it must be the add-in's own and hold exactly what the add-in last wrote
 * there (a user's note typed into it is user content). Undefined when it may; else the issue naming it.
 */
export async function outputBlocked(wb: Workbook, snap: Snapshot, output: string, shown: readonly Block[]): Promise<Issue | undefined> {
  if (!snap.sheets.includes(output)) return undefined;
  if (!(await wb.isOwnSheet(output))) return userSheetIssue(output);
  const recorded = await wb.getSetting(OUTPUTS[output]!);
  if (recorded === undefined) return undefined;
  const now = blockFingerprint(shown.find((b) => b.sheet === output) ?? (await wb.readTable(output)));
  return now === recorded ? undefined : editedSheetIssue(output);
}

const empty = { ranking: null, warnings: [], written: null, marked: 0, source: null, stamp: null } as const;

/** County names are { zh, en }; engineer, staff and fiscal names are one string. */
const schemeLabel = (s: Scheme): string => `${typeof s.name === 'string' ? s.name : s.name.zh}（${s.kind}）`;

/**
 * 排名定档: find the unit table, read it in one read, validate; with errors mark their cells and write
 * nothing else; without, write (or replace) the add-in's 排名结果 sheet and activate it. Input sheets
 * are never written, apart from the add-in's own issue marks. One batch: a failure writes nothing.
 */
export async function rankAndTier(wb: Workbook, opts: RankOptions = {}): Promise<RankOutcome> {
  return inBatch(wb, () => run(wb, opts), (issue) => ({ ...empty, issues: [issue] }));
}

/** What a run found and computed before writing: every issue, the results, and the sheet plan to write. */
export interface Ranked {
  readonly inputSheets: readonly string[];
  readonly source: RankSource;
  readonly issues: readonly Issue[];
  /** null when input errors stopped the ranking. */
  readonly ranking: Ranking | null;
  readonly warnings: readonly Issue[];
  /** County: the units as read, for the reasons of vetoes and designations the 通报 names. */
  readonly units?: readonly CountyUnitInput[] | undefined;
  /** The sheet the plan writes: 排名结果, or 部门考核扣款 for HR's penalty sheet. */
  readonly output: string;
  readonly plan: (stamp: RunStamp, charts: boolean) => SheetPlan;
}

async function rankCounty(wb: Workbook, snap: Snapshot, scheme: CountyScheme, read: readonly Block[], loose = false): Promise<Ranked | undefined> {
  const input = await readCountyInput(wb, snap, scheme, { read, loose });
  if (!input) return undefined;
  const inputSheets = input.source.layout === 'summary' ? [input.source.sheet] : input.source.sheets;
  const base = { inputSheets, source: input.source, output: RESULTS_SHEET };
  // Input errors stop the ranking, but the usable units still get the engine's composite/share checks, so one
  // pass reports every issue validateSubmission would (issue 2/4); nothing is written while any error stands.
  if (hasErrors(input.issues)) {
    const issues = [...input.issues, ...scoreCountyUnits(input.units, scheme).issues];
    return { ...base, issues, ranking: null, warnings: [], plan: (stamp) => resultsSheetPlan([], issues, stamp) };
  }
  const ranked = runCounty(input.units, scheme);
  const issues = [...input.issues, ...ranked.issues];
  return {
    ...base, issues, ranking: { kind: 'county', results: ranked.results, summary: ranked.summary }, warnings: ranked.warnings, units: input.units,
    plan: (stamp, charts) => resultsSheetPlan(ranked.results, [...ranked.warnings, ...issues], stamp, { charts }),
  };
}

const tableSource = (t: FoundTable) => ({ inputSheets: [t.sheet], source: { layout: 'people', sheet: t.sheet, address: t.address, how: t.how } as const });

/** A sheet of people or projects, ranked by the engine; the command only lays the ranking out. */
function rankTable(t: FoundTable, scheme: RowScheme): Ranked {
  const r = rankRows(scheme, t);
  return {
    ...tableSource(t), issues: r.issues, ranking: r.ranking, warnings: [], output: RESULTS_SHEET,
    plan: (stamp, charts) => rowsSheetPlan(r.ranking, r.issues, stamp, { charts, engineer: scheme.kind === 'engineer' ? scheme : undefined }),
  };
}

/** HR's department penalty sheet (篇3 五): the engine's amounts per department and month, written to 部门考核扣款. */
function penaltyTable(t: FoundTable, scheme: StaffScheme): Ranked {
  const r = staffPenalties(t, scheme);
  return {
    ...tableSource(t), issues: r.issues, ranking: r.ranking, warnings: [], output: PENALTY_SHEET,
    plan: (stamp) => penaltySheetPlan(r.ranking, r.issues, stamp),
  };
}

const TABLE_NAMES: Readonly<Record<Scheme['kind'], Text>> = {
  county: { zh: '单位表（汇总表或明细工作簿）', en: 'unit table (summary or detailed workbook)' },
  engineer: { zh: '工程师月度考核表', en: 'engineer monthly sheet' },
  staff: { zh: '员工月度考核表或部门考核处罚表', en: 'staff monthly sheet or department penalty sheet' },
  fiscal: { zh: '项目支出绩效自评表', en: 'project self-evaluation table' },
};

/** A ranked input and the scheme it was ranked with (recognised from the headers when no scheme was chosen). */
interface Found {
  readonly ranked: Ranked;
  readonly scheme: Scheme;
}

/**
 * The table of `snap` ranked with `scheme`, or — with no scheme chosen or stored — with the scheme whose table the
 * headers name (county first, then engineer, staff, HR's penalty sheet, fiscal self-evaluation). `loose`: a header
 * that nearly matches, read only so its missing required columns are named.
 */
async function rankOn(wb: Workbook, snap: Snapshot, scheme: Scheme | undefined, read: readonly Block[], loose: boolean): Promise<Found | undefined> {
  if (scheme === undefined || scheme.kind === 'county') {
    const county = scheme ?? presets.county;
    const ranked = await rankCounty(wb, snap, county, read, loose);
    if (ranked) return { ranked, scheme: county };
    if (scheme !== undefined) return undefined;
  }
  const schemes: readonly RowScheme[] = scheme === undefined ? ROW_KINDS.map((k) => presets[k]) : [scheme];
  for (const s of schemes) {
    const t = findTable(snap, RANKED_TABLES[s.kind], loose);
    if (t) return { ranked: rankTable(t, s), scheme: s };
    if (s.kind !== 'staff') continue;
    // The staff scheme's other sheet: HR's department penalties (篇3 五).
    const p = findTable(snap, penaltySheetSpec, loose);
    if (p) return { ranked: penaltyTable(p, s), scheme: s };
  }
  return undefined;
}

/**
 * The input wherever it is: the chosen or active sheet first; when that holds no table and no sheet was named,
 * every other sheet (read in ONE read), the first match winning; then the same again for a header that nearly
 * matches, so a missing required column is named instead of "no table found".
 */
async function findInput(wb: Workbook, snap: Snapshot, scheme: Scheme | undefined, read: readonly Block[], named: boolean): Promise<Found | undefined> {
  const here = await rankOn(wb, snap, scheme, read, false);
  if (here) return here;
  const others = named ? [] : snap.sheets.filter((n) => n !== snap.sheet && !isOutput(n));
  const blocks = others.length > 0 ? await wb.readTables(others) : [];
  const snaps = [snap, ...blocks.map((b): Snapshot => ({ sheets: snap.sheets, active: snap.active, selection: null, sheet: b.sheet, tables: [], used: b }))];
  for (const loose of [false, true]) {
    for (const [i, s] of snaps.entries()) {
      if (i === 0 && !loose) continue;
      const f = await rankOn(wb, s, scheme, [...read, ...blocks], loose);
      if (!f) continue;
      if (loose) return { ...f, ranked: { ...f.ranked, issues: f.ranked.issues.map((x) => (x.sheet === undefined ? { ...x, sheet: s.sheet } : x)) } };
      const note = commandIssue('command.table-elsewhere', { active: snap.sheet, sheet: s.sheet }, { sheet: s.sheet });
      return { ...f, ranked: { ...f.ranked, issues: [note, ...f.ranked.issues] } };
    }
  }
  return undefined;
}

/** The input found and ranked, nothing written yet (with the output sheets as they stand); or why there is none. */
export type RankedInput =
  | { readonly ok: true; readonly snap: Snapshot; readonly shown: readonly Block[]; readonly ranked: Ranked; readonly scheme: Scheme }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Finds the input as 排名定档 does (chosen or active sheet, stored or recognised scheme) and ranks it; writes nothing. */
export async function rankedInput(wb: Workbook, opts: Pick<RankOptions, 'scheme' | 'sheet'>): Promise<RankedInput> {
  // The snapshot first: in Excel it also loads the settings, so reading the scheme costs no extra sync.
  const { snap, shown, read } = await inputSnapshot(wb, opts.sheet);
  const chosen = opts.scheme !== undefined || (await wb.getSetting(SCHEME_KEY))?.trim();
  const resolved = await resolveScheme(wb, opts.scheme, 'county');
  if (!resolved.ok) return { ok: false, issues: resolved.issues };
  const found = await findInput(wb, snap, chosen ? resolved.value : undefined, read, opts.sheet !== undefined);
  if (!found) {
    const table = chosen ? TABLE_NAMES[resolved.value.kind] : TABLE_NAMES.county;
    const others = opts.sheet === undefined ? snap.sheets.filter((n) => n !== snap.sheet && !isOutput(n)).length : 0;
    return { ok: false, issues: [commandIssue('command.no-table', { sheet: snap.sheet, table: table.zh, tableEn: table.en, others }, { sheet: snap.sheet })] };
  }
  return { ok: true, snap, shown, ...found };
}

/** The stamp of a run: when, with which scheme (its name and hash), and the precision it shows scores at. */
export const runStamp = (scheme: Scheme, now: Date = new Date()): RunStamp => ({
  time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  scheme: schemeLabel(scheme),
  hash: hashOf(scheme),
  precision: scheme.precision,
});

async function run(wb: Workbook, opts: RankOptions): Promise<RankOutcome> {
  const input = await rankedInput(wb, opts);
  if (!input.ok) return { ...empty, issues: input.issues };
  const { snap, shown, ranked, scheme } = input;
  const { inputSheets, source, issues, output } = ranked;
  if (hasErrors(issues)) {
    const marked = await remark(wb, inputSheets, issues, inputSheets[0]!);
    return { ...empty, issues, marked, source };
  }
  const computed = { ranking: ranked.ranking, warnings: ranked.warnings, source };
  const blocked = await outputBlocked(wb, snap, output, shown);
  if (blocked) return { ...empty, ...computed, issues: [...issues, blocked] };
  const stamp = runStamp(scheme, opts.now);
  await remark(wb, inputSheets, [], inputSheets[0]!);
  await wb.setSetting(LAST_INPUT_KEY, inputSheets[0]!);
  const plan = ranked.plan(stamp, wb.can.charts);
  await applyPlan(wb, plan);
  await wb.setSetting(OUTPUTS[output]!, planFingerprint(plan));
  await wb.activateSheet(output);
  return { ...computed, issues, written: output, marked: 0, stamp };
}

/** A user's own sheet has the output's name (排名结果): refuse, naming it, and leave it untouched (the host's refusal, one text). */
export const userSheetIssue = (name: string = RESULTS_SHEET): Issue => commandIssue('output.user-sheet', { name }, { sheet: name });

/** The add-in's output (排名结果) was edited since it was written: refuse, so the user's additions are not lost. */
export const editedSheetIssue = (name: string = RESULTS_SHEET): Issue => commandIssue('output.edited', { name }, { sheet: name });
