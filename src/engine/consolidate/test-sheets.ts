import type { CellValue } from '../core/cell';
import type { MasterRecord, SubmissionKind } from './record';
import { readSubmission, type ReadSubmissionOptions, type Submission } from './submission';

/** Small sheets and masters for the consolidation tests. */

export type Row = readonly [indicator: string, target: number, month: CellValue, cumulative: CellValue, direction?: string];

export const REPORT_HEADER = ['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值', '备注'];

/** A unit's monthly report: a 报送日期 line above the header when `submitted` is given. */
export function reportSheet(unit: string, month: string, rows: readonly Row[], submitted?: CellValue): CellValue[][] {
  const top: CellValue[][] = submitted === undefined ? [] : [['报送日期', submitted]];
  return [...top, REPORT_HEADER, ...rows.map(([ind, target, m, cum, dir]) => [unit, month, ind, target, dir ?? '≥', m, cum, null])];
}

export function report(file: string, unit: string, month: string, rows: readonly Row[], submitted?: CellValue, options: ReadSubmissionOptions = {}): Submission {
  return readSubmission({ file, kind: 'county-report', values: reportSheet(unit, month, rows, submitted), origin: { sheet: '月报', row: 1, col: 1 } }, options);
}

export function sheetOf(file: string, kind: SubmissionKind, values: CellValue[][], options: ReadSubmissionOptions = {}): Submission {
  return readSubmission({ file, kind, values, origin: { sheet: 'Sheet1', row: 1, col: 1 } }, options);
}

/** A master record the office typed (no source). */
export const typed = (unit: string, period: string, item: string, values: MasterRecord['values'], cells?: Record<string, string>): MasterRecord => ({
  key: { kind: 'county-report', unit, period, item },
  values,
  source: null,
  ...(cells ? { cells } : {}),
});

export const UNITS = [
  { name: '南牛乡', group: 'township' as const },
  { name: '新安镇', group: 'township' as const },
  { name: '商务局(粮食局)', group: 'department' as const },
  { name: '住建局', group: 'ancient-city' as const },
];
