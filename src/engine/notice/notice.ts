import type { YMD } from '../core/coerce';
import type { CountyGroup, Tier } from '../county/types';
import type { PartFormat } from './parts';

/** What a row of the notice is, so a writer lays it out (title centred and large, table rows bordered, signature right). */
export type NoticeRole = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'table-header' | 'table-row' | 'note' | 'signature';

/** How a table cell is shown: text, a rank, a score at the notice's precision, a fraction as a percent. */
export type CellFormat = 'text' | 'rank' | PartFormat;

export type NoticeCell = string | number | null;

/** One row of the notice: text rows hold one cell; table rows one cell per column, with their formats. */
export interface NoticeRow {
  readonly role: NoticeRole;
  readonly cells: readonly NoticeCell[];
  readonly formats?: readonly CellFormat[] | undefined;
  /** Table rows of a county notice: the unit's group and tier (a writer may shade by tier). */
  readonly group?: CountyGroup | undefined;
  readonly tier?: Tier | undefined;
}

export type NoticeKind = 'county' | 'engineer' | 'staff' | 'fiscal';
export type NoticeLang = 'zh' | 'en';

/** A 通报 as plain data: every row in order, in one language; numbers stay numbers (shown at `precision`). */
export interface Notice {
  readonly kind: NoticeKind;
  readonly lang: NoticeLang;
  readonly title: string;
  readonly org: string;
  /** The issuing date as written in the notice (2027年1月15日). */
  readonly date: string;
  readonly precision: number;
  /** Columns of the widest table: text rows span this many. */
  readonly width: number;
  readonly rows: readonly NoticeRow[];
}

export interface NoticeOptions {
  /** The issuing date (the engine has no clock: the caller passes today, or --date). */
  readonly date: YMD;
  /** Whole title (--title); default `${area}${year}年度绩效考核结果通报` for county, likewise per kind. */
  readonly title?: string | undefined;
  /** Issuing office (--org); default by kind: 县绩效办, 工程预算部, 人力资源部, 财政局. */
  readonly org?: string | undefined;
  /** The place before the title, e.g. “XX县”. */
  readonly area?: string | undefined;
  /** The year assessed; default the issuing date's year. */
  readonly year?: number | undefined;
  /** The period assessed as written (“2026年3月”); default “{year}年度”. */
  readonly period?: string | undefined;
  readonly lang?: NoticeLang | undefined;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三: section numbers of an official notice. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const noticeDate = (d: YMD, lang: NoticeLang): string => (lang === 'zh' ? `${d.y}年${d.m}月${d.d}日` : `${d.d} ${MONTHS_EN[d.m - 1]} ${d.y}`);

/** A picker for the notice's language. */
export const inLang = (lang: NoticeLang) => (zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Section heading: “一、乡镇（日常工作）” / “1. Townships”. */
export const heading = (lang: NoticeLang, n: number, text: string): NoticeRow => ({ role: 'heading', cells: [lang === 'zh' ? `${chineseNumber(n)}、${text}` : `${n}. ${text}`] });

export const textRow = (role: Exclude<NoticeRole, 'table-header' | 'table-row'>, text: string): NoticeRow => ({ role, cells: [text] });

/** List names the way the notice writes them: 、 in Chinese, commas in English. */
export const listed = (lang: NoticeLang, names: readonly string[]): string => names.join(lang === 'zh' ? '、' : ', ');

/** The frame every notice shares: title, issuing office and date under it, the body, the signature block. */
export function frame(kind: NoticeKind, body: readonly NoticeRow[], meta: { title: string; org: string; options: NoticeOptions; precision: number }): Notice {
  const lang = meta.options.lang ?? 'zh';
  const date = noticeDate(meta.options.date, lang);
  const width = Math.max(1, ...body.map((r) => (r.role === 'table-header' || r.role === 'table-row' ? r.cells.length : 1)));
  const rows: NoticeRow[] = [
    textRow('title', meta.title),
    textRow('subtitle', `${meta.org}　${date}`),
    ...body,
    textRow('signature', meta.org),
    textRow('signature', date),
  ];
  return { kind, lang, title: meta.title, org: meta.org, date, precision: meta.precision, width, rows };
}

/** The period's words: “2026年度” unless the caller wrote one. */
export function periodOf(options: NoticeOptions): string {
  const lang = options.lang ?? 'zh';
  const year = options.year ?? options.date.y;
  return options.period ?? (lang === 'zh' ? `${year}年度` : `${year}`);
}
