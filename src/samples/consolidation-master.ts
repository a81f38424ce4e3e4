/**
 * The office's master workbook for the 汇总 sample (issue 13): the county sample's detailed workbook (单位, 指标,
 * 领导评估, 公众评估, 加减分) before the June reports come in — the 指标 sheet's 中期完成值 still blank, for 汇总 to
 * fill from the June cumulatives of monthly-reports.ts.
 */
import { countySampleSheets, type SheetValues } from './county-sheets';

export const SAMPLE_MASTER_FILE = '考核主表.xlsx';

export function consolidationMasterSheets(): Record<string, SheetValues> {
  const sheets = countySampleSheets();
  const indicators = sheets['指标']!;
  const mid = indicators[0]!.indexOf('中期完成值');
  if (mid < 0) throw new Error('county sample: no 中期完成值 column in 指标');
  sheets['指标'] = indicators.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === mid ? null : v))));
  return sheets;
}
