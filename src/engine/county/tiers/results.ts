import type { Text } from '../../core/text';
import type { Source } from '../../core/cell';
import { COUNTY_GROUPS, type CountyResult, type Tier } from '../types';
import { Mark } from '../../ranking';
import { explainer, type Explain } from './explain';
import type { RankingSettings } from './settings';
import type { RankableUnit } from './unit';
import { DESIGNATED, VETOED, type Work } from './work';

// Read once: a module namespace lookup per unit showed in the bench profile.
const { within, tiedIn, brokeIn } = Mark;

/** One group's counts, gathered while its results are built. */
export interface GroupCounts {
  readonly size: number;
  readonly eligible: number;
  readonly report: number;
  readonly tiers: Readonly<Record<Tier, number>>;
}

const TIERS: readonly Tier[] = ['先进', '合格', '不合格'];
const ADVANCED = 0;
const QUALIFIED = 1;
const UNQUALIFIED = 2;

/**
 * One CountyResult per unit, in the input order, with its tier (Tiers 2, 5: 先进 when admitted; 不合格
 * below the line or designated; 合格 otherwise) and one-line explanation; and each group's counts.
 * Tiers and explanations are found walking each group in rank order (units with the same score and reason
 * share one line); the result objects are then made in input order, reading memory in sequence.
 * One loop per function: each is optimised on its own instead of the whole deoptimising at the next loop.
 */
export function buildResults(
  scored: readonly RankableUnit[],
  settings: RankingSettings,
  limits: readonly number[],
  w: Work,
): { results: CountyResult[]; counts: GroupCounts[] } {
  const n = scored.length;
  const tierCode = new Uint8Array(n);
  const lineOf = new Int32Array(n);
  const lines: Text[] = [];
  const counts = COUNTY_GROUPS.map((g, k) => {
    const facts = {
      precision: settings.precision, floor: settings.groups[g].advanced.floor, limit: limits[k]!,
      unqualifiedBelow: settings.unqualifiedBelow, tieBreakers: settings.tieBreakers, report: settings.report,
    };
    return tierGroupUnits(scored, w, w.from[k]!, w.from[k + 1]!, settings.unqualifiedBelow, explainer(facts, lines), tierCode, lineOf);
  });
  return { results: makeResults(scored, w, tierCode, lineOf, lines), counts };
}

/** Tier 5: 先进 when admitted; 不合格 below the line or designated; 合格 otherwise. */
function tierCodeOf(mark: number, flags: number, rounded: number, below: number): number {
  if (mark === within || mark === tiedIn || mark === brokeIn) return ADVANCED;
  return (flags & DESIGNATED) !== 0 || rounded < below ? UNQUALIFIED : QUALIFIED;
}

/** Each unit's tier alone, in the input order. */
export function tiersOf(w: Work, below: number): Tier[] {
  const { mark, flags, rounded } = w;
  const tiers = new Array<Tier>(rounded.length);
  for (let i = 0; i < tiers.length; i++) tiers[i] = TIERS[tierCodeOf(mark[i]!, flags[i]!, rounded[i]!, below)]!;
  return tiers;
}

/** Tier code and explanation of sorted[from..end) (one group), and the group's counts. */
function tierGroupUnits(
  scored: readonly RankableUnit[],
  w: Work,
  from: number,
  end: number,
  below: number,
  explain: Explain,
  tierCode: Uint8Array,
  lineOf: Int32Array,
): GroupCounts {
  const { sorted, flags, mark, rounded, rank, eligible, report } = w;
  let advanced = 0;
  let unqualified = 0;
  let eligibleCount = 0;
  let reportCount = 0;
  for (let k = from; k < end; k++) {
    const i = sorted[k]!;
    const f = flags[i]!;
    const m = mark[i]!;
    const r = rounded[i]!;
    const t = tierCodeOf(m, f, r, below);
    if (t === ADVANCED) advanced++;
    else if (t === UNQUALIFIED) unqualified++;
    tierCode[i] = t;
    eligibleCount += eligible[i]!;
    reportCount += report[i]!;
    // Flagged units are few: only they are read here, for their reasons.
    const veto = (f & VETOED) !== 0 ? scored[i]!.veto!.trim() : undefined;
    const reason = (f & DESIGNATED) !== 0 ? scored[i]!.unqualified!.trim() : undefined;
    lineOf[i] = explain(r, rank[i]!, TIERS[t]!, m, veto, reason, report[i] === 1);
  }
  const size = end - from;
  return { size, eligible: eligibleCount, report: reportCount, tiers: { 先进: advanced, 合格: size - advanced - unqualified, 不合格: unqualified } };
}

/** The result objects, in input order. */
function makeResults(scored: readonly RankableUnit[], w: Work, tierCode: Uint8Array, lineOf: Int32Array, lines: readonly Text[]): CountyResult[] {
  const { flags, rounded, rank, eligible, report } = w;
  const n = scored.length;
  const results: CountyResult[] = new Array<CountyResult>(n);
  for (let i = 0; i < n; i++) {
    const u = scored[i]!;
    const f = flags[i]!;
    const out: { -readonly [K in keyof CountyResult]: CountyResult[K] } = {
      unit: u.unit,
      group: u.group,
      composite: u.composite.value,
      rounded: rounded[i]!,
      rank: rank[i]!,
      tier: TIERS[tierCode[i]!]!,
      report: report[i] === 1,
      eligible: eligible[i] === 1,
      vetoed: (f & VETOED) !== 0,
      designated: (f & DESIGNATED) !== 0,
      explanation: lines[lineOf[i]!]!,
      steps: u.composite.steps,
    };
    // Only when present, as before (no `source: undefined` key); set in place rather than spread.
    const source: Source | undefined = u.source;
    if (source !== undefined) out.source = source;
    results[i] = out;
  }
  return results;
}
