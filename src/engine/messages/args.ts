import { argEn, argZh as arg, cellPrefix as pre, type ArgNames } from './parts';
import { msg, type ParamValue } from './types';

export type { ArgNames };

const tooLarge = msg<{ cell?: string | undefined; field: string; fieldEn: string; value: ParamValue }>(
  'error',
  (p) => `${pre(p, '：')}${p.field} ${p.value} 过大，算出的结果超出可计算的范围`,
  (p) => `${pre(p, ': ')}${p.fieldEn} ${p.value} is too large; the result is beyond the range of numbers`,
);

/**
 * One text per problem with an argument, whichever path it arrives by: the PERF.* binding (src/functions),
 * the engine's own readers (engineer, staff, PERF.RANK's arguments). `argIssue` in engine/args builds them.
 */
export const argMessages = {
  'arg.blank': msg<ArgNames>(
    'error',
    (p) => `${arg(p)}不能为空（空白不按 0 处理）`,
    (p) => `${argEn(p)} is required; a blank is not read as 0`,
  ),
  'arg.not-number': msg<ArgNames & { value: ParamValue }>(
    'error',
    (p) => `${arg(p)}应为数字，实际为“${p.value}”`,
    (p) => `${argEn(p)} should be a number, found "${p.value}"`,
  ),
  'arg.excel-error': msg<ArgNames & { value: ParamValue }>(
    'error',
    (p) => `${arg(p)}是 Excel 错误值 ${p.value}，请先修正公式或数据`,
    (p) => `${argEn(p)} holds the Excel error ${p.value}; fix the formula or data first`,
  ),
  'arg.not-whole': msg<ArgNames & { value: ParamValue }>(
    'error',
    (p) => `${arg(p)}应为非负整数，实际为 ${p.value}`,
    (p) => `${argEn(p)} should be a non-negative whole number, found ${p.value}`,
  ),
  'arg.out-of-range': msg<ArgNames & { value: ParamValue; range: string }>(
    'error',
    (p) => `${arg(p)} ${p.value} 超出允许范围 ${p.range}`,
    (p) => `${argEn(p)} ${p.value} is outside the allowed range ${p.range}`,
  ),
  'arg.percent': msg<ArgNames & { value: ParamValue }>(
    'error',
    (p) => `${arg(p)}“${p.value}”带百分号，含义不明；请填写不带 % 的数值`,
    (p) => `${argEn(p)} "${p.value}" carries a percent sign, which is ambiguous here; enter the number without %`,
  ),
  'arg.too-large': tooLarge,
  'arg.unsupported': msg<ArgNames>(
    'error',
    (p) => `${arg(p)}应为单元格中的数字或文字，不支持此类值`,
    (p) => `${argEn(p)}: only a number or text in a cell is supported here`,
  ),
  'arg.not-single': msg<ArgNames & { count: number }>(
    'error',
    (p) => `${arg(p)}应为单个值，实际为 ${p.count} 个单元格`,
    (p) => `${argEn(p)}: one value is expected, found ${p.count} cells`,
  ),
  'arg.too-many': msg<{ fn: string; max: number; count: number }>(
    'error',
    (p) => `PERF.${p.fn} 最多接受 ${p.max} 个参数，实际为 ${p.count} 个`,
    (p) => `PERF.${p.fn} takes at most ${p.max} arguments, found ${p.count}`,
  ),
};

const cellPercent = msg<{ cell: string; field: string; fieldEn: string; value: ParamValue }>(
  'error',
  (p) => `${p.cell}（${p.field}）“${p.value}”带百分号，含义不明；请填写不带 % 的数值`,
  (p) => `${p.cell} (${p.fieldEn}) "${p.value}" carries a percent sign, which is ambiguous here; enter the number without %`,
);

const duplicateRow = msg<{ cell?: string | undefined; value: string; firstRow: number; what: string; whatEn: string }>(
  'error',
  (p) => `${pre(p, '：')}“${p.value}”重复出现（首次在第 ${p.firstRow} 行），同一${p.what}只能有一行`,
  (p) => `${pre(p, ': ')}"${p.value}" appears again (first on row ${p.firstRow}); one row per ${p.whatEn}`,
);

/** The sheet checks shared by the engineer and staff sheets, under each scheme's codes (one text each). */
export const sheetRowMessages = {
  'engineer.cell-percent': cellPercent,
  'engineer.duplicate-row': duplicateRow,
  'engineer.too-large': tooLarge,
  'staff.cell-percent': cellPercent,
  'staff.duplicate-row': duplicateRow,
  'staff.too-large': tooLarge,
};
