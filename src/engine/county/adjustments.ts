import type { CellValue } from '../core/cell';
import { readNumber, readText } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { hasErrors, makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import { findItem, splitItemText } from './items';
import { hasEvidence, isPercentText } from './raw';
import type { CountyItem, CountyScheme } from './scheme';
import { countyPreset } from './preset';

export type AdjustmentKind = 'bonus' | 'deduction';

const KIND = {
  bonus: { zh: '加分', en: 'bonus', sign: '+' },
  deduction: { zh: '减分', en: 'deduction', sign: '−' },
} as const;

/** One claimed adjustment after reading: the item (none for plain points), points per case (positive) and count. */
export interface AdjustmentClaim {
  readonly item?: CountyItem | undefined;
  readonly points: number;
  readonly count: number;
  readonly input: string | number;
}

/** Where a claim came from, for issue texts ("items[2]", "加减分!C5"). */
export interface ClaimPlace extends IssueLocation {
  readonly at: string;
}

/**
 * Read one claim: a code or Chinese label (with ":points" for items scored as decided, "×n" per case),
 * or plain points. `points`/`count` from separate cells (detailed layout) override the text forms.
 */
export function readClaim(
  v: CellValue,
  kind: AdjustmentKind,
  scheme: CountyScheme,
  place: ClaimPlace,
  given: { points?: number | undefined; count?: number | undefined } = {},
): { claim?: AdjustmentClaim; issues: Issue[] } {
  const issues: Issue[] = [];
  const names = { kind: KIND[kind].zh, kindEn: KIND[kind].en };
  const n = readNumber(v);
  const part = { part: KIND[kind].zh, partEn: KIND[kind].en, at: place.at };
  if (n.ok && isPercentText(v)) return { issues: [makeIssue('county.part-percent', { ...part, value: String(v) }, place)] };
  if (!n.ok && (n.kind === 'excel-error' || typeof v === 'number')) return { issues: [makeIssue('county.part-not-number', { ...part, value: n.text }, place)] };
  if (n.ok) {
    let points = n.value;
    if (points < 0 && kind === 'bonus') return { issues: [makeIssue('county.bonus-negative', { at: place.at, value: points }, place)] };
    if (points < 0) {
      points = -points;
      issues.push(makeIssue('county.deduction-sign', { at: place.at, value: n.value, points }, place));
    }
    return { claim: { points, count: given.count ?? 1, input: n.value }, issues };
  }
  const raw = readText(v);
  if (raw === null) return { issues };
  const parts = splitItemText(raw);
  const item = findItem(kind === 'bonus' ? scheme.bonusItems : scheme.deductionItems, parts.name);
  if (!item) return { issues: [makeIssue('county.unknown-item', { at: place.at, value: raw, ...names }, place)] };
  const itemNames = { item: item.label.zh, itemEn: item.label.en };
  const count = given.count ?? parts.count ?? 1;
  if (count < 1) issues.push(makeIssue('county.item-count-positive', { at: place.at, value: count, ...itemNames }, place));
  else if (!item.perCase && count !== 1) issues.push(makeIssue('county.item-count', { at: place.at, value: count, ...itemNames }, place));
  const statedRaw = given.points ?? parts.points;
  // A deduction's points may carry their sign (−0.5 = 0.5 deducted); a bonus never subtracts.
  if (statedRaw !== undefined && statedRaw < 0 && kind === 'bonus') issues.push(makeIssue('county.bonus-negative', { at: place.at, value: statedRaw }, place));
  const stated = statedRaw === undefined ? undefined : Math.abs(statedRaw);
  if (hasErrors(issues)) return { issues };
  if (item.points === null) {
    if (stated === undefined) {
      issues.push(makeIssue('county.item-points-needed', { at: place.at, example: `${item.code}:1`, ...itemNames }, place));
      return { issues };
    }
    return { claim: { item, points: stated, count, input: raw }, issues };
  }
  if (stated !== undefined && stated !== item.points) {
    issues.push(makeIssue('county.item-points-fixed', { at: place.at, points: item.points, value: stated, ...itemNames }, place));
  }
  return hasErrors(issues) ? { issues } : { claim: { item, points: item.points, count, input: raw }, issues };
}

/** Σ claims, capped (篇4 五(四): 累计加分不超过4分 / 累计扣分不超过4分); every claim and the cap is a step. */
export function sumClaims(claims: readonly AdjustmentClaim[], kind: AdjustmentKind, scheme: CountyScheme): Explained {
  const steps = claimSteps(claims, kind);
  const total = claimTotal(claims);
  steps.push(capStep(total, kind, scheme));
  const value = Math.min(total, cap(kind, scheme));
  return { value, rounded: roundHalfUp(value, scheme.precision), steps };
}

/** Σ points × count, without binary noise. */
export const claimTotal = (claims: readonly AdjustmentClaim[]): number => roundHalfUp(claims.reduce((a, c) => a + c.points * c.count, 0), 9);

/** One step per claim: the item, its points and count. */
export function claimSteps(claims: readonly AdjustmentClaim[], kind: AdjustmentKind): Step[] {
  const k = KIND[kind];
  return claims.map((c) => {
    const pts = c.points * c.count;
    const label = c.item ? c.item.label : { zh: `${k.zh}分值`, en: `${k.en} points` };
    const times = c.count === 1 ? '' : ` × ${c.count}`;
    return {
      item: `${kind}.${c.item?.code ?? 'points'}`,
      label,
      input: c.input,
      rule: { zh: `${label.zh}：${k.sign}${c.points} 分${times}`, en: `${label.en}: ${k.sign}${c.points} points${times}` },
      points: pts,
    };
  });
}

const cap = (kind: AdjustmentKind, scheme: CountyScheme): number => (kind === 'bonus' ? scheme.bonusCap : scheme.deductionCap);

/** The cap step: claimed total → counted total, saying the cap whether or not it bit. */
export function capStep(total: number, kind: AdjustmentKind, scheme: CountyScheme): Step {
  const k = KIND[kind];
  const c = cap(kind, scheme);
  const counted = Math.min(total, c);
  const capped = total > c;
  return {
    item: `${kind}.cap`,
    label: { zh: `累计${k.zh}`, en: `total ${k.en}` },
    input: total,
    rule: {
      zh: `累计${k.zh}不超过 ${c} 分：合计 ${total}${capped ? `，按 ${c} 计` : ''}`,
      en: `total ${k.en} capped at ${c}: claimed ${total}${capped ? `, counted ${c}` : ''}`,
    },
    points: counted,
    cap: c,
    capped,
  };
}

function adjustmentPoints(items: readonly CellValue[], kind: AdjustmentKind, scheme: CountyScheme, evidence?: readonly CellValue[]): Result<Explained> {
  const issues: Issue[] = [];
  const claims: AdjustmentClaim[] = [];
  items.forEach((v, i) => {
    const place = { at: `items[${i + 1}]`, field: `items[${i + 1}]` };
    const r = readClaim(v, kind, scheme, place);
    issues.push(...r.issues);
    if (!r.claim) return;
    // 篇4 五(四)1: 加分项目以正式文件、证书等为依据 — when the evidence column is given, each bonus needs its entry.
    if (evidence !== undefined && !hasEvidence(readText(evidence[i] ?? null))) {
      const label = r.claim.item?.label ?? { zh: String(r.claim.input), en: String(r.claim.input) };
      issues.push(makeIssue('county.bonus-no-evidence', { at: `evidence[${i + 1}]`, item: label.zh, itemEn: label.en }, { field: `evidence[${i + 1}]` }));
      return;
    }
    claims.push(r.claim);
  });
  if (hasErrors(issues)) return fail(issues);
  return ok(sumClaims(claims, kind, scheme), issues);
}

/**
 * Bonus points from codes, Chinese labels or plain numbers, capped at scheme.bonusCap (+4). Blank items are skipped.
 * With `evidence` (document or certificate numbers, one per item), an item without one is an error and not counted.
 */
export const bonusPoints = (items: readonly CellValue[], scheme: CountyScheme = countyPreset, evidence?: readonly CellValue[]): Result<Explained> =>
  adjustmentPoints(items, 'bonus', scheme, evidence);

/** Deduction points (a positive magnitude; −3 and 3 both deduct 3), capped at scheme.deductionCap (4). */
export const deductionPoints = (items: readonly CellValue[], scheme: CountyScheme = countyPreset): Result<Explained> =>
  adjustmentPoints(items, 'deduction', scheme);
