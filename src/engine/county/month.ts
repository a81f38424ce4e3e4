import { halfWidth, readText } from '../core/coerce';
import type { CellValue } from '../core/cell';
import type { ParsedValue } from '../core/table';

/** A month as typed: its number and a key that keeps different years apart ("2026-3" vs "3"). */
export interface Month {
  readonly month: number;
  readonly key: string;
}

const BARE = /^(\d{1,2})\s*月?(?:份)?$/;
/** 一月 … 十二月, as months are often written in Chinese. */
const CHINESE = /^(十[一二]?|[一二三四五六七八九])\s*月(?:份)?$/;
const DIGITS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10', 十一: '11', 十二: '12' };
const WITH_YEAR = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月(?:份)?|[-/.]\d{1,2}\s*日?|月\s*\d{1,2}\s*日)?$/;

/** Read a month: 3, "3", "3月", "三月", "2026-03", "2026年3月", a date (its month); undefined when none of these. */
export function parseMonth(v: CellValue | ParsedValue | undefined): Month | undefined {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return { month: v.m, key: `${v.y}-${v.m}` };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : { month: v.getUTCMonth() + 1, key: `${v.getUTCFullYear()}-${v.getUTCMonth() + 1}` };
  const t = readText(v ?? null);
  if (t === null) return undefined;
  const cn = CHINESE.exec(t);
  const s = cn ? DIGITS[cn[1]!]! : halfWidth(t);
  const bare = BARE.exec(s);
  const y = bare ? undefined : WITH_YEAR.exec(s);
  const m = Number(bare ? bare[1] : y?.[2]);
  if (!Number.isInteger(m) || m < 1 || m > 12) return undefined;
  return { month: m, key: y ? `${y[1]}-${m}` : String(m) };
}
