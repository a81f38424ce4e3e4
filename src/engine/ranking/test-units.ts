import type { CountyGroup, CountyScored } from '../county/types';

/** Test and bench fixture: a scored county unit with just a composite (parts default to 0). */
export function scoredUnit(
  unit: string,
  group: CountyGroup,
  composite: number,
  more: Partial<Omit<CountyScored, 'unit' | 'group' | 'composite'>> = {},
): CountyScored {
  return { unit, group, indicator: 0, leader: 0, ...more, composite: { value: composite, rounded: composite, steps: [] } };
}

/** Units named `${prefix}1…` of one group with the given composites, in order. */
export const groupOf = (group: CountyGroup, prefix: string, composites: readonly number[]): CountyScored[] =>
  composites.map((c, k) => scoredUnit(`${prefix}${k + 1}`, group, c));
