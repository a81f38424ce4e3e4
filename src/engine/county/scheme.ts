import { z } from 'zod';
import { COUNTY_GROUPS, type CountyGroup } from './types';

/** Settings of the `county` scheme (篇4). Every Decision of RULES.md is a field here, not a branch. */

const textSchema = z.strictObject({ zh: z.string(), en: z.string() });

/** An indicator of the optional three-level tree (一级/二级/三级); leaves carry points. */
export interface IndicatorNode {
  readonly name: string;
  readonly points?: number | undefined;
  /** Decision: an indicator may be lower-is-better. */
  readonly direction?: 'higher' | 'lower' | undefined;
  readonly children?: readonly IndicatorNode[] | undefined;
}
export const indicatorNodeSchema: z.ZodType<IndicatorNode> = z.lazy(() =>
  z.strictObject({
    name: z.string().min(1),
    points: z.number().min(0).optional(),
    direction: z.enum(['higher', 'lower']).optional(),
    children: z.array(indicatorNodeSchema).optional(),
  }),
);

const advancedSchema = z.discriminatedUnion('kind', [
  // 篇4 六(二)1: quota = fraction of the group's units, only units at or over the floor.
  z.strictObject({ kind: z.literal('quota'), fraction: z.number().min(0).max(1), rounding: z.enum(['half-up', 'up', 'down']), floor: z.number() }),
  // 篇4 六(二)1: ancient-city takes 3–5 advanced at or over the floor.
  z.strictObject({ kind: z.literal('range'), min: z.number().int().min(0), max: z.number().int().min(0), floor: z.number() }),
]);

const groupSchema = z.strictObject({
  label: textSchema,
  shares: z.strictObject({ indicator: z.number().min(0), public: z.number().min(0).nullable(), leader: z.number().min(0) }),
  /** 篇4 五(四): bonus and deduction apply to routine-work units only. */
  adjustments: z.boolean(),
  /** 篇4 七 2: the low scorers of this group are reported (抄送). */
  report: z.boolean(),
  advanced: advancedSchema,
  /** halves: mid-year and year-end (篇4 五(一)(二)); monthly: every month (篇4 五(三)). */
  evaluation: z.enum(['halves', 'monthly']),
  indicators: z.array(indicatorNodeSchema).optional(),
});

/** A bonus or deduction item; points are a positive magnitude, null = "as decided" (points given with the item). */
const itemSchema = z.strictObject({
  code: z.string().min(1),
  label: textSchema,
  aliases: z.array(z.string()),
  points: z.number().min(0).nullable(),
  /** The item may be counted per case (次数), e.g. −0.5 each complaint. */
  perCase: z.boolean(),
});

/** One 档次 of the public survey: satisfaction rate in [min, max) (the band ending at 1 includes 1) → points per quarter. */
const bandSchema = z.strictObject({ label: z.string().optional(), min: z.number().min(0).max(1), max: z.number().min(0).max(1), points: z.number() });

export const countySchemeSchema = z.strictObject({
  kind: z.literal('county'),
  name: textSchema,
  precision: z.number().int().min(0).max(6),
  rankMode: z.enum(['competition', 'dense']),
  unqualifiedBelow: z.number(),
  report: z.strictObject({ below: z.number(), lastN: z.number().int().min(0) }),
  tieBreakers: z.array(z.string()),
  groups: z.strictObject({ township: groupSchema, department: groupSchema, 'ancient-city': groupSchema }),
  bonusCap: z.number().min(0),
  deductionCap: z.number().min(0),
  bonusItems: z.array(itemSchema),
  deductionItems: z.array(itemSchema),
  periods: z.strictObject({ mid: z.number().min(0).max(1), end: z.number().min(0).max(1) }),
  quarterWeights: z.array(z.number().min(0)).length(4),
  publicBands: z.array(bandSchema).optional(),
  /** Decision: without bands, a quarter's points = satisfaction rate × this factor. */
  publicRateFactor: z.number().positive(),
  /** Decision: a monthly group's annual score is the mean of the months evaluated (or the last month). */
  monthlyAnnual: z.enum(['mean', 'last']),
});

export type CountyScheme = z.infer<typeof countySchemeSchema>;
export type CountyGroupSettings = CountyScheme['groups'][CountyGroup];
export type CountyItem = CountyScheme['bonusItems'][number];
export type PublicBand = NonNullable<CountyScheme['publicBands']>[number];

export { COUNTY_GROUPS };
