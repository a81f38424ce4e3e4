import type { CellValue, Origin } from '../core/cell';
import { makeIssue, type Issue } from '../core/issue';
import type { FieldSpec, ParsedRow, TableSpec } from '../core/table';
import { PART_LABELS } from './composite';
import { parseGroup } from './group';
import { cellAt } from './place';
import { readChecked, reasonCell, type PointsColumn } from './raw';
import type { CountyScheme } from './scheme';
import { countyPreset } from './preset';
import type { CountyGroup, CountyUnitInput } from './types';

/** Shared columns of the summary table and the detailed units sheet. */
export const UNIT_FIELD: FieldSpec = { key: 'unit', label: { zh: '单位', en: 'unit' }, aliases: ['单位名称', '被考核单位', '被评估单位', 'name'], type: 'text', required: true, blank: 'error' };
export const GROUP_FIELD: FieldSpec = { key: 'group', label: { zh: '类别', en: 'group' }, aliases: ['分类', '组别', '类型', '单位类别', 'category'], type: 'text', required: true, blank: 'error' };
export const VETO_FIELD: FieldSpec = { key: 'veto', label: { zh: '否决', en: 'veto' }, aliases: ['取消评先', '取消评先资格', '否决事项', '否决原因'], type: 'text' };
export const UNQUALIFIED_FIELD: FieldSpec = {
  key: 'unqualified',
  label: { zh: '认定不合格', en: 'unqualified' },
  aliases: ['不合格认定', '认定为不合格', '失职渎职', 'designated'],
  type: 'text',
};

/** The one-row-per-unit table: parts already scored elsewhere; bonus/deduction are raw claimed sums. */
export const countySummarySpec: TableSpec = {
  name: { zh: '县绩效汇总表', en: 'county summary table' },
  key: 'unit',
  groupBy: 'group',
  fields: [
    UNIT_FIELD,
    GROUP_FIELD,
    { key: 'indicator', label: { zh: '指标评估', en: 'indicator' }, aliases: ['指标评估得分', '指标得分', '指标'], type: 'number', required: true, blank: 'error' },
    { key: 'public', label: { zh: '公众评估', en: 'public' }, aliases: ['公众评估得分', '公众得分', '公众'], type: 'number', blank: 'null' },
    { key: 'leader', label: { zh: '领导评估', en: 'leader' }, aliases: ['领导评估得分', '领导得分', '领导'], type: 'number', required: true, blank: 'error' },
    // Decision: a blank bonus or deduction cell means none was claimed (0); the seed lists them as optional (加分)/(减分).
    { key: 'bonus', label: { zh: '加分', en: 'bonus' }, aliases: ['评估加分', '加分合计'], type: 'number', blank: 'zero' },
    { key: 'deduction', label: { zh: '减分', en: 'deduction' }, aliases: ['扣分', '评估减分', '减分合计'], type: 'number', blank: 'zero' },
    VETO_FIELD,
    UNQUALIFIED_FIELD,
  ],
};

export { reasonOf } from './raw';

/** The group of a row, or an issue naming its cell (blank has its own text). */
export function rowGroup(row: ParsedRow, sheet: string | undefined, issues: Issue[]): CountyGroup | undefined {
  const g = parseGroup(row.values.group as CellValue);
  if (g === undefined) {
    const cell = row.cells.group;
    const loc = { cell, sheet, row: row.row, field: '类别', units: typeof row.values.unit === 'string' ? [row.values.unit] : undefined };
    // The bare cell, as readTable's own issues give it (the CLI prints the sheet beside it).
    const at = cell ?? `row ${row.row}`;
    const v = row.values.group;
    issues.push(v == null ? makeIssue('county.group-missing', { at }, loc) : makeIssue('county.unknown-group', { at, value: String(v) }, loc));
  }
  return g;
}

/** The columns of the summary table that hold points: "85%" there is an error, not 0.85. */
const SUMMARY_POINTS: readonly PointsColumn[] = (['indicator', 'public', 'leader', 'bonus', 'deduction'] as const).map((key) => ({ key, label: PART_LABELS[key] }));

/**
 * Read the summary table into units. Blank indicator/leader are errors (from the table reader);
 * a department without public evaluation is an error; a deduction typed −3 counts as 3, said in an info issue.
 */
export function readCountySummary(
  values: readonly (readonly CellValue[])[],
  origin: Origin,
  scheme: CountyScheme = countyPreset,
): { units: CountyUnitInput[]; issues: Issue[] } {
  const { table, issues } = readChecked({ values, origin }, countySummarySpec, SUMMARY_POINTS);
  const units: CountyUnitInput[] = [];
  const sheet = table.sheet;
  for (const row of table.rows) {
    const v = row.values;
    const group = rowGroup(row, sheet, issues);
    if (group === undefined) continue;
    const unit = String(v.unit);
    const gs = scheme.groups[group];
    const pub = typeof v.public === 'number' ? v.public : null;
    if (gs.shares.public !== null && pub === null) {
      const cell = row.cells.public;
      const at = cellAt(sheet, cell, unit);
      issues.push(makeIssue('county.part-missing', { at, group: gs.label.zh, groupEn: gs.label.en, part: PART_LABELS.public.zh, partEn: PART_LABELS.public.en }, { cell, sheet, row: row.row, field: '公众评估', units: [unit] }));
      continue;
    }
    let deduction = typeof v.deduction === 'number' ? v.deduction : 0;
    if (deduction < 0) {
      const cell = row.cells.deduction;
      issues.push(makeIssue('county.deduction-sign', { at: cellAt(sheet, cell, unit), value: deduction, points: -deduction }, { cell, sheet, row: row.row, field: '减分', units: [unit] }));
      deduction = -deduction;
    }
    const veto = reasonCell(table, row, 'veto', '否决', issues);
    const unqualified = reasonCell(table, row, 'unqualified', '认定不合格', issues);
    if (veto === undefined || unqualified === undefined) continue;
    units.push({
      unit,
      group,
      indicator: v.indicator as number,
      leader: v.leader as number,
      public: pub,
      bonus: typeof v.bonus === 'number' ? v.bonus : 0,
      deduction,
      veto,
      unqualified,
      source: { sheet, row: row.row, cells: row.cells },
    });
  }
  return { units, issues };
}
