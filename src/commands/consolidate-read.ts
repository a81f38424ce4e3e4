/**
 * 汇总's reading side over the Workbook port: each submission file sheet by sheet (its kind from its headers, as
 * 校验报送 detects it), and the master's 单位 list and its own 月报汇总 / 汇总表报送 / 部门汇总 sheets.
 */
import {
  countyDetailSheets, MASTER_SHEET_NAMES, normalizeHeader, parseGroup, readMasterSheet, readSubmission, readTable, recordId, sameFigure, SUBMISSION_KINDS,
  type CountyScheme, type FigureValue, type Issue, type MasterRecord, type MasterUnit, type StaffScheme, type Submission, type SubmissionKind, type TableSpec, type YearMonth,
} from '../engine';
import type { Block, Workbook } from '../host/port';
import { ACTUALS_KEY } from './consolidate-actuals';
import { detailSheetNames } from './county-input';
import { detectKind, originOf } from './detect';
import { commandIssue } from './messages';
import { nearestKind, VALIDATORS, type SubmissionType } from './validate-submission';

/** One submission file as handed in: its name (as shown in the report) and the workbook it opened as. */
export interface SubmissionFile {
  readonly file: string;
  readonly wb: Workbook;
}

export interface ReadOptions {
  readonly period?: YearMonth | undefined;
  readonly county?: CountyScheme | undefined;
  readonly staff?: StaffScheme | undefined;
}

const TAKEN: ReadonlySet<SubmissionType> = new Set<SubmissionType>(SUBMISSION_KINDS);
const isTaken = (t: SubmissionType): t is SubmissionKind => TAKEN.has(t);

const ALL = VALIDATORS.map((v) => ({ kind: v.type, spec: v.spec }));
/** The kinds 汇总 takes, tried first: a month's files are nearly all of them, and header matching is the cost of reading one. */
const FIRST = ALL.filter((c) => isTaken(c.kind));

/**
 * The submission type of a sheet's block, as 校验报送 detects it: a full header match, else a header that nearly
 * matches. A taken kind naming every cell of its header row is final: no other type can name more of it (the
 * tie-break detectKind applies over all types), so the other types' headers need not be matched.
 */
function typeOf(b: Block): SubmissionType | undefined {
  const origin = originOf(b);
  const taken = detectKind(b.values, FIRST, origin);
  const headerCells = taken ? (b.values[taken.match.row] ?? []).filter((v) => v !== null && String(v).trim() !== '').length : -1;
  if (taken && taken.match.found >= headerCells) return taken.kind;
  return detectKind(b.values, ALL, origin)?.kind ?? nearestKind(b.values, origin);
}

/**
 * Every sheet of a file that is a submission 汇总 takes, read with the 校验报送 validator of its kind (errors in
 * `issues` quarantine it). A sheet of a type 汇总 does not take is an info; a file with no submission at all an error
 * of the file (so it is reported, never silently dropped).
 */
export async function readSubmissionFile(f: SubmissionFile, o: ReadOptions): Promise<{ submissions: Submission[]; issues: Issue[] }> {
  const names = await f.wb.sheetNames();
  const blocks = names.length === 0 ? [] : await f.wb.readTables(names);
  const submissions: Submission[] = [];
  const issues: Issue[] = [];
  for (const b of blocks) {
    const type = typeOf(b);
    if (type === undefined) continue;
    if (!isTaken(type)) {
      const label = VALIDATORS.find((v) => v.type === type)!.label;
      issues.push(commandIssue('consolidate.not-taken', { sheet: b.sheet, kind: label.zh, kindEn: label.en }, { sheet: b.sheet }));
      continue;
    }
    submissions.push(readSubmission({ file: f.file, kind: type, values: b.values, origin: originOf(b) }, o));
  }
  if (submissions.length === 0 && issues.length === 0) issues.push(commandIssue('consolidate.no-submission', { file: f.file }));
  return { submissions, issues };
}

/** The master's 单位 list: the detailed workbook's 单位 sheet (or a 部门 sheet for the staff scheme). */
const DETAIL_UNITS = countyDetailSheets.find((d) => d.key === 'units')!.spec;
/** The detailed workbook's unit column, its 类别 optional here: a plain list of names is a unit list too. */
const UNIT_LIST_SPEC: TableSpec = {
  name: { zh: '单位', en: 'units' },
  key: 'unit',
  fields: DETAIL_UNITS.fields.filter((f) => f.key === 'unit' || f.key === 'group').map((f) => (f.key === 'group' ? { ...f, required: false, blank: 'null' as const } : f)),
};
const STAFF_UNITS: TableSpec = {
  name: { zh: '部门', en: 'departments' },
  key: 'unit',
  fields: [{ key: 'unit', label: { zh: '部门', en: 'department' }, aliases: ['部门名称', '单位', '单位名称'], type: 'text', required: true, blank: 'error' }],
};
const UNIT_SHEETS = [{ names: ['单位', 'units', '单位名单', '被考核单位'], spec: UNIT_LIST_SPEC }, { names: ['部门', 'departments', '部门名单'], spec: STAFF_UNITS }];

