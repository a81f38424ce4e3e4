import { readNumber } from '../core/coerce';
import type { Step } from '../core/explain';
import { hasErrors, makeIssue } from '../core/issue';
import type { ParsedRow, ParsedTable } from '../core/table';
import type { Text } from '../core/text';
import { claimSteps, claimTotal, readClaim, type AdjustmentClaim, type AdjustmentKind } from './adjustments';
import { PART_LABELS } from './composite';
import {
  annualOfMonths, checkMonthStyles, eachRow, firstPlace, mustBeBlank, needNumber, placeOf, rowMonth, rowUnit, sortedMonths, type DetailContext, type PartValue, type UnitInfo,
} from './detail-context';
import { hasEvidence } from './raw';
import type { CountyScheme } from './scheme';

/** A leader score within 0..share, or an issue naming its cell. */
function inShare(table: ParsedTable, row: ParsedRow, key: string, v: number, ctx: DetailContext, info: UnitInfo): boolean {
  const gs = ctx.scheme.groups[info.group];
  if (v >= 0 && v <= gs.shares.leader) return true;
  const p = placeOf(table, row, key, info.unit);
  ctx.issues.push(makeIssue('county.part-range', { at: p.at, part: PART_LABELS.leader.zh, partEn: PART_LABELS.leader.en, value: v, share: gs.shares.leader, group: gs.label.zh, groupEn: gs.label.en }, p));
  return false;
}

/** 领导评估: mid-year × 50% + year-end × 50% (篇4 五(一)(二)); monthly groups: one score per month, mean (Decision). */
export function readLeaderSheet(table: ParsedTable, ctx: DetailContext): Map<string, PartValue> {
  const out = new Map<string, PartValue>();
  const months = new Map<string, Map<string, number>>();
  const seen = new Map<string, string>();
  const { mid: wm, end: we } = ctx.scheme.periods;
  eachRow(table, ctx, (row, info) => {
    const monthly = ctx.scheme.groups[info.group].evaluation === 'monthly';
    if (!mustBeBlank(table, row, monthly ? ['mid', 'end'] : ['month', 'score'], ctx, info)) return;
    if (monthly) {
      const month = rowMonth(table, row, ctx, info.unit);
      const score = needNumber(table, row, 'score', { zh: '得分', en: 'the score' }, ctx, info);
      if (!month || score === undefined || !inShare(table, row, 'score', score, ctx, info)) return;
      if (!firstPlace(seen, `${info.unit}\u0000${month.key}`, `${info.unit} ${month.key}`, placeOf(table, row, 'unit', info.unit), ctx)) return;
      const byMonth = months.get(info.unit) ?? new Map<string, number>();
      months.set(info.unit, byMonth.set(month.key, score));
      return;
    }
    const mid = needNumber(table, row, 'mid', { zh: '中期', en: 'the mid-year score' }, ctx, info);
    const end = needNumber(table, row, 'end', { zh: '年终', en: 'the year-end score' }, ctx, info);
    if (mid === undefined || end === undefined) return;
    if (!inShare(table, row, 'mid', mid, ctx, info) || !inShare(table, row, 'end', end, ctx, info)) return;
    if (!firstPlace(seen, info.unit, info.unit, placeOf(table, row, 'unit', info.unit), ctx)) return;
    const value = mid * wm + end * we;
    const rule: Text = { zh: `中期 ${mid} × ${wm} + 年终 ${end} × ${we}`, en: `mid-year ${mid} × ${wm} + year-end ${end} × ${we}` };
    out.set(info.unit, { value, steps: [{ item: 'leader', label: PART_LABELS.leader, input: `${mid} / ${end}`, rule, points: value }] });
  });
  for (const [unit, byMonth] of months) {
    checkMonthStyles(unit, byMonth.keys(), table.sheet, ctx);
    const value = annualOfMonths(byMonth, ctx.scheme);
    const list = [...byMonth].map(([k, v]) => `${k}:${v}`).join(', ');
    const rule: Text = { zh: `${byMonth.size} 个月（${list}）按${ctx.scheme.monthlyAnnual === 'mean' ? '平均' : '最近一月'}`, en: `${byMonth.size} months (${list}), ${ctx.scheme.monthlyAnnual}` };
    out.set(unit, { value, steps: [{ item: 'leader', label: PART_LABELS.leader, rule, points: value }], months: sortedMonths(byMonth.keys()) });
  }
  return out;
}

/** A quarter's points: the band table (档次→分值) when the scheme has one, else rate × factor (Decision). */
export function quarterPoints(rate: number, scheme: CountyScheme): number | undefined {
  const bands = scheme.publicBands;
  if (!bands) return rate * scheme.publicRateFactor;
  const band = bands.find((b) => rate >= b.min && (rate < b.max || (b.max === 1 && rate === 1)));
  return band?.points;
}

