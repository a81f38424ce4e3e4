/** The four items of 篇1 四, in the order the table (and PERF.ENGINEER's weight cells) lists them. */
export const ENGINEER_ITEMS = ['quality', 'efficiency', 'cost', 'ability'] as const;
export type EngineerItem = (typeof ENGINEER_ITEMS)[number];

/** Sum of the four weights with float noise removed (33.3+33.3+33.4 → 100). */
export function weightSum(w: Readonly<Record<EngineerItem, number>>): number {
  return Number((w.quality + w.efficiency + w.cost + w.ability).toPrecision(12));
}