export interface MasterRead {
  readonly units: MasterUnit[];
  readonly records: MasterRecord[];
  /** The master's sheets by kind that exist (name as the workbook spells it), whether the add-in owns each, its block. */
  readonly sheets: ReadonlyMap<SubmissionKind, MasterSheet>;
  /** The unit list's sheet, or null when the master has none (an error issue then). */
  readonly unitSheet: string | null;
  /** The detailed county layout's 指标 sheet, read with the rest (so nothing is read after the first write). */
  readonly indicators: Block | null;
  /** The settings 汇总 keeps: ACTUALS_KEY and rowsKey(kind), as stored. */
  readonly settings: ReadonlyMap<string, string | undefined>;
  readonly issues: Issue[];
}

export interface MasterSheet {
  readonly name: string;
  readonly own: boolean;
  readonly block: Block;
}

/** The master's unit list and the records its own sheets hold; an issue (error) for what makes a merge unsafe. */
export async function readMaster(wb: Workbook): Promise<MasterRead> {
  const names = await wb.sheetNames();
  const byNorm = new Map(names.map((n) => [normalizeHeader(n), n] as const));
  const pick = (candidates: readonly string[]) => candidates.map((c) => byNorm.get(normalizeHeader(c))).find((s) => s !== undefined);
  const unitAt = UNIT_SHEETS.map((u) => ({ sheet: pick(u.names), spec: u.spec })).find((u) => u.sheet !== undefined);
  const sheets = new Map<SubmissionKind, string>();
  for (const k of SUBMISSION_KINDS) {
    const s = pick([MASTER_SHEET_NAMES[k].zh, MASTER_SHEET_NAMES[k].en]);
    if (s !== undefined) sheets.set(k, s);
  }
  const indicatorSheet = detailSheetNames(names)?.get('indicators');
  const wanted = [...new Set([...(unitAt?.sheet ? [unitAt.sheet] : []), ...sheets.values(), ...(indicatorSheet ? [indicatorSheet] : [])])];
  const blocks = new Map((wanted.length > 0 ? await wb.readTables(wanted) : []).map((b) => [b.sheet, b] as const));
  const settings = new Map<string, string | undefined>();
  for (const key of [ACTUALS_KEY, ...SUBMISSION_KINDS.map(rowsKey)]) settings.set(key, await wb.getSetting(key));
  const own = new Map<SubmissionKind, MasterSheet>();
  for (const [kind, name] of sheets) own.set(kind, { name, own: await wb.isOwnSheet(name), block: blocks.get(name)! });
  const issues: Issue[] = [];
  const units: MasterUnit[] = [];
  if (!unitAt?.sheet) issues.push(commandIssue('consolidate.no-unit-list', {}));
  else {
    const b = blocks.get(unitAt.sheet)!;
    const t = readTable(b.values, unitAt.spec, originOf(b));
    issues.push(...t.issues.filter((i) => i.severity === 'error'));
    for (const row of t.rows) {
      const name = row.values.unit;
      if (typeof name !== 'string') continue;
      const group = typeof row.values.group === 'string' ? parseGroup(row.values.group) : undefined;
      units.push({ name, ...(group ? { group } : {}) });
    }
    if (units.length === 0) issues.push(commandIssue('consolidate.no-unit-list', {}, { sheet: unitAt.sheet }));
  }
  const records: MasterRecord[] = [];
  for (const [kind, sheet] of sheets) {
    const b = blocks.get(sheet)!;
    if (b.values.length === 0) continue;
    const read = readMasterSheet(kind, b.values, originOf(b));
    const written = settings.get(rowsKey(kind));
    records.push(...withEdits(read.records, written ? (JSON.parse(written) as WrittenRows) : {}));
    issues.push(...read.issues);
  }
  return { units, records, sheets: own, unitSheet: unitAt?.sheet ?? null, indicators: indicatorSheet ? blocks.get(indicatorSheet)! : null, settings, issues };
}

/**
 * Setting per kind: the figures 汇总 last wrote on each row of the master's sheet (by record). A row with 报送文件
 * whose figure differs from it was typed over by the office since: that field is the office's (edited) and a
 * later report does not overwrite it without force.
 */
export const rowsKey = (kind: SubmissionKind): string => `perf.consolidate.rows:${kind}`;
type WrittenRows = Record<string, Record<string, FigureValue>>;

function withEdits(records: readonly MasterRecord[], written: WrittenRows): MasterRecord[] {
  return records.map((r) => {
    const w = r.source === null ? undefined : written[recordId(r.key)];
    if (!w) return r;
    const edited = Object.keys(r.values).filter((f) => f in w && !sameFigure(w[f], r.values[f]));
    return edited.length > 0 ? { ...r, edited } : r;
  });
}

/** What to remember of the rows written: each report row's figures; an edited field keeps its last reported figure (so it stays the office's). */
export async function rememberRows(wb: Workbook, kind: SubmissionKind, records: readonly MasterRecord[], before: string | undefined): Promise<void> {
  const old: WrittenRows = before ? (JSON.parse(before) as WrittenRows) : {};
  const out: WrittenRows = {};
  for (const r of records) {
    if (r.source === null) continue;
    const id = recordId(r.key);
    const values: Record<string, FigureValue> = { ...r.values };
    for (const f of r.edited ?? []) if (old[id] && f in old[id]) values[f] = old[id][f]!;
    out[id] = values;
  }
  const json = JSON.stringify(out);
  if (json !== (before ?? '{}')) await wb.setSetting(rowsKey(kind), json);
}
