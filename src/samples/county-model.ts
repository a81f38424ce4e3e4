/**
 * Builds the county sample's data from the design: per unit, each indicator's target and its actuals per
 * period, leader scores per period, quarterly public satisfaction, bonus and deduction claims with evidence.
 * Deterministic (seeded). Most targets are met; the shortfall a unit's design calls for sits on one or two
 * indicators, the way real results look.
 */
import { COUNTY_GROUPS, type CountyGroup } from '../engine';
import { SAMPLE_DESIGN, type SampleClaim, type UnitDesign } from './county-design';
import { SAMPLE_INDICATORS, type SampleIndicator } from './county-indicators';
import { COUNTY_UNITS } from './county-units';
import { seeded, typed } from './random';

/** mid = 中期 (July), end = 年终 (January next year); 1–12 = the months of a monthly group. */
export type PeriodKey = 'mid' | 'end' | number;

export interface SamplePeriod {
  readonly key: PeriodKey;
  /** Actual per indicator, in SAMPLE_INDICATORS order. */
  readonly actuals: readonly number[];
  /** 领导评估 points for the period. */
  readonly leader: number;
}

export interface SampleCountyUnit {
  readonly unit: string;
  readonly group: CountyGroup;
  readonly targets: readonly number[];
  readonly periods: readonly SamplePeriod[];
  /** Quarterly satisfaction rates (0–1), departments only. */
  readonly publicRates?: readonly number[];
  readonly bonus: readonly SampleClaim[];
  readonly deduction: readonly SampleClaim[];
  readonly veto?: string;
}

export const SAMPLE_SEED = 20250701;
/** The months a monthly group (ancient-city) has been evaluated in the sample. */
export const SAMPLE_MONTHS = 12;

const SHARES: Readonly<Record<CountyGroup, { indicator: number; public: number; leader: number }>> = {
  township: { indicator: 90, public: 0, leader: 10 },
  department: { indicator: 60, public: 30, leader: 10 },
  'ancient-city': { indicator: 70, public: 0, leader: 30 },
};

/** Actuals for one period: `shortfall` points missed, on as few higher-is-better indicators as it takes. */
function periodActuals(ind: readonly SampleIndicator[], targets: readonly number[], shortfall: number, rnd: () => number): number[] {
  const order = ind.map((_, i) => i).filter((i) => ind[i]!.direction === 'higher').sort(() => rnd() - 0.5);
  const ratio = ind.map(() => 1 + 0.12 * rnd()); // met targets: 100–112%
  let left = shortfall;
  for (const i of order) {
    if (left <= 0) break;
    const take = Math.min(left, 0.6 * ind[i]!.points);
    ratio[i] = 1 - take / ind[i]!.points;
    left -= take;
  }
  return ind.map((d, i) =>
    d.direction === 'lower' ? Math.floor(rnd() * (targets[i]! + 1)) : typed(targets[i]! * ratio[i]!, d.decimals),
  );
}

function buildUnit(unit: string, group: CountyGroup, design: UnitDesign, rnd: () => number): SampleCountyUnit {
  const ind = SAMPLE_INDICATORS[group];
  const share = SHARES[group];
  const f = design.base / 100;
  const jitter = (): number => (rnd() - 0.5) * 0.04;
  const leader = typed(Math.min(share.leader, share.leader * (f + jitter())), 1);
  const rates = share.public ? [0, 1, 2, 3].map(() => typed(Math.min(1, f + jitter()), 3)) : undefined;
  // public points = mean rate × 30 (RULES.md Decision without a band table); the rest comes from indicators.
  const publicPoints = rates ? (share.public * rates.reduce((a, b) => a + b, 0)) / 4 : 0;
  const shortfall = Math.max(0, share.indicator - (design.base - leader - publicPoints));
  const targets = ind.map((d) => (d.direction === 'lower' ? d.target : typed(d.target * (0.8 + 0.45 * rnd()), d.decimals)));
  const keys: PeriodKey[] = group === 'ancient-city' ? Array.from({ length: SAMPLE_MONTHS }, (_, m) => m + 1) : ['mid', 'end'];
  // Periods alternate a little above and below the mean (an even count), so the mean is the design.
  const periods = keys.map((key, k) => {
    const swing = Math.min(shortfall, 1.5) * (k % 2 === 0 ? 1 : -1);
    const leaderSwing = typed(Math.min(share.leader - leader, leader * 0.02) * (k % 2 === 0 ? -1 : 1), 1);
    return { key, actuals: periodActuals(ind, targets, shortfall + swing, rnd), leader: typed(leader + leaderSwing, 1) };
  });
  const out: SampleCountyUnit = { unit, group, targets, periods, bonus: design.bonus ?? [], deduction: design.deduction ?? [] };
  return {
    ...out,
    ...(rates ? { publicRates: rates } : {}),
    ...(design.veto !== undefined ? { veto: design.veto } : {}),
  };
}

/** All 48 units in the seed's order, each built from its own seeded stream (so one unit's data never shifts another's). */
export function buildCountySample(): SampleCountyUnit[] {
  const out: SampleCountyUnit[] = [];
  for (const group of COUNTY_GROUPS) {
    COUNTY_UNITS[group].forEach((unit, i) => {
      const design = SAMPLE_DESIGN[group][unit];
      if (!design) throw new Error(`sample design lacks ${unit}`);
      const twin = design.sameAs;
      const seedIndex = twin === undefined ? i : COUNTY_UNITS[group].indexOf(twin);
      const built = buildUnit(unit, group, design, seeded(SAMPLE_SEED + COUNTY_GROUPS.indexOf(group) * 100 + seedIndex));
      out.push(built);
    });
  }
  return out;
}