/** 公众评估: each quarter's satisfaction rate → points, 25% each (篇4 五(二)2). */
export function readPublicSheet(table: ParsedTable, ctx: DetailContext): Map<string, PartValue> {
  const out = new Map<string, PartValue>();
  const w = ctx.scheme.quarterWeights;
  eachRow(table, ctx, (row, info) => {
    const gs = ctx.scheme.groups[info.group];
    const rates = [1, 2, 3, 4].map((q) => row.values[`q${q}`] as number);
    if (gs.shares.public === null) {
      const p = placeOf(table, row, 'unit', info.unit);
      ctx.issues.push(makeIssue('county.part-not-applicable', { at: p.at, group: gs.label.zh, groupEn: gs.label.en, part: PART_LABELS.public.zh, partEn: PART_LABELS.public.en, value: rates.join(' / ') }, p));
      return;
    }
    const steps: Step[] = [];
    let value = 0;
    rates.forEach((rate, i) => {
      const pts = quarterPoints(rate, ctx.scheme);
      if (pts === undefined) {
        const p = placeOf(table, row, `q${i + 1}`, info.unit);
        ctx.issues.push(makeIssue('county.scheme-bands-gap', { detail: `${p.at} 满意度 ${rate} 不在任何档次内`, detailEn: `${p.at}: rate ${rate} falls in no band` }, p));
        return;
      }
      value += pts * w[i]!;
      const how = ctx.scheme.publicBands ? { zh: '按档次表', en: 'by band table' } : { zh: `满意度 × ${ctx.scheme.publicRateFactor}`, en: `rate × ${ctx.scheme.publicRateFactor}` };
      steps.push({ item: `public.q${i + 1}`, label: { zh: `第${i + 1}季度公众评估`, en: `public Q${i + 1}` }, input: rate, rule: { zh: `${how.zh}得 ${pts}，权重 ${w[i]}`, en: `${how.en} = ${pts}, weight ${w[i]}` }, points: pts * w[i]! });
    });
    out.set(info.unit, { value, steps });
  });
  return out;
}

/** 加减分: claimed items per unit (raw sums; the cap is applied when scoring). A bonus without evidence is not counted. */
export function readAdjustmentSheet(table: ParsedTable, ctx: DetailContext): Map<string, { bonus: PartValue; deduction: PartValue }> {
  const claims = new Map<string, Record<AdjustmentKind, AdjustmentClaim[]>>();
  for (const row of table.rows) {
    const info = rowUnit(table, row, ctx);
    if (!info) continue;
    const gs = ctx.scheme.groups[info.group];
    const kind = row.values.kind as AdjustmentKind;
    const p = placeOf(table, row, 'item', info.unit);
    const names = { group: gs.label.zh, groupEn: gs.label.en, part: PART_LABELS[kind].zh, partEn: PART_LABELS[kind].en };
    if (!gs.adjustments) {
      ctx.issues.push(makeIssue('county.adjustments-not-applicable', { ...names, at: p.at, value: String(row.values.item) }, p));
      ctx.broken.add(info.unit);
      continue;
    }
    if (readNumber(row.values.item as string).ok) {
      // A number in 项目 would bypass the item tables: points belong in 分值, next to the item they score.
      ctx.issues.push(makeIssue('county.detail-item-number', { at: p.at, value: String(row.values.item), kind: names.part, kindEn: names.partEn }, p));
      ctx.broken.add(info.unit);
      continue;
    }
    const given = { points: (row.values.points as number | null) ?? undefined, count: (row.values.count as number | null) ?? undefined };
    const r = readClaim(row.values.item as string, kind, ctx.scheme, p, given);
    ctx.issues.push(...r.issues);
    if (hasErrors(r.issues)) ctx.broken.add(info.unit);
    if (!r.claim) continue;
    if (kind === 'bonus' && !hasEvidence(row.values.evidence)) {
      // 篇4 五(四)1: 加分项目以正式文件、证书等为依据 — no evidence, no points.
      const e = placeOf(table, row, 'evidence', info.unit);
      const item = r.claim.item?.label ?? { zh: String(row.values.item), en: String(row.values.item) };
      ctx.issues.push(makeIssue('county.bonus-no-evidence', { at: e.at, item: item.zh, itemEn: item.en }, e));
      continue;
    }
    const per = claims.get(info.unit) ?? { bonus: [], deduction: [] };
    claims.set(info.unit, per);
    per[kind].push(r.claim);
  }
  const out = new Map<string, { bonus: PartValue; deduction: PartValue }>();
  for (const [unit, per] of claims) {
    out.set(unit, {
      bonus: { value: claimTotal(per.bonus), steps: claimSteps(per.bonus, 'bonus') },
      deduction: { value: claimTotal(per.deduction), steps: claimSteps(per.deduction, 'deduction') },
    });
  }
  return out;
}
