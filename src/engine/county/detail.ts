/**
 * The detailed county workbook (篇4 五): the office's raw evaluations, from which the engine computes each
 * unit's parts. Sheets are found by their Chinese or English name; headers by either language.
 *
 *  单位 / units          单位 unit · 类别 group · 否决 veto (reason; blank = none) · 认定不合格 unqualified (reason)
 *  指标 / indicators     单位 · 一级指标 · 二级指标 · 三级指标 · 分值 points · 标准值 target · 方向 direction (≥/≤, blank ≥)
 *                        township/department rows: 中期完成值 mid actual · 年终完成值 year-end actual (one row per leaf)
 *                        ancient-city rows: 月份 month · 完成值 actual (one row per leaf and month)
 *  领导评估 / leader     单位 · 中期 mid · 年终 year-end — or, for ancient-city, 月份 month · 得分 score per month
 *  公众评估 / public     单位 · 第一季度 … 第四季度 (satisfaction rate 0.92 or 92%); department units only
 *  加减分 / adjustments  单位 · 类型 加分/减分 · 项目 code or Chinese label · 分值 (needed for 县委、县政府研究决定)
 *                        · 次数 count (per-case deductions; blank = 1) · 文号/证书编号 evidence (a bonus needs it)
 *
 * indicator = Σ leaves (mid × 50% + year-end × 50%); ancient-city: mean over months of Σ leaves (Decision).
 * public = Σ quarter points × 25%, a quarter's points from the band table or rate × 30 (Decision).
 * Bonus and deduction are raw claimed sums here; the caps are applied when scoring.
 */
import type { CellValue, Origin } from '../core/cell';
import type { Step } from '../core/explain';
import { makeIssue, type Issue } from '../core/issue';
import { NameMap, NameSet } from '../core/names';
import { normalizeHeader, type ParsedTable } from '../core/table';
import type { DetailContext, PartValue, UnitInfo } from './detail-context';
import { readIndicatorSheet } from './detail-indicators';
import { readAdjustmentSheet, readLeaderSheet, readPublicSheet } from './detail-parts';
import { countyDetailSheets, type DetailSheet, type DetailSheetKey } from './detail-specs';
import type { CountyScheme } from './scheme';
import { countyPreset } from './preset';
import { readChecked, reasonCell, type PointsColumn } from './raw';
import { rowGroup } from './summary';
import type { CountyUnitInput } from './types';

export interface DetailInputSheet {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly origin: Origin;
}

const sheetNames = (d: DetailSheet): string[] => [d.name.zh, d.name.en, d.key, ...d.aliases].map(normalizeHeader);

/** Columns holding points, where "85%" is an error rather than 0.85 (quarter rates may be percentages). */
const POINTS: Partial<Record<DetailSheetKey, readonly PointsColumn[]>> = {
  indicators: [{ key: 'points', label: { zh: '分值', en: 'points' } }],
  leader: [
    { key: 'mid', label: { zh: '中期领导评估', en: 'the mid-year leader score' } },
    { key: 'end', label: { zh: '年终领导评估', en: 'the year-end leader score' } },
    { key: 'score', label: { zh: '领导评估得分', en: 'the leader score' } },
  ],
  adjustments: [{ key: 'points', label: { zh: '加减分值', en: 'the adjustment points' } }],
};

interface Sheets {
  readonly tables: Partial<Record<DetailSheetKey, ParsedTable>>;
  readonly dropped: Partial<Record<DetailSheetKey, Set<string>>>;
}

/** Read each known sheet once; missing required ones become issues; rows lost to cell errors name their units. */
function readSheets(sheets: readonly DetailInputSheet[], issues: Issue[]): Sheets {
  const out: Sheets = { tables: {}, dropped: {} };
  for (const d of countyDetailSheets) {
    const names = sheetNames(d);
    const s = sheets.find((x) => names.includes(normalizeHeader(x.name)));
    if (!s) {
      // Only the units sheet is reported here; the others name the units they leave out (readCountyDetail).
      if (d.key === 'units') issues.push(makeIssue('county.detail-sheet-missing', { sheet: d.name.zh, sheetEn: d.name.en }, { sheet: d.name.zh }));
      continue;
    }
    const r = readChecked({ values: s.values, origin: { ...s.origin, sheet: s.origin.sheet ?? s.name } }, d.spec, POINTS[d.key] ?? []);
    issues.push(...r.issues);
    out.tables[d.key] = r.table;
    out.dropped[d.key] = r.dropped;
  }
  return out;
}

