import { msg, type ParamValue } from './types';

/** A cell of a sheet table: its address and field, the field's English name when it differs. */
type CellAt = { cell: string; field: string; fieldEn?: string | undefined };
type Valued = CellAt & { value: ParamValue };

const zhAt = (p: CellAt): string => `${p.cell}（${p.field}）`;
const enAt = (p: CellAt): string => `${p.cell} (${p.fieldEn ?? p.field})`;

/** Messages shared by every scheme: reading cells, headers, scheme settings. */
export const commonMessages = {
  'cell.excel-error': msg<Valued>(
    'error',
    (p) => `${zhAt(p)}是 Excel 错误值 ${p.value}，请先修正公式或数据`,
    (p) => `${enAt(p)} holds the Excel error ${p.value}; fix the formula or data first`,
  ),
  'cell.not-a-number': msg<Valued>(
    'error',
    (p) => `${zhAt(p)}应为数字，实际为“${p.value}”`,
    (p) => `${enAt(p)} should be a number, found "${p.value}"`,
  ),
  'cell.blank-required': msg<CellAt>(
    'error',
    (p) => `${zhAt(p)}不能为空（空白不按 0 处理）`,
    (p) => `${enAt(p)} is required; a blank is not read as 0`,
  ),
  'cell.blank-text': msg<CellAt>(
    'error',
    (p) => `${zhAt(p)}不能为空`,
    (p) => `${enAt(p)} is required and is blank`,
  ),
  'cell.coerced': msg<Valued & { number: number }>(
    'info',
    (p) => `${zhAt(p)}“${p.value}”按数字 ${p.number} 读取`,
    (p) => `${enAt(p)} "${p.value}" read as the number ${p.number}`,
  ),
  'cell.not-whole': msg<Valued>(
    'error',
    (p) => `${zhAt(p)}应为非负整数，实际为 ${p.value}`,
    (p) => `${enAt(p)} should be a non-negative whole number, found ${p.value}`,
  ),
  'cell.out-of-range': msg<Valued & { range: string }>(
    'error',
    (p) => `${zhAt(p)}${p.value} 超出允许范围 ${p.range}`,
    (p) => `${enAt(p)} ${p.value} is outside the allowed range ${p.range}`,
  ),
  'cell.uncomputed': msg<CellAt>(
    'error',
    (p) => `${zhAt(p)}是公式，但文件中没有它的计算结果（保存时未计算）：请在 Excel 或 WPS 中打开、重新计算并保存后再试`,
    (p) => `${enAt(p)} is a formula with no computed value in the file (saved without calculating): open it in Excel or WPS, recalculate and save, then retry`,
  ),
  'cell.not-a-date': msg<Valued>(
    'error',
    (p) => `${zhAt(p)}应为日期，实际为“${p.value}”`,
    (p) => `${enAt(p)} should be a date, found "${p.value}"`,
  ),
  'cell.bad-choice': msg<Valued & { choices: string }>(
    'error',
    (p) => `${zhAt(p)}“${p.value}”不是可选值（${p.choices}）`,
    (p) => `${enAt(p)} "${p.value}" is not one of ${p.choices}`,
  ),
  'table.empty': msg<{ row?: number | undefined }>(
    'error',
    (p) => `表中没有数据行${p.row === undefined ? '' : `（表头在第 ${p.row} 行，其下没有数据）`}`,
    (p) => `The table has no data rows${p.row === undefined ? '' : ` (header on row ${p.row}, nothing under it)`}`,
  ),
  'table.row-skipped': msg<{ row: number; text: string; what: string; whatEn: string }>(
    'info',
    (p) => `第 ${p.row} 行“${p.text}”是${p.what}，不作为数据读取`,
    (p) => `Row ${p.row} ("${p.text}") is ${p.whatEn}; not read as data`,
  ),
  'table.rows-ignored': msg<{ row: number; text: string; what: string; whatEn: string }>(
    'info',
    (p) => `第 ${p.row} 行“${p.text}”是${p.what}：表格到此为止，以下各行未读取`,
    (p) => `Row ${p.row} ("${p.text}") is ${p.whatEn}: the table ends there and the rows below were not read`,
  ),
  'table.group-heading': msg<{ row: number; text: string; field: string; fieldEn: string; group: string }>(
    'info',
    (p) => `第 ${p.row} 行“${p.text}”是分组标题：以下各行的${p.field}为“${p.group}”`,
    (p) => `Row ${p.row} ("${p.text}") is a group heading: the rows below have ${p.fieldEn} "${p.group}"`,
  ),
  'table.row-no-group': msg<{ row: number; field: string; fieldEn: string }>(
    'error',
    (p) => `第 ${p.row} 行在第一个分组标题之上，无法确定其${p.field}：请在其上方加分组标题，或加一列“${p.field}”`,
    (p) => `Row ${p.row} is above the first group heading, so its ${p.fieldEn} is unknown: add a heading above it, or a ${p.fieldEn} column`,
  ),
  'table.unclear-column': msg<{ field: string; fieldEn: string; names: string; namesEn: string }>(
    'error',
    (p) => `表头“${p.field}”下有多列（${p.names}），无法确定哪一列是${p.field}：请只保留一列，或加一列“合计”`,
    (p) => `The header "${p.fieldEn}" spans several columns (${p.namesEn}); which one is ${p.fieldEn} is unclear: keep one, or add a 合计 (total) column`,
  ),
  'table.no-header': msg<{ missing: string; missingEn: string }>(
    'error',
    (p) => `没有找到表头：缺少列 ${p.missing}`,
    (p) => `No header row found: missing column(s) ${p.missingEn}`,
  ),
  'table.missing-column': msg<{ field: string; fieldEn: string }>(
    'error',
    (p) => `表头缺少必需列“${p.field}”`,
    (p) => `The header lacks the required column "${p.fieldEn}"`,
  ),
  'table.duplicate-column': msg<{ field: string; fieldEn: string; cells: string }>(
    'error',
    (p) => `表头中“${p.field}”出现了两次（${p.cells}）`,
    (p) => `The header names "${p.fieldEn}" twice (${p.cells})`,
  ),
  'table.duplicate-key': msg<{ cell: string; value: string; firstRow: number }>(
    'error',
    (p) => `${p.cell}：“${p.value}”重复出现（首次在第 ${p.firstRow} 行）`,
    (p) => `${p.cell}: "${p.value}" appears again (first on row ${p.firstRow})`,
  ),
  'scheme.invalid': msg<{ path: string; detail: string }>(
    'error',
    (p) => `方案设置“${p.path}”无效：${p.detail}`,
    (p) => `Scheme setting "${p.path}" is invalid: ${p.detail}`,
  ),
  'scheme.unknown-key': msg<{ key: string; path: string; near?: string | undefined }>(
    'error',
    (p) => `方案设置中有未知的项“${p.path}”，不会被使用：请删除或改正${p.near === undefined ? '' : `（是否应为“${p.near}”？）`}`,
    (p) => `Unknown scheme setting "${p.path}": it would be ignored, so remove or correct it${p.near === undefined ? '' : ` (did you mean "${p.near}"?)`}`,
  ),
};
