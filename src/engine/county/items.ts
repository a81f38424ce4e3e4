import { halfWidth, readNumber } from '../core/coerce';
import { normalizeHeader } from '../core/table';
import type { CountyItem } from './scheme';

/** A name as compared: half width, lower case, no spaces or Chinese list punctuation (市委、市政府 = 市委市政府). */
export const itemKey = (s: string): string => normalizeHeader(s).replace(/[、，,·。.]/g, '');

/** The bonus or deduction item a code, Chinese label or alias names. */
export function findItem(items: readonly CountyItem[], name: string): CountyItem | undefined {
  const k = itemKey(name);
  return items.find((it) => [it.code, it.label.zh, it.label.en, ...it.aliases].some((n) => itemKey(n) === k));
}

/** One item as typed in a cell: a name, optional points ("county-decision:1.5"), optional count ("complaint×2"). */
export interface ItemText {
  readonly name: string;
  readonly points?: number;
  readonly count?: number;
}

const COUNT = /^(.*?)[\s]*(?:[×xX*]\s*(\d+)\s*次?|(\d+)\s*次)$/;
const POINTS = /^(.*?)[\s:：=＝]+([+-]?\d+(?:\.\d+)?)\s*分?$/;

/** Split "名称:分值" and "名称×次数" apart; plain text is just a name. */
export function splitItemText(raw: string): ItemText {
  let t = halfWidth(raw).trim();
  let count: number | undefined;
  const c = COUNT.exec(t);
  if (c && c[1]!.trim() !== '') {
    count = Number(c[2] ?? c[3]);
    t = c[1]!.trim();
  }
  const p = POINTS.exec(t);
  const out: { name: string; points?: number; count?: number } = { name: t };
  if (p && p[1]!.trim() !== '' && readNumber(p[1]!).ok === false) {
    out.name = p[1]!.trim();
    out.points = Number(p[2]);
  }
  if (count !== undefined) out.count = count;
  return out;
}
