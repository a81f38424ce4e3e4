/**
 * 部门考核扣款 for HR's penalty sheet (篇3 五): the engine's amounts per department and month laid out in the
 * rows layout's columns, nothing computed. Rows stay in the sheet's order (the engine ranks no fines).
 */
import { PENALTY_CODES, PENALTY_LABELS, type DepartmentPenalty, type Issue, type PenaltyCode, type PenaltyRanking, type Text } from '../engine';
import type { RunStamp } from './results-layout';
import { tablePlan, type Column } from './rows-layout';
import type { SheetPlan } from './types';

/** The penalty results sheet's name; the add-in owns it once written, as it owns 排名结果. */
export const PENALTY_SHEET = '部门考核扣款';

const TITLE = '部门考核扣款 · Department penalties（由绩效加载项生成，重新运行将整体替换 / written by the 绩效 add-in; a rerun replaces it）';

/** Yuan with thousands separators and fen. */
const money = (): string => '#,##0.00';
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const amount = (code: PenaltyCode): Column<DepartmentPenalty> => ({
  header: `${PENALTY_LABELS[code].zh} ${capital(PENALTY_LABELS[code].en)}`,
  value: (p) => p.amounts[code],
  format: money,
  width: 16,
});

/** The engine's steps that cost something, each as "label: rule"; a month without a fine says so. */
function charged(p: DepartmentPenalty, lang: keyof Text): string {
  const steps = p.steps.filter((s) => s.points !== 0);
  if (steps.length === 0) return lang === 'zh' ? '无扣款' : 'no penalty';
  return steps.map((s) => `${s.label[lang]}${lang === 'zh' ? '：' : ': '}${s.rule[lang]}`).join(lang === 'zh' ? '；' : '; ');
}

const PENALTIES: readonly Column<DepartmentPenalty>[] = [
  { header: '部门 Department', value: (p) => p.department, text: true, width: 16 },
  // "2026-03" stays text: Excel and WPS would make a date of it.
  { header: '考核月份 Month', value: (p) => p.period, text: true, width: 12 },
  ...PENALTY_CODES.map(amount),
  { header: '合计 Total', value: (p) => p.total, format: money, width: 16 },
  { header: '说明', value: (p) => charged(p, 'zh'), text: true, width: 48 },
  { header: 'Explanation', value: (p) => charged(p, 'en'), text: true, width: 48 },
];

/** The 部门考核扣款 sheet: stamp, one row per department and month in the sheet's order, warnings and notes; no chart. */
export const penaltySheetPlan = (ranking: PenaltyRanking, warnings: readonly Issue[], stamp: RunStamp): SheetPlan =>
  tablePlan(PENALTIES, ranking.results, warnings, stamp, false, { name: PENALTY_SHEET, title: TITLE });
