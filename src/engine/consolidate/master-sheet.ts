import { ownValue } from '../core/own';
import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type FieldSpec, type TableSpec } from '../core/table';
import type { Text } from '../core/text';
import { recordId } from './apply';
import { figure, periodFromCell, READERS } from './kinds';
import { ymdKey, type FigureValue, type MasterRecord, type SubmissionKind } from './record';

/** The master's own sheet per kind, where 汇总 keeps every unit's figures per month (issue 13: 月报汇总 for the county report). */
export const MASTER_SHEET_NAMES: Readonly<Record<SubmissionKind, Text>> = {
  'county-report': { zh: '月报汇总', en: 'monthly reports' },
  'county-summary': { zh: '汇总表报送', en: 'summary rows' },
  staff: { zh: '部门汇总', en: 'department summaries' },
};

const text = (key: string, zh: string, en: string, aliases: string[], required = false): FieldSpec => ({
  key, label: { zh, en }, aliases, type: 'text', ...(required ? { required: true, blank: 'error' as const } : {}),
});

/** What each kind's master sheet calls its unit and item columns. */
const KEYS: Readonly<Record<SubmissionKind, { unit: FieldSpec; item: FieldSpec | null }>> = {
  'county-report': { unit: text('unit', '单位', 'unit', ['单位名称']), item: text('item', '指标名称', 'indicator', ['指标', '三级指标'], true) },
  'county-summary': { unit: text('unit', '单位', 'unit', ['单位名称']), item: null },
  staff: { unit: text('unit', '部门', 'department', ['部门名称']), item: text('item', '姓名', 'name', ['员工姓名'], true) },
};

const specs = new Map<SubmissionKind, TableSpec>();

/**
 * The master sheet of a kind: unit, 月份, the item (指标名称 / 姓名), the submission's figures (its own columns, every
 * one optional: the office may type a partial row), then where they came from — 报送文件, 报送工作表, 报送时间.
 * A row without 报送文件 is the office's own (typed): 汇总 never overwrites it unless forced.
 */
export function masterSheetSpec(kind: SubmissionKind): TableSpec {
  const cached = specs.get(kind);
  if (cached) return cached;
  const reader = READERS[kind];
  const keys = KEYS[kind];
  const figures = reader.fields.map((k) => {
    const f = reader.spec.fields.find((x) => x.key === k)!;
    const { required: _r, blank: _b, ...rest } = f;
    return f.type === 'text' ? rest : { ...rest, blank: 'null' as const };
  });
  const spec: TableSpec = {
    name: MASTER_SHEET_NAMES[kind],
    fields: [
      { ...keys.unit, required: true, blank: 'error' },
      text('period', '月份', 'month', ['考核月份', '报送月份'], true),
      ...(keys.item ? [keys.item] : []),
      ...figures,
      text('file', '报送文件', 'file', ['来源文件']),
      text('sheet', '报送工作表', 'sheet', ['来源工作表']),
      { key: 'submitted', label: { zh: '报送时间', en: 'submitted' }, aliases: ['报送日期'], type: 'date', blank: 'null' },
    ],
  };
  specs.set(kind, spec);
  return spec;
}

/**
 * Read the master's sheet of a kind into records: each row keyed by unit + month (+ item), its cells kept so a
 * change names them; a row with 报送文件 is a submission's, one without is typed. The same unit, month and item
 * twice is an error naming both rows (which figure is the master's would be a guess).
 */
export function readMasterSheet(kind: SubmissionKind, values: readonly (readonly CellValue[])[], origin: Origin): { records: MasterRecord[]; issues: Issue[] } {
  const spec = masterSheetSpec(kind);
  const t = readTable(values, spec, origin);
  const issues = [...t.issues];
  const records: MasterRecord[] = [];
  const first = new Map<string, string>();
  for (const row of t.rows) {
    const v = row.values;
    const cell = row.cells.period;
    const period = periodFromCell(v.period, undefined, { at: cell ?? `row ${row.row}`, sheet: t.sheet, cell, row: row.row, field: '月份' }, issues, 'consolidate.bad-period');
    if (typeof v.unit !== 'string' || period === undefined) continue;
    const key = { kind, unit: v.unit, period, item: typeof v.item === 'string' ? v.item : '' };
    const id = recordId(key);
    const at = row.cells.item ?? row.cells.unit;
    const seen = first.get(id);
    if (seen !== undefined) {
      issues.push(makeIssue('consolidate.master-duplicate', { at: at ?? `row ${row.row}`, value: [key.unit, key.period, key.item].filter(Boolean).join(' '), first: seen }, { sheet: t.sheet, cell: at, row: row.row }));
      continue;
    }
    first.set(id, at ?? `row ${row.row}`);
    const figures: Record<string, FigureValue> = {};
    for (const f of READERS[kind].fields) figures[f] = figure(f, v[f]);
    const file = typeof v.file === 'string' ? v.file : null;
    const submitted = v.submitted !== null && typeof v.submitted === 'object' ? ymdKey(v.submitted) : null;
    const source = file === null ? null : { file, ...(typeof v.sheet === 'string' ? { sheet: v.sheet } : {}), submitted };
    records.push({ key, values: figures, source, cells: row.cells });
  }
  return { records, issues };
}

/** Figures as the sheet shows them: ≥/≤ for a direction, 乡镇/部门/古城 for a group, 后勤/生产 for a category. */
const SHOWN: Readonly<Record<string, string>> = { higher: '≥', lower: '≤', township: '乡镇', department: '部门', 'ancient-city': '古城', 'back-office': '后勤', production: '生产' };
const shown = (field: string, v: FigureValue | undefined): CellValue =>
  typeof v === 'string' && (field === 'direction' || field === 'group' || field === 'category') ? (ownValue(SHOWN, v) ?? v) : (v ?? null);

/**
 * The master sheet's values for a kind's records, header first, in the records' order: what readMasterSheet reads
 * back into the same records (their cells aside). Values only: the caller formats and writes them.
 */
export function masterSheetRows(kind: SubmissionKind, records: readonly MasterRecord[]): CellValue[][] {
  const spec = masterSheetSpec(kind);
  const hasItem = KEYS[kind].item !== null;
  const rows: CellValue[][] = [spec.fields.map((f) => f.label.zh)];
  for (const r of records) {
    if (r.key.kind !== kind) continue;
    const s = r.source;
    rows.push([
      r.key.unit,
      r.key.period,
      ...(hasItem ? [r.key.item] : []),
      ...READERS[kind].fields.map((f) => shown(f, r.values[f])),
      s?.file ?? null,
      s?.sheet ?? null,
      s?.submitted ?? null,
    ]);
  }
  return rows;
}
