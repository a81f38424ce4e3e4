/** Pieces several sections' texts share: a cell prefix, an argument's name. */
import type { ParamValue } from './types';

/** "B5：" (or "B5: ") before a text when the issue points at a cell; nothing otherwise. */
export const cellPrefix = (p: { readonly cell?: ParamValue | undefined }, sep: '：' | ': '): string => (p.cell === undefined ? '' : `${p.cell}${sep}`);

/**
 * An argument of a function (a PERF.* argument, or an input of an engine entry point), named in both
 * languages; `index` is the position of the value within a range argument (得分区域第 2 个值).
 */
export type ArgNames = { field: string; fieldEn: string; index?: number | undefined };

export const argZh = (p: ArgNames): string => (p.index === undefined ? p.field : `${p.field}第 ${p.index} 个值`);
export const argEn = (p: ArgNames): string => (p.index === undefined ? p.fieldEn : `${p.fieldEn} value ${p.index}`);
