import { unknownKeys } from '../args/zod-issues';
import { makeIssue, type Issue } from '../core/issue';
import { roundHalfUp } from '../core/round';
import { countySchemeSchema, type CountyScheme, type IndicatorNode, type PublicBand } from './scheme';
import { COUNTY_GROUPS } from './types';
import { itemKey } from './items';

const r6 = (x: number): number => roundHalfUp(x, 6);

/**
 * Check a county scheme: its shape (zod), then the rules a shape cannot say — shares add to 100,
 * band tables ordered and complete, indicator leaves sum to the group's share. Every issue explains itself.
 */
export function checkCountyScheme(input: unknown): Issue[] {
  const parsed = countySchemeSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.flatMap((zi) => {
      const unknown = unknownKeys(zi, countySchemeSchema);
      if (unknown) return unknown;
      const path = zi.path.map(String).join('.');
      if (path.endsWith('rounding')) {
        const value = zi.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey], input);
        return makeIssue('county.scheme-rounding', { path, value: typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value) }, { field: path });
      }
      return makeIssue('scheme.invalid', { path, detail: zi.message }, { field: path });
    });
  }
  return checkSemantics(parsed.data);
}

function checkSemantics(s: CountyScheme): Issue[] {
  const issues: Issue[] = [];
  for (const g of COUNTY_GROUPS) {
    const gs = s.groups[g];
    const names = { group: gs.label.zh, groupEn: gs.label.en };
    const sum = r6(gs.shares.indicator + (gs.shares.public ?? 0) + gs.shares.leader);
    if (sum !== 100) issues.push(makeIssue('county.scheme-shares', { ...names, sum }, { field: `groups.${g}.shares`, group: g }));
    if (gs.advanced.kind === 'range' && gs.advanced.min > gs.advanced.max) {
      issues.push(makeIssue('county.scheme-range', { ...names, min: gs.advanced.min, max: gs.advanced.max }, { field: `groups.${g}.advanced`, group: g }));
    }
    if (gs.indicators) issues.push(...checkTree(gs.indicators, gs.shares.indicator, names, g));
  }
  const periodSum = r6(s.periods.mid + s.periods.end);
  if (periodSum !== 1) issues.push(makeIssue('county.scheme-weights', { path: 'periods', sum: periodSum }, { field: 'periods' }));
  const quarterSum = r6(s.quarterWeights.reduce((a, b) => a + b, 0));
  if (quarterSum !== 1) issues.push(makeIssue('county.scheme-weights', { path: 'quarterWeights', sum: quarterSum }, { field: 'quarterWeights' }));
  if (s.publicBands) {
    const maxPublic = Math.max(...COUNTY_GROUPS.map((g) => s.groups[g].shares.public ?? 0));
    issues.push(...checkBands(s.publicBands, maxPublic));
  }
  issues.push(...checkItems(s.bonusItems, '加分', 'bonus'), ...checkItems(s.deductionItems, '减分', 'deduction'));
  return issues;
}

/**
 * Leaves must have points and sum to the group's indicator share; at most three levels; no path twice;
 * a branch that states its points must equal the sum of its leaves.
 */
function checkTree(nodes: readonly IndicatorNode[], share: number, names: { group: string; groupEn: string }, g: string): Issue[] {
  const issues: Issue[] = [];
  const at = { field: `groups.${g}.indicators`, group: g };
  const paths = new Set<string>();
  const walk = (list: readonly IndicatorNode[], depth: number, path: string): number => {
    let sum = 0;
    for (const n of list) {
      const name = path ? `${path} / ${n.name.trim()}` : n.name.trim();
      if (paths.has(name)) issues.push(makeIssue('county.scheme-leaf-duplicate', { ...names, name }, at));
      paths.add(name);
      if (depth > 3) issues.push(makeIssue('county.scheme-tree-depth', { ...names, name: n.name }, at));
      if (n.children && n.children.length > 0) {
        const below = r6(walk(n.children, depth + 1, name));
        if (n.points !== undefined && r6(n.points) !== below) issues.push(makeIssue('county.scheme-branch-points', { ...names, name, points: n.points, sum: below }, at));
        sum += below;
      } else if (n.points === undefined) issues.push(makeIssue('county.scheme-leaf-points', { ...names, name: n.name }, at));
      else sum += n.points;
    }
    return sum;
  };
  const sum = r6(walk(nodes, 1, ''));
  if (sum !== share) issues.push(makeIssue('county.scheme-leaves-sum', { ...names, sum, share }, at));
  return issues;
}

const bandName = (b: PublicBand): string => b.label ?? `${b.min}–${b.max}`;

/** Bands listed all ascending or all descending by rate, contiguous, from 0 to 1, points within the public share. */
export function checkBands(bands: readonly PublicBand[], maxPoints: number): Issue[] {
  const issues: Issue[] = [];
  const field = 'publicBands';
  if (bands.length === 0) return [makeIssue('county.scheme-bands-gap', { detail: '档次表为空', detailEn: 'the table is empty' }, { field })];
  const mins = bands.map((b) => b.min);
  const up = mins.every((m, i) => i === 0 || m > mins[i - 1]!);
  const down = mins.every((m, i) => i === 0 || m < mins[i - 1]!);
  if (!up && !down) issues.push(makeIssue('county.scheme-bands-order', {}, { field }));
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const gaps: string[] = [];
  const gapsEn: string[] = [];
  if (sorted[0]!.min !== 0) {
    gaps.push(`最低档从 ${sorted[0]!.min} 开始，应从 0 开始`);
    gapsEn.push(`the lowest band starts at ${sorted[0]!.min}, not 0`);
  }
  sorted.forEach((b, i) => {
    if (b.max <= b.min) {
      gaps.push(`档次 ${bandName(b)} 的上限不大于下限`);
      gapsEn.push(`band ${bandName(b)} has max ≤ min`);
    }
    const next = sorted[i + 1];
    if (next && next.min !== b.max) {
      gaps.push(`${b.max} 与 ${next.min} 之间不连续`);
      gapsEn.push(`gap or overlap between ${b.max} and ${next.min}`);
    }
    if (b.points < 0 || b.points > maxPoints) issues.push(makeIssue('county.scheme-band-points', { band: bandName(b), points: b.points, max: maxPoints }, { field }));
  });
  if (sorted[sorted.length - 1]!.max !== 1) {
    gaps.push(`最高档止于 ${sorted[sorted.length - 1]!.max}，应止于 1`);
    gapsEn.push(`the highest band ends at ${sorted[sorted.length - 1]!.max}, not 1`);
  }
  if (gaps.length > 0) issues.push(makeIssue('county.scheme-bands-gap', { detail: gaps.join('；'), detailEn: gapsEn.join('; ') }, { field }));
  return issues;
}

function checkItems(items: CountyScheme['bonusItems'], table: string, tableEn: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const it of items) {
    // An item may spell itself twice (市委、市政府 / 市委市政府); only a name shared by two items is ambiguous.
    const own = new Map([it.code, it.label.zh, ...it.aliases].map((name) => [itemKey(name), name] as const));
    for (const [k, name] of own) {
      if (seen.has(k)) issues.push(makeIssue('county.scheme-item-duplicate', { table, tableEn, name }, { field: `${tableEn}Items` }));
      seen.add(k);
    }
  }
  return issues;
}
