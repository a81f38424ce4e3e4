/**
 * 生成通报: the ranking's results as the office sends them, on the add-in's sheet 通报. The input is found and ranked
 * exactly as 排名定档 does (the same engine run, so the notice and 排名结果 agree); the engine writes the notice
 * (engine/notice), this command lays it out and writes it. Nothing is scored here.
 */
import {
  countyNotice, hasErrors, peopleNotice, type Issue, type Notice, type NoticeEntry, type NoticeLang, type Ranking, type Scheme, type Text, type YMD,
} from '../engine';
import type { Workbook } from '../host/port';
import { applyPlan } from './apply-plan';
import { NOTICE_FINGERPRINT_KEY, planFingerprint } from './fingerprint';
import { inBatch } from './in-batch';
import { commandIssue } from './messages';
import { NOTICE_SHEET, noticeSheetPlan } from './notice-layout';
import { outputBlocked, rankedInput, runStamp, type Ranked } from './rank-and-tier';
import type { RunStamp } from './results-layout';
import type { SchemeChoice } from './scheme-store';

export const NOTICE_COMMAND: Text = { zh: '生成通报', en: 'write the notice' };

export interface NoticeCommandOptions {
  /** As for 排名定档: a kind or a whole scheme; default the workbook's stored scheme, else recognised from the headers. */
  readonly scheme?: SchemeChoice;
  /** The sheet holding the input; default the active sheet (from 排名结果 or 通报: the last input ranked). */
  readonly sheet?: string;
  /** The whole title; default e.g. “2026年度绩效考核结果通报”. */
  readonly title?: string;
  /** The issuing office; default by kind (县绩效办, 工程预算部, 人力资源部, 财政局). */
  readonly org?: string;
  /** The issuing date; default today (from `now`). */
  readonly date?: YMD;
  readonly lang?: NoticeLang;
  /** The run stamp's time and the default date (tests pin it); default now. */
  readonly now?: Date;
}

export interface NoticeOutcome {
  /** The notice as written (rows with roles), or null when nothing was written. */
  readonly notice: Notice | null;
  readonly issues: readonly Issue[];
  /** 通报, or null when nothing was written. */
  readonly written: string | null;
  readonly stamp: RunStamp | null;
}

const none = { notice: null, written: null, stamp: null } as const;

/** A ranked row in the notice's terms: its rank, the rounded score the ranking used, its steps, and what its kind adds. */
function entries(ranking: Exclude<Ranking, { kind: 'county' | 'staff-penalties' }>): NoticeEntry[] {
  switch (ranking.kind) {
    case 'engineer':
      return ranking.results.map((r) => ({ name: r.name, rank: r.rank, score: r.rounded, steps: r.steps }));
    case 'staff':
      return ranking.results.map((r) => ({ name: r.name, rank: r.rank, score: r.rounded, steps: r.steps, department: r.department, float: r.float }));
    case 'fiscal':
      return ranking.results.map((r) => ({ name: r.name, rank: r.rank, score: r.rounded, steps: r.steps, grade: r.grade }));
  }
}

/** The engine's notice of a ranking; undefined for HR's penalty sheet, which ranks nothing. */
function noticeOf(ranked: Ranked, ranking: Ranking, scheme: Scheme, opts: NoticeCommandOptions, date: YMD): Notice | undefined {
  const options = { date, title: opts.title, org: opts.org, lang: opts.lang, year: yearOf(opts.title, date) };
  if (ranking.kind === 'staff-penalties') return undefined;
  if (ranking.kind === 'county') {
    return countyNotice({ results: ranking.results, warnings: ranked.warnings, units: ranked.units, scheme: scheme.kind === 'county' ? scheme : undefined }, options);
  }
  // People and projects: the warnings the ranking raised (an info note such as "table found elsewhere" is not news).
  const warnings = ranked.issues.filter((i) => i.severity === 'warning');
  return peopleNotice({ kind: ranking.kind, rows: entries(ranking), warnings, engineer: scheme.kind === 'engineer' ? scheme : undefined, precision: scheme.precision }, options);
}

/** The year assessed: the one the title names (“2026年度”), else the issuing date's — a January notice is usually of the year before. */
const yearOf = (title: string | undefined, date: YMD): number => Number(/(\d{4})\s*年度/.exec(title ?? '')?.[1] ?? date.y);

const today = (now: Date): YMD => ({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });

/**
 * 生成通报: find and rank the input as 排名定档 does; with input errors write nothing and return them; else write (or
 * replace, while it holds what the add-in wrote) the sheet 通报 and activate it. One batch: a failure writes nothing.
 */
export async function generateNotice(wb: Workbook, opts: NoticeCommandOptions = {}): Promise<NoticeOutcome> {
  return inBatch(wb, () => run(wb, opts), (issue) => ({ ...none, issues: [issue] }));
}

async function run(wb: Workbook, opts: NoticeCommandOptions): Promise<NoticeOutcome> {
  const input = await rankedInput(wb, opts);
  if (!input.ok) return { ...none, issues: input.issues };
  const { snap, shown, ranked, scheme } = input;
  if (hasErrors(ranked.issues) || ranked.ranking === null) return { ...none, issues: ranked.issues };
  const now = opts.now ?? new Date();
  const notice = noticeOf(ranked, ranked.ranking, scheme, opts, opts.date ?? today(now));
  if (!notice) return { ...none, issues: [...ranked.issues, commandIssue('notice.not-a-ranking', { sheet: ranked.inputSheets[0]! }, { sheet: ranked.inputSheets[0]! })] };
  const blocked = await outputBlocked(wb, snap, NOTICE_SHEET, shown);
  if (blocked) return { ...none, issues: [...ranked.issues, blocked] };
  const stamp = runStamp(scheme, now);
  const plan = noticeSheetPlan(notice, stamp);
  await applyPlan(wb, plan);
  await wb.setSetting(NOTICE_FINGERPRINT_KEY, planFingerprint(plan));
  await wb.activateSheet(NOTICE_SHEET);
  return { notice, issues: ranked.issues, written: NOTICE_SHEET, stamp };
}
