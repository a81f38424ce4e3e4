import { s, type MessageDef, type Params } from './types';

/** Kinds of problem with one input value, shared by the `engineer` and `staff` areas. */
type InputKind =
  | 'arg-blank'
  | 'arg-not-number'
  | 'arg-excel-error'
  | 'arg-not-whole'
  | 'arg-out-of-range'
  | 'arg-percent'
  | 'too-large'
  | 'cell-percent'
  | 'duplicate-row';

/** "B5：" before a text when the issue points at a cell. */
const at = (p: Params, sep: string): string => (p.cell === undefined ? '' : `${s(p.cell)}${sep}`);

/**
 * Texts for a bad input under `${area}.*`: the field is named in both languages
 * (`field` Chinese, `fieldEn` English), and the cell when there is one.
 */
export function argMessages<A extends string>(area: A): { [K in InputKind as `${A}.${K}`]: MessageDef } {
  const defs: Record<InputKind, MessageDef> = {
    'arg-blank': {
      severity: 'error',
      zh: (p) => `${s(p.field)}不能为空（空白不按 0 处理）`,
      en: (p) => `${s(p.fieldEn)} is required; a blank is not read as 0`,
    },
    'arg-not-number': {
      severity: 'error',
      zh: (p) => `${s(p.field)}应为数字，实际为“${s(p.value)}”`,
      en: (p) => `${s(p.fieldEn)} should be a number, found "${s(p.value)}"`,
    },
    'arg-excel-error': {
      severity: 'error',
      zh: (p) => `${s(p.field)}是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
      en: (p) => `${s(p.fieldEn)} holds the Excel error ${s(p.value)}; fix the formula or data first`,
    },
    'arg-not-whole': {
      severity: 'error',
      zh: (p) => `${s(p.field)}应为非负整数，实际为 ${s(p.value)}`,
      en: (p) => `${s(p.fieldEn)} should be a non-negative whole number, found ${s(p.value)}`,
    },
    'arg-out-of-range': {
      severity: 'error',
      zh: (p) => `${s(p.field)} ${s(p.value)} 超出允许范围 ${s(p.range)}`,
      en: (p) => `${s(p.fieldEn)} ${s(p.value)} is outside the allowed range ${s(p.range)}`,
    },
    'arg-percent': {
      severity: 'error',
      zh: (p) => `${s(p.field)}“${s(p.value)}”带百分号，含义不明；请填写不带 % 的数值`,
      en: (p) => `${s(p.fieldEn)} "${s(p.value)}" carries a percent sign, which is ambiguous here; enter the number without %`,
    },
    'too-large': {
      severity: 'error',
      zh: (p) => `${at(p, '：')}${s(p.field)} ${s(p.value)} 过大，算出的结果超出可计算的范围`,
      en: (p) => `${at(p, ': ')}${s(p.fieldEn)} ${s(p.value)} is too large; the result is beyond the range of numbers`,
    },
    'cell-percent': {
      severity: 'error',
      zh: (p) => `${s(p.cell)}（${s(p.field)}）“${s(p.value)}”带百分号，含义不明；请填写不带 % 的数值`,
      en: (p) => `${s(p.cell)} (${s(p.fieldEn)}) "${s(p.value)}" carries a percent sign, which is ambiguous here; enter the number without %`,
    },
    'duplicate-row': {
      severity: 'error',
      zh: (p) => `${at(p, '：')}“${s(p.value)}”重复出现（首次在第 ${s(p.firstRow)} 行），同一${s(p.what)}只能有一行`,
      en: (p) => `${at(p, ': ')}"${s(p.value)}" appears again (first on row ${s(p.firstRow)}); one row per ${s(p.whatEn)}`,
    },
  };
  return Object.fromEntries(Object.entries(defs).map(([k, d]) => [`${area}.${k}`, d])) as {
    [K in InputKind as `${A}.${K}`]: MessageDef;
  };
}