/** The usable units of the units sheet; the names it could not use go to `rejected`. */
function readUnits(table: ParsedTable, issues: Issue[], rejected: Set<string>): Map<string, UnitInfo> {
  const units = new NameMap<UnitInfo>();
  for (const row of table.rows) {
    const unit = String(row.values.unit);
    const group = rowGroup(row, table.sheet, issues);
    const veto = reasonCell(table, row, 'veto', '否决', issues);
    const unqualified = reasonCell(table, row, 'unqualified', '认定不合格', issues);
    if (group === undefined || veto === undefined || unqualified === undefined) rejected.add(unit);
    else units.set(unit, { unit, group, veto, unqualified, row: row.row, cells: row.cells });
  }
  // A name on a dropped row (a repeat included) is not usable either: which row would be right?
  for (const name of rejected) units.delete(name);
  return units;
}

/** Decision (RULES.md): a monthly group averages each part over its own months; say so when they differ. */
function monthsWarning(unit: string, ind: PartValue, lead: PartValue): Issue[] {
  const [a, b] = [ind.months, lead.months];
  if (!a || !b || a.join() === b.join()) return [];
  return [makeIssue('county.detail-months-differ', { unit, indicator: a.join('、'), leader: b.join('、') }, { units: [unit] })];
}

/** Compute every unit's parts from the detailed workbook; a unit with an unusable row is left out (issues say why). */
export function readCountyDetail(sheets: readonly DetailInputSheet[], scheme: CountyScheme = countyPreset): { units: CountyUnitInput[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const { tables: t, dropped } = readSheets(sheets, issues);
  if (!t.units) return { units: [], issues };
  const rejected = new NameSet(dropped.units);
  const ctx: DetailContext = { scheme, units: readUnits(t.units, issues, rejected), issues, broken: new NameSet(), rejected, dropped };
  for (const names of Object.values(dropped)) for (const n of names) ctx.broken.add(n);
  const none = new Map<string, PartValue>();
  const indicator = t.indicators ? readIndicatorSheet(t.indicators, ctx) : none;
  const leader = t.leader ? readLeaderSheet(t.leader, ctx) : none;
  // A missing sheet names the units it leaves out, like every unit left out; public is needed only by groups that have it.
  for (const d of countyDetailSheets) {
    if (t[d.key] || d.key === 'units' || d.key === 'adjustments') continue;
    const need = [...ctx.units.values()].filter((u) => d.required || scheme.groups[u.group].shares.public !== null).map((u) => u.unit);
    if (need.length > 0 || d.required) issues.push(makeIssue('county.detail-sheet-missing', { sheet: d.name.zh, sheetEn: d.name.en }, { sheet: d.name.zh, units: need }));
  }
  const pub = t.public ? readPublicSheet(t.public, ctx) : none;
  const adj = t.adjustments ? readAdjustmentSheet(t.adjustments, ctx) : new Map<string, { bonus: PartValue; deduction: PartValue }>();
  const units: CountyUnitInput[] = [];
  for (const info of ctx.units.values()) {
    const gs = scheme.groups[info.group];
    const need = (part: PartValue | undefined, sheet: { zh: string; en: string }, key: DetailSheetKey): PartValue | undefined => {
      if (!part && t[key] !== undefined && !dropped[key]?.has(info.unit)) issues.push(makeIssue('county.detail-no-rows', { unit: info.unit, sheet: sheet.zh, sheetEn: sheet.en }, { sheet: sheet.zh, units: [info.unit] }));
      return part;
    };
    const ind = need(indicator.get(info.unit), { zh: '指标', en: 'indicators' }, 'indicators');
    const lead = need(leader.get(info.unit), { zh: '领导评估', en: 'leader' }, 'leader');
    const p = gs.shares.public === null ? undefined : need(pub.get(info.unit), { zh: '公众评估', en: 'public' }, 'public');
    if (!ind || !lead || (gs.shares.public !== null && !p) || ctx.broken.has(info.unit)) continue;
    issues.push(...monthsWarning(info.unit, ind, lead));
    const a = adj.get(info.unit);
    const detail: Step[] = [...ind.steps, ...(p?.steps ?? []), ...lead.steps, ...(a?.bonus.steps ?? []), ...(a?.deduction.steps ?? [])];
    units.push({
      unit: info.unit,
      group: info.group,
      indicator: ind.value,
      leader: lead.value,
      public: p ? p.value : null,
      bonus: a?.bonus.value ?? 0,
      deduction: a?.deduction.value ?? 0,
      veto: info.veto,
      unqualified: info.unqualified,
      source: { sheet: t.units.sheet, row: info.row, cells: info.cells },
      detail,
    });
  }
  return { units, issues };
}
