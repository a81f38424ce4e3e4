import {
  countyReportSpec, countySummarySpec, engineerSheetSpec, monitoringSpec, readCountySummary, scoreCountyUnits, scoreEngineerSheet,
  penaltySheetSpec, scorePenaltySheet, scoreSelfEvalSheet, scoreStaffSheet, selfEvalSheetSpec, staffSheetSpec, targetTableSpec, validateCountyReport, validateMonitoring, validateTargetTable,
  type CellValue, type Issue, type Origin, type Scheme, type SchemeKind, type TableSpec, type Text,
} from '../engine';
import type { Snapshot, Workbook } from '../host/port';
import { detailSheetNames, readCountyInput } from './county-input';
import { findBlock, type FoundTable } from './find-table';
import { detectKind, headerMatch, nearlyMatchesSpec, originOf } from './detect';
import { inBatch } from './in-batch';
import { remark } from './marks';
import { commandIssue } from './messages';
import { resolveScheme, schemeOfKind, type SchemeChoice, type SchemeOf } from './scheme-store';

/** The submissions 校验报送 recognises from their headers. */
export type SubmissionType = 'county-report' | 'county-summary' | 'county-detail' | 'fiscal-targets' | 'fiscal-monitoring' | 'fiscal-self-eval' | 'engineer' | 'staff' | 'staff-penalties';

type Values = readonly (readonly CellValue[])[];

interface Validator {
  readonly type: SubmissionType;
  readonly label: Text;
  readonly scheme: SchemeKind;
  readonly spec: TableSpec;
  /** The engine's checks, with the workbook's scheme when it is of this kind, else the kind's preset. */
  readonly run: (values: Values, origin: Origin, stored: Scheme | undefined) => readonly Issue[];
}

/** A validator whose checks take the scheme of its own kind (resolved here, so no caller casts one). */
function validator<K extends SchemeKind>(type: SubmissionType, label: Text, kind: K, spec: TableSpec, check: (v: Values, o: Origin, s: SchemeOf<K>) => readonly Issue[]): Validator {
  return { type, label, scheme: kind, spec, run: (v, o, stored) => check(v, o, schemeOfKind(kind, stored)) };
}

/** Every submission type, its header spec and the engine's validator for it. */
export const VALIDATORS: readonly Validator[] = [
  validator('county-report', { zh: '县级单位月度指标报告', en: 'county monthly indicator report' }, 'county', countyReportSpec, (v, o, s) => validateCountyReport(v, o, s).issues),
  validator('county-summary', { zh: '县绩效汇总表', en: 'county summary table' }, 'county', countySummarySpec, (v, o, s) => {
    const read = readCountySummary(v, o, s);
    return [...read.issues, ...scoreCountyUnits(read.units, s).issues];
  }),
  validator('fiscal-targets', { zh: '绩效目标表', en: 'performance target table' }, 'fiscal', targetTableSpec, (v, o, s) => validateTargetTable(v, o, s).issues),
  validator('fiscal-monitoring', { zh: '绩效运行监控表', en: 'performance monitoring table' }, 'fiscal', monitoringSpec, (v, o, s) => validateMonitoring(v, o, s).issues),
  validator('engineer', { zh: '工程师月度考核表', en: 'engineer monthly sheet' }, 'engineer', engineerSheetSpec, (v, o, s) => scoreEngineerSheet(v, o, s).issues),
  validator('staff', { zh: '员工月度考核表', en: 'staff monthly sheet' }, 'staff', staffSheetSpec, (v, o, s) => scoreStaffSheet(v, o, s).issues),
  validator('staff-penalties', { zh: '部门绩效处罚表', en: 'department penalty sheet' }, 'staff', penaltySheetSpec, (v, o, s) => scorePenaltySheet(v, o, s).issues),
  validator('fiscal-self-eval', { zh: '项目支出绩效自评表', en: 'project self-evaluation table' }, 'fiscal', selfEvalSheetSpec, (v, o, s) => scoreSelfEvalSheet(v, o, s).issues),
];

export interface ValidateOptions {
  /** The sheet to validate; default the active sheet. */
  readonly sheet?: string;
  /** Scheme to validate with (kind or whole scheme); default the workbook's stored scheme when its kind fits, else the preset. */
  readonly scheme?: SchemeChoice;
}

