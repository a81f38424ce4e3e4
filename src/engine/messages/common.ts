import { s, type MessageDef } from './types';

/** Messages shared by every scheme: reading cells, headers, scheme settings. */
export const commonMessages = {
  'cell.excel-error': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) holds the Excel error ${s(p.value)}; fix the formula or data first`,
  },
  'cell.not-a-number': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）应为数字，实际为“${s(p.value)}”`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) should be a number, found "${s(p.value)}"`,
  },
  'cell.blank-required': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）不能为空（空白不按 0 处理）`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) is required; a blank is not read as 0`,
  },
  'cell.blank-text': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）不能为空`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) is required and is blank`,
  },
  'cell.coerced': {
    severity: 'info',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）“${s(p.value)}”按数字 ${s(p.number)} 读取`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) "${s(p.value)}" read as the number ${s(p.number)}`,
  },
  'cell.not-whole': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）应为非负整数，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) should be a non-negative whole number, found ${s(p.value)}`,
  },
  'cell.out-of-range': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）${s(p.value)} 超出允许范围 ${s(p.range)}`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) ${s(p.value)} is outside the allowed range ${s(p.range)}`,
  },
  'cell.uncomputed': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）是公式，但文件中没有它的计算结果（保存时未计算）：请在 Excel 或 WPS 中打开、重新计算并保存后再试`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) is a formula with no computed value in the file (saved without calculating): open it in Excel or WPS, recalculate and save, then retry`,
  },
  'cell.not-a-date': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）应为日期，实际为“${s(p.value)}”`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) should be a date, found "${s(p.value)}"`,
  },
  'cell.bad-choice': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}（${s(p.field)}）“${s(p.value)}”不是可选值（${s(p.choices)}）`,
    en: (p) => `${s(p.cell)} (${s(p.fieldEn ?? p.field)}) "${s(p.value)}" is not one of ${s(p.choices)}`,
  },
  'table.empty': {
    severity: 'error',
    zh: (p) => `表中没有数据行${p.row === undefined ? '' : `（表头在第 ${s(p.row)} 行，其下没有数据）`}`,
    en: (p) => `The table has no data rows${p.row === undefined ? '' : ` (header on row ${s(p.row)}, nothing under it)`}`,
  },
  'table.row-skipped': {
    severity: 'info',
    zh: (p) => `第 ${s(p.row)} 行“${s(p.text)}”是${s(p.what)}，不作为数据读取`,
    en: (p) => `Row ${s(p.row)} ("${s(p.text)}") is ${s(p.whatEn)}; not read as data`,
  },
  'table.rows-ignored': {
    severity: 'info',
    zh: (p) => `第 ${s(p.row)} 行“${s(p.text)}”是${s(p.what)}：表格到此为止，以下各行未读取`,
    en: (p) => `Row ${s(p.row)} ("${s(p.text)}") is ${s(p.whatEn)}: the table ends there and the rows below were not read`,
  },
  'table.group-heading': {
    severity: 'info',
    zh: (p) => `第 ${s(p.row)} 行“${s(p.text)}”是分组标题：以下各行的${s(p.field)}为“${s(p.group)}”`,
    en: (p) => `Row ${s(p.row)} ("${s(p.text)}") is a group heading: the rows below have ${s(p.fieldEn)} "${s(p.group)}"`,
  },
  'table.row-no-group': {
    severity: 'error',
    zh: (p) => `第 ${s(p.row)} 行在第一个分组标题之上，无法确定其${s(p.field)}：请在其上方加分组标题，或加一列“${s(p.field)}”`,
    en: (p) => `Row ${s(p.row)} is above the first group heading, so its ${s(p.fieldEn)} is unknown: add a heading above it, or a ${s(p.fieldEn)} column`,
  },
  'table.unclear-column': {
    severity: 'error',
    zh: (p) => `表头“${s(p.field)}”下有多列（${s(p.names)}），无法确定哪一列是${s(p.field)}：请只保留一列，或加一列“合计”`,
    en: (p) => `The header "${s(p.fieldEn)}" spans several columns (${s(p.namesEn)}); which one is ${s(p.fieldEn)} is unclear: keep one, or add a 合计 (total) column`,
  },
  'table.no-header': {
    severity: 'error',
    zh: (p) => `没有找到表头：缺少列 ${s(p.missing)}`,
    en: (p) => `No header row found: missing column(s) ${s(p.missingEn)}`,
  },
  'table.missing-column': {
    severity: 'error',
    zh: (p) => `表头缺少必需列“${s(p.field)}”`,
    en: (p) => `The header lacks the required column "${s(p.fieldEn)}"`,
  },
  'table.duplicate-column': {
    severity: 'error',
    zh: (p) => `表头中“${s(p.field)}”出现了两次（${s(p.cells)}）`,
    en: (p) => `The header names "${s(p.fieldEn)}" twice (${s(p.cells)})`,
  },
  'table.duplicate-key': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：“${s(p.value)}”重复出现（首次在第 ${s(p.firstRow)} 行）`,
    en: (p) => `${s(p.cell)}: "${s(p.value)}" appears again (first on row ${s(p.firstRow)})`,
  },
  'scheme.invalid': {
    severity: 'error',
    zh: (p) => `方案设置“${s(p.path)}”无效：${s(p.detail)}`,
    en: (p) => `Scheme setting "${s(p.path)}" is invalid: ${s(p.detail)}`,
  },
  'scheme.unknown-key': {
    severity: 'error',
    zh: (p) => `方案设置中有未知的项“${s(p.path)}”，不会被使用：请删除或改正${p.near === undefined ? '' : `（是否应为“${s(p.near)}”？）`}`,
    en: (p) => `Unknown scheme setting "${s(p.path)}": it would be ignored, so remove or correct it${p.near === undefined ? '' : ` (did you mean "${s(p.near)}"?)`}`,
  },
  'arg.invalid': {
    severity: 'error',
    zh: (p) => `参数 ${s(p.field)} 无效：${s(p.detail)}`,
    en: (p) => `Argument ${s(p.field)} is invalid: ${s(p.detailEn)}`,
  },
} satisfies Record<string, MessageDef>;
