/**
 * 汇总情况: the report sheet of a 汇总 run, laid out from the engine's outcome (nothing computed here): per unit,
 * period and kind whether it reported, when, how many rows, merged / quarantined / refused, the cells changed and,
 * for staff summaries, the late days and fee; then the units that did not report; then every issue with its file,
 * sheet and cell. No run time is written: the same run gives the same sheet (a rerun changes nothing).
 */
import {
  a1, fieldLabel, MASTER_SHEET_NAMES, type CellValue, type FigureChange, type FiledIssue, type SubmissionKind, type UnitReport, type UnitStatus,
} from '../engine';
import { GROUP_LABELS } from './results-layout';
import type { SheetPlan } from './types';

export const REPORT_SHEET = '汇总情况';

const STATUS: Readonly<Record<UnitStatus, string>> = {
  merged: '已汇总 merged',
  unchanged: '无变化（已汇总过）unchanged',
  earlier: '此前已汇总 earlier',
  quarantined: '已隔离（有错误，未汇总）quarantined',
  refused: '未汇总（见问题）refused',
  missing: '未报送 missing',
};

const KIND: Readonly<Record<SubmissionKind, string>> = {
  'county-report': '月度指标报告 monthly report',
  'county-summary': '汇总表 summary rows',
  staff: '部门汇总 staff summary',
};

const SEVERITY = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

const show = (v: CellValue | undefined): string => (v === null || v === undefined || v === '' ? '（空）' : String(v));

/** One changed cell as the report says it: "月报汇总!G12 累计完成值 12 → 15" (the 指标 sheet's cells alike). */
export function changeText(c: FigureChange, sheet?: string): string {
  const where = c.cell ? `${sheet ? `${sheet}!` : ''}${c.cell} ` : '';
  const label = fieldLabel(c.key.kind, c.field);
  return `${where}${c.key.item ? `${c.key.item} ` : ''}${label.zh} ${show(c.from)} → ${show(c.to)}${c.forced ? '（强制 forced）' : ''}`;
}

const HEADER = ['单位 Unit', '类别 Group', '报送类型 Kind', '月份 Month', '状态 Status', '报送文件 File', '报送日期 Submitted', '行数 Rows', '逾期天数 Days late', '逾期罚款 Late fee', '更改的单元格 Changed cells'];

/** The 汇总情况 sheet: title, the per-unit table, the units that did not report, the issues. */
export function reportPlan(rows: readonly UnitReport[], missing: readonly string[], issues: readonly FiledIssue[], periods: readonly string[]): SheetPlan {
  const title = `汇总情况 · Consolidation report${periods.length > 0 ? ` ${periods.join('、')}` : ''}（由绩效加载项生成，重新汇总将整体替换 / written by the 绩效 add-in; a rerun replaces it）`;
  const body: CellValue[][] = rows.map((r) => [
    r.unit,
    r.group ? GROUP_LABELS[r.group].zh : null,
    KIND[r.kind],
    r.period,
    STATUS[r.status],
    r.file,
    r.submitted,
    r.status === 'missing' ? null : r.rows,
    r.late ? r.late.days : null,
    r.late?.fee ?? null,
    r.changed.map((c) => changeText(c, MASTER_SHEET_NAMES[r.kind].zh)).join('；') || null,
  ]);
  const tableTop = 3;
  const missingTop = tableTop + body.length + 2;
  const missingRows: CellValue[][] = [[`未报送单位 Units that did not report（${missing.length}）`], [missing.length > 0 ? missing.join('、') : '无 none']];
  const issuesTop = missingTop + missingRows.length + 1;
  const issueRows: CellValue[][] = [
    [`问题 Issues（${issues.length}）`],
    ['文件 File', '工作表 Sheet', '单元格 Cell', '级别 Severity', '说明', 'Message'],
    ...issues.map((i) => [i.file, i.sheet ?? null, i.cell ?? null, SEVERITY[i.severity], i.message.zh, i.message.en]),
  ];
  const widths = [18, 10, 22, 10, 24, 44, 12, 8, 10, 10, 60];
  return {
    name: REPORT_SHEET,
    blocks: [
      { row: 1, col: 1, values: [[title]], textColumns: [0] },
      { row: tableTop, col: 1, values: [HEADER, ...body], textColumns: [0, 1, 2, 3, 4, 5, 6, 10] },
      { row: missingTop, col: 1, values: missingRows, textColumns: [0] },
      { row: issuesTop, col: 1, values: issueRows, textColumns: [0, 1, 2, 3, 4, 5] },
    ],
    formats: [
      { range: 'A1', fmt: { bold: true } },
      { range: `A${tableTop}:${a1(tableTop, HEADER.length)}`, fmt: { bold: true, fill: '#F2F2F2' } },
      { range: `A${missingTop}`, fmt: { bold: true } },
      { range: `A${issuesTop}:${a1(issuesTop + 1, 6)}`, fmt: { bold: true } },
      ...widths.map((w, i) => ({ range: a1(tableTop, i + 1), fmt: { columnWidth: w } })),
      ...(body.length > 0 ? [{ range: `${a1(tableTop + 1, 10)}:${a1(tableTop + body.length, 10)}`, fmt: { numberFormat: '#,##0.00' } }] : []),
    ],
    conditional: [],
    lists: [],
  };
}