export interface ValidateOutcome {
  /** The recognised submission type, or null when the headers match none. */
  readonly type: SubmissionType | null;
  readonly label: Text | null;
  readonly sheet: string;
  readonly table: Pick<FoundTable, 'address' | 'how'> | null;
  readonly issues: readonly Issue[];
  /** Cells marked (one per cell with issues). */
  readonly marked: number;
  /** Every sheet this validation read (all sheets of the detailed county workbook): a caller looping over sheets skips the rest. */
  readonly covers: readonly string[];
}

/**
 * 校验报送: recognise the submission from its headers, clear the previous validation's marks on the sheet,
 * mark every issue's cell (fill by severity, a note with the message) and return the issues. Nothing else is written.
 */
export async function validateSubmission(wb: Workbook, opts: ValidateOptions = {}): Promise<ValidateOutcome> {
  return inBatch(wb, async () => {
    // The snapshot first: in Excel it also loads the settings, so reading the scheme costs no extra sync.
    const snap = await wb.snapshot(opts.sheet);
    const stored = typeof opts.scheme === 'string' ? undefined : await resolveScheme(wb, opts.scheme, 'county');
    if (stored && !stored.ok) return { type: null, label: null, sheet: snap.sheet, table: null, issues: stored.issues, marked: 0, covers: [snap.sheet] };
    const detail = await validateDetail(wb, snap, stored?.ok ? stored.value : undefined);
    if (detail) return detail;
    // A header that matches no type fully but clearly means one (its id column and two more fields) is validated as
    // that type, so its missing required columns are named (table.missing-column) instead of "not recognised".
    const hit = findBlock(snap, (b) => detectKind(b.values, VALIDATORS.map((v) => ({ kind: v.type, spec: v.spec })), originOf(b))?.kind)
      ?? findBlock(snap, (b) => nearestKind(b.values, originOf(b)));
    if (!hit) {
      const issue = commandIssue('command.unknown-submission', { sheet: snap.sheet }, { sheet: snap.sheet });
      return { type: null, label: null, sheet: snap.sheet, table: null, issues: [issue], marked: 0, covers: [snap.sheet] };
    }
    const v = VALIDATORS.find((x) => x.type === hit.value)!;
    const issues = v.run(hit.table.values, hit.table.origin, stored?.ok ? stored.value : undefined).map((i) => (i.sheet === undefined ? { ...i, sheet: hit.table.sheet } : i));
    const marked = await remark(wb, [hit.table.sheet], issues, hit.table.sheet);
    return { type: v.type, label: v.label, sheet: hit.table.sheet, table: { address: hit.table.address, how: hit.table.how }, issues, marked, covers: [hit.table.sheet] };
  }, (issue) => ({ type: null, label: null, sheet: opts.sheet ?? '', table: null, issues: [issue], marked: 0, covers: [] }));
}

const DETAIL_LABEL: Text = { zh: '县绩效明细工作簿', en: 'detailed county workbook' };

/**
 * The detailed county workbook, when the sheet being validated is one of its sheets (单位/指标/…): every
 * sheet is read and checked together, since a unit's rows span them; marks go on whichever sheet holds the cell.
 */
async function validateDetail(wb: Workbook, snap: Snapshot, stored: Scheme | undefined): Promise<ValidateOutcome | undefined> {
  const names = detailSheetNames(snap.sheets);
  if (!names || ![...names.values()].includes(snap.sheet)) return undefined;
  const scheme = schemeOfKind('county', stored);
  const input = await readCountyInput(wb, snap, scheme, { detailOnly: true });
  if (!input || input.source.layout !== 'detail') return undefined;
  const issues = [...input.issues, ...scoreCountyUnits(input.units, scheme).issues];
  const marked = await remark(wb, input.source.sheets, issues, snap.sheet);
  return { type: 'county-detail', label: DETAIL_LABEL, sheet: snap.sheet, table: null, issues, marked, covers: input.source.sheets };
}

/** The type whose header the values nearly match (required columns missing), the one naming most fields. */
export function nearestKind(values: Values, origin: Origin): SubmissionType | undefined {
  let best: { type: SubmissionType; found: number } | undefined;
  for (const v of VALIDATORS) {
    if (!nearlyMatchesSpec(values, v.spec, origin)) continue;
    const found = headerMatch(values, v.spec, origin).found;
    if (!best || found > best.found) best = { type: v.type, found };
  }
  return best?.type;
}
