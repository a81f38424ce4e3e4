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
    zh: () => `表格为空，没有找到数据`,
    en: () => `The table is empty; no data found`,
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
