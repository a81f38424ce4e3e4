import type { CellValue, Origin, Source } from '../core/cell';
import type { Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { readTable, type TableSpec } from '../core/table';
import { percentCells } from '../args/sheet-checks';
import { ENGINEER_FIELDS, explainEngineer, overflowIssue, overflowing, type EngineerNumbers } from './score';
import type { EngineerScheme } from './scheme';
import { engineerPreset } from './preset';

/** The engineers' monthly sheet (篇1 四): one row per engineer. Blank counts are 0 (RULES.md). */
export const engineerSheetSpec: TableSpec = {
  name: { zh: '预算工程师月度考核表', en: 'engineers’ monthly sheet' },
  key: 'name',
  fields: [
    { key: 'name', label: { zh: '姓名', en: 'name' }, aliases: ['工程师', 'engineer'], type: 'text', required: true, blank: 'error' },
    { key: 'rejections', label: ENGINEER_FIELDS.rejections, aliases: ['驳回', '被驳回次数'], type: 'count', required: true, blank: 'zero' },
    { key: 'overdue', label: ENGINEER_FIELDS.overdue, aliases: ['逾期', '逾期上交次数'], type: 'count', required: true, blank: 'zero' },
    { key: 'costActual', label: ENGINEER_FIELDS.costActual, aliases: ['实际预算费用', 'actual cost'], type: 'number', required: true, min: 0 },
    { key: 'costPlan', label: ENGINEER_FIELDS.costPlan, aliases: ['计划预算费用', 'planned cost', 'plan'], type: 'number', required: true },
    { key: 'papers', label: ENGINEER_FIELDS.papers, aliases: ['论文', '发表论文数'], type: 'count', required: true, blank: 'zero' },
  ],
};

/** One engineer's scored row. */
export interface EngineerRowResult {
  readonly name: string;
  readonly score: number;
  readonly rounded: number;
  readonly steps: readonly Step[];
  readonly source: Source;
}

/** Score every engineer on a sheet; each bad cell is an issue naming it, and its row gets no score. */
export function scoreEngineerSheet(
  values: readonly (readonly CellValue[])[],
  origin: Origin,
  scheme: EngineerScheme = engineerPreset,
): { results: EngineerRowResult[]; issues: Issue[] } {
  const table = readTable(values, engineerSheetSpec, origin);
  const issues = [...table.issues];
  const results: EngineerRowResult[] = [];
  // Costs typed as "103%" would read as 1.03 beside a plan of 100.
  const percent = percentCells(table, origin, { costActual: ENGINEER_FIELDS.costActual, costPlan: ENGINEER_FIELDS.costPlan }, 'engineer', issues);
  for (const r of table.rows) {
    if (percent.has(r.row)) continue;
    const v = r.values;
    const at = { row: r.row, sheet: table.sheet };
    const n: EngineerNumbers = { rejections: v.rejections as number, overdue: v.overdue as number, costActual: v.costActual as number, costPlan: v.costPlan as number, papers: v.papers as number };
    if (n.costPlan <= 0) {
      issues.push(makeIssue('engineer.plan-not-positive', { value: n.costPlan }, { ...at, field: ENGINEER_FIELDS.costPlan.zh, cell: r.cells.costPlan }));
      continue;
    }
    const big = overflowing(n, scheme);
    if (big.length > 0) {
      for (const f of big) issues.push(overflowIssue(n, f, { ...at, cell: r.cells[f] }));
      continue;
    }
    const e = explainEngineer(n, scheme);
    results.push({ name: v.name as string, score: e.value, rounded: e.rounded, steps: e.steps, source: { sheet: table.sheet, row: r.row, cells: r.cells } });
  }
  return { results, issues };
}
