import { z } from 'zod';
import { COUNTY_GROUPS, type CountyGroup } from './types';

/** Settings of the `county` scheme (篇4). Every Decision of RULES.md is a field here, not a branch. */

const textSchema = z.object({ zh: z.string(), en: z.string() });

/** An indicator of the optional three-level tree (一级/二级/三级); leaves carry points. */
export interface IndicatorNode {
  readonly name: string;
  readonly points?: number | undefined;
  /** Decision: an indicator may be lower-is-better. */
  readonly direction?: 'higher' | 'lower' | undefined;
  readonly children?: readonly IndicatorNode[] | undefined;
}
export const indicatorNodeSchema: z.ZodType<IndicatorNode> = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    points: z.number().min(0).optional(),
    direction: z.enum(['higher', 'lower']).optional(),
    children: z.array(indicatorNodeSchema).optional(),
  }),
);

const advancedSchema = z.discriminatedUnion('kind', [
  // 篇4 六(二)1: quota = fraction of the group's units, only units at or over the floor.
  z.object({ kind: z.literal('quota'), fraction: z.number().min(0).max(1), rounding: z.enum(['half-up', 'up', 'down']), floor: z.number() }),
  // 篇4 六(二)1: ancient-city takes 3–5 advanced at or over the floor.
  z.object({ kind: z.literal('range'), min: z.number().int().min(0), max: z.number().int().min(0), floor: z.number() }),
]);

const groupSchema = z.object({
  label: textSchema,
  shares: z.object({ indicator: z.number().min(0), public: z.number().min(0).nullable(), leader: z.number().min(0) }),
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
const itemSchema = z.object({
  code: z.string().min(1),
  label: textSchema,
  aliases: z.array(z.string()),
  points: z.number().min(0).nullable(),
  /** The item may be counted per case (次数), e.g. −0.5 each complaint. */
  perCase: z.boolean(),
});

/** One 档次 of the public survey: satisfaction rate in [min, max) (the band ending at 1 includes 1) → points per quarter. */
const bandSchema = z.object({ label: z.string().optional(), min: z.number().min(0).max(1), max: z.number().min(0).max(1), points: z.number() });

export const countySchemeSchema = z.object({
  kind: z.literal('county'),
  name: textSchema,
  precision: z.number().int().min(0).max(6),
  rankMode: z.enum(['competition', 'dense']),
  unqualifiedBelow: z.number(),
  report: z.object({ below: z.number(), lastN: z.number().int().min(0) }),
  tieBreakers: z.array(z.string()),
  groups: z.object({ township: groupSchema, department: groupSchema, 'ancient-city': groupSchema }),
  bonusCap: z.number().min(0),
  deductionCap: z.number().min(0),
  bonusItems: z.array(itemSchema),
  deductionItems: z.array(itemSchema),
  periods: z.object({ mid: z.number().min(0).max(1), end: z.number().min(0).max(1) }),
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

const item = (code: string, zh: string, en: string, points: number | null, aliases: string[], perCase = false): CountyItem => ({
  code,
  label: { zh, en },
  aliases,
  points,
  perCase,
});

/** 篇4 五(一)(二), 六(二)1: a routine-work group — adjustments, 抄送, 25% quota at ≥ 90, mid-year and year-end. */
const routine = (label: CountyGroupSettings['label'], shares: CountyGroupSettings['shares']): CountyGroupSettings => ({
  label,
  shares,
  adjustments: true,
  report: true,
  advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 },
  evaluation: 'halves',
});

export const countyPreset: CountyScheme = {
  kind: 'county',
  name: { zh: '县政府绩效管理（篇4）', en: 'County government performance (part 4)' },
  precision: 2,
  rankMode: 'competition',
  unqualifiedBelow: 60,
  report: { below: 60, lastN: 3 },
  tieBreakers: [],
  groups: {
    township: routine({ zh: '乡镇（日常工作）', en: 'Townships (routine work)' }, { indicator: 90, public: null, leader: 10 }),
    department: routine({ zh: '县直部门和单位（日常工作）', en: 'County departments and units (routine work)' }, { indicator: 60, public: 30, leader: 10 }),
    'ancient-city': {
      label: { zh: '古城风貌恢复工作', en: 'Ancient-city restoration' },
      shares: { indicator: 70, public: null, leader: 30 },
      adjustments: false,
      report: false,
      advanced: { kind: 'range', min: 3, max: 5, floor: 95 },
      evaluation: 'monthly',
    },
  },
  bonusCap: 4,
  deductionCap: 4,
  bonusItems: [
    item('city-committee', '市委、市政府', 'city Party committee and government', 2, ['市委市政府', '市委', '市政府']),
    item('province-committee', '省委、省政府', 'provincial Party committee and government', 3, ['省委省政府', '省委', '省政府']),
    item('central', '党中央、国务院', 'Central Committee and State Council', 4, ['党中央国务院', '党中央', '国务院']),
    item('city-dept', '市直部门', 'a city department', 1, ['市部门', '我市部门']),
    item('province-dept', '省直部门', 'a provincial department', 2, ['省部门', '我省部门']),
    item('ministry', '国务院部委', 'a State Council ministry', 3, ['部委']),
    item('county-decision', '县委、县政府研究决定', 'decided by the county committee and government', null, ['县委县政府研究决定', '研究决定']),
  ],
  deductionItems: [
    item('notice-province', '省通报批评', 'provincial notice of criticism', 2, ['省通报']),
    item('notice-city', '市通报批评', 'city notice of criticism', 1, ['市通报']),
    item('notice-county', '县通报批评', 'county notice of criticism', 0.5, ['县通报']),
    item('complaint', '损害发展环境投诉举报查实', 'verified complaint about the business environment', 0.5, ['投诉举报', '损害发展环境'], true),
    item('discipline', '班子成员受党政纪处分', 'leadership member disciplined', 1, ['党政纪处分'], true),
    item('accountability', '班子成员受行政问责', 'leadership member held accountable', 0.5, ['行政问责'], true),
  ],
  periods: { mid: 0.5, end: 0.5 },
  quarterWeights: [0.25, 0.25, 0.25, 0.25],
  publicRateFactor: 30,
  monthlyAnnual: 'mean',
};

export const groupLabel = (scheme: CountyScheme, g: CountyGroup) => scheme.groups[g].label;
export { COUNTY_GROUPS };
