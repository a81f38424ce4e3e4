import type { Step } from '../core/explain';
import { makeIssue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import type { ParsedRow, ParsedTable } from '../core/table';
import {
  annualOfMonths, checkMonthStyles, eachRow, firstPlace, mustBeBlank, needNumber, placeOf, rowMonth, sortedMonths, type DetailContext, type PartValue, type UnitInfo,
} from './detail-context';
import { checkAgainstTree } from './detail-tree';
import { checkActual, checkLeaf, indicatorRule, parseDirection, type Direction } from './indicator';

interface Leaf {
  readonly name: string;
  readonly points: number;
  readonly target: number;
  readonly dir: Direction;
  /** Its target or points are unusable (already reported): no actual can earn points. */
  readonly bad: boolean;
}

/** Per unit (halves) or per unit and month (monthly): leaves' full points and earned points. */
interface Acc {
  full: number;
  earned: number;
  steps: Step[];
}

const leafName = (row: ParsedRow): string =>
  [row.values.level1, row.values.level2, row.values.level3].filter((v) => typeof v === 'string').join(' / ');

/** Earned points of one actual, or undefined after an issue naming its cell. */
function earned(table: ParsedTable, row: ParsedRow, key: string, actual: number, leaf: Leaf, ctx: DetailContext, unit: string) {
  const issues = checkActual(actual, () => placeOf(table, row, key, unit));
  ctx.issues.push(...issues);
  return issues.length > 0 || leaf.bad ? undefined : indicatorRule(actual, leaf.target, leaf.points, leaf.dir);
}

/** One row: its leaf and the points it earned, added to the unit's (or the unit-month's) accumulator. */
function readRow(table: ParsedTable, row: ParsedRow, info: UnitInfo, ctx: DetailContext, accs: Map<string, Map<string, Acc>>, seen: Map<string, string>): void {
  const { scheme } = ctx;
  const monthly = scheme.groups[info.group].evaluation === 'monthly';
  const name = leafName(row);
  const fromTree = checkAgainstTree(table, row, name, info, ctx);
  if (fromTree === false) return;
  const dir = row.values.direction == null && fromTree ? fromTree : parseDirection(row.values.direction as string | null);
  if (dir === undefined) {
    const p = placeOf(table, row, 'direction', info.unit);
    ctx.issues.push(makeIssue('county.bad-direction', { at: p.at, value: String(row.values.direction) }, p));
    return;
  }
  const nums = { points: row.values.points as number, target: row.values.target as number };
  const leafIssues = checkLeaf(nums, dir, (part) => placeOf(table, row, part, info.unit));
  ctx.issues.push(...leafIssues);
  const leaf: Leaf = { name, ...nums, dir, bad: leafIssues.length > 0 };
  if (!mustBeBlank(table, row, monthly ? ['mid', 'end'] : ['month', 'actual'], ctx, info)) return;
  const byMonth = accs.get(info.unit) ?? new Map<string, Acc>();
  accs.set(info.unit, byMonth);
  if (monthly) {
    const month = rowMonth(table, row, ctx, info.unit);
    if (!month) return;
    if (!firstPlace(seen, `${info.unit}\u0000${leaf.name}\u0000${month.key}`, `${leaf.name} ${month.key}`, placeOf(table, row, 'level1', info.unit), ctx)) return;
    // Full points count even when the actual is unusable, so the leaves-sum check does not echo a cell error.
    const acc = byMonth.get(month.key) ?? { full: 0, earned: 0, steps: [] };
    byMonth.set(month.key, acc);
    acc.full += leaf.points;
    const actual = needNumber(table, row, 'actual', { zh: '完成值', en: 'the actual' }, ctx, info);
    const r = actual === undefined ? undefined : earned(table, row, 'actual', actual, leaf, ctx, info.unit);
    if (!r || actual === undefined) return;
    acc.earned += r.points;
    acc.steps.push({ item: `indicator.${month.key}.${leaf.name}`, label: { zh: `${month.key}月 ${leaf.name}`, en: `${month.key} ${leaf.name}` }, input: actual, rule: r.rule, points: r.points });
    return;
  }
  if (!firstPlace(seen, `${info.unit}\u0000${leaf.name}`, leaf.name, placeOf(table, row, 'level1', info.unit), ctx)) return;
  const acc = byMonth.get('') ?? { full: 0, earned: 0, steps: [] };
  byMonth.set('', acc);
  acc.full += leaf.points;
  const mid = needNumber(table, row, 'mid', { zh: '中期完成值', en: 'the mid-year actual' }, ctx, info);
  const end = needNumber(table, row, 'end', { zh: '年终完成值', en: 'the year-end actual' }, ctx, info);
  const rm = mid === undefined ? undefined : earned(table, row, 'mid', mid, leaf, ctx, info.unit);
  const re = end === undefined ? undefined : earned(table, row, 'end', end, leaf, ctx, info.unit);
  if (!rm || !re || mid === undefined || end === undefined) return;
  const { mid: wm, end: we } = scheme.periods;
  // 篇4 五(一)(二): 中期评估(7月)和年终评估(次年1月)，权重均为50%.
  const pts = rm.points * wm + re.points * we;
  acc.earned += pts;
  acc.steps.push({
    item: `indicator.${leaf.name}`,
    label: { zh: leaf.name, en: leaf.name },
    input: `${mid} / ${end}`,
    rule: { zh: `中期 ${rm.rule.zh} × ${wm}；年终 ${re.rule.zh} × ${we}`, en: `mid-year ${rm.rule.en} × ${wm}; year-end ${re.rule.en} × ${we}` },
    points: pts,
  });
}

/**
 * The indicator part of every unit on the 指标 sheet: Σ leaves (mid × 50% + year-end × 50%), or for a monthly
 * group the mean over months of Σ leaves. Leaves' full points must equal the group's indicator share.
 */
export function readIndicatorSheet(table: ParsedTable, ctx: DetailContext): Map<string, PartValue> {
  const accs = new Map<string, Map<string, Acc>>();
  const seen = new Map<string, string>();
  eachRow(table, ctx, (row, info) => readRow(table, row, info, ctx, accs, seen));
  const out = new Map<string, PartValue>();
  for (const [unit, byMonth] of accs) {
    const info = ctx.units.get(unit)!;
    const gs = ctx.scheme.groups[info.group];
    const monthly = gs.evaluation === 'monthly';
    const steps: Step[] = [];
    const totals = new Map<string, number>();
    for (const [key, acc] of byMonth) {
      const full = roundHalfUp(acc.full, 6);
      // A row the table reader dropped already has its error; its missing points would only echo it.
      if (full !== gs.shares.indicator && !ctx.dropped.indicators?.has(unit)) {
        const period = monthly ? { period: `${key}月`, periodEn: ` in ${key}` } : { period: '', periodEn: '' };
        ctx.issues.push(makeIssue('county.detail-leaves-sum', { unit, sum: full, share: gs.shares.indicator, ...period }, { sheet: table.sheet, units: [unit], field: '分值' }));
        ctx.broken.add(unit);
      }
      steps.push(...acc.steps);
      totals.set(key, acc.earned);
    }
    if (!monthly) {
      out.set(unit, { value: totals.get('') ?? 0, steps });
      continue;
    }
    checkMonthStyles(unit, totals.keys(), table.sheet, ctx);
    const value = annualOfMonths(totals, ctx.scheme);
    const how = ctx.scheme.monthlyAnnual === 'mean' ? { zh: `${totals.size} 个月的平均值`, en: `mean of ${totals.size} months` } : { zh: '最近一个月', en: 'latest month' };
    steps.push({ item: 'indicator.annual', label: { zh: '指标评估（全年）', en: 'indicator (year)' }, rule: how, points: value });
    out.set(unit, { value, steps, months: sortedMonths(totals.keys()) });
  }
  return out;
}
