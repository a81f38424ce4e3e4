import { z } from 'zod';
import type { Issue } from '../core/issue';
import { zodIssues } from '../args/zod-issues';

/** The four items of 篇1 四, in the order the table (and PERF.ENGINEER's weight cells) lists them. */
export const ENGINEER_ITEMS = ['quality', 'efficiency', 'cost', 'ability'] as const;
export type EngineerItem = (typeof ENGINEER_ITEMS)[number];

const textSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const itemSchema = z.object({
  label: textSchema,
  /** Percent (40 = 40%): 篇1 四's table. */
  weight: z.number().min(0).max(100),
  /** Points per unit of the item's input (−5 per rejection, …, +3 per paper), sign included. */
  perUnit: z.number(),
  /** Decision (RULES.md engineer): each item floored at 0; null = no floor. */
  floor: z.number().nullable().default(0),
  /** Decision: no cap by default (ability may exceed 100); set a number to cap the item. */
  max: z.number().optional(),
});

/** Decision (RULES.md engineer): the manager's mean skips blank cells in the engineer range; 'error' refuses them. */
const managerSchema = z.object({
  blankScores: z.enum(['skip', 'error']).default('skip'),
});

/** Sum of the four weights with float noise removed (33.3+33.3+33.4 → 100). */
export function weightSum(w: Readonly<Record<EngineerItem, number>>): number {
  return Number((w.quality + w.efficiency + w.cost + w.ability).toPrecision(12));
}

export const engineerSchemeSchema = z
  .object({
    kind: z.literal('engineer'),
    name: z.string().min(1),
    precision: z.number().int().min(0).max(6).default(2),
    /** 篇1 五: every item starts from full marks (满分100). */
    base: z.number().default(100),
    items: z.object({ quality: itemSchema, efficiency: itemSchema, cost: itemSchema, ability: itemSchema }),
    /** Decision: 'linear' (2.5% overrun costs 2.5 points) or 'whole' (floored to whole percents). */
    costStep: z.enum(['linear', 'whole']).default('linear'),
    manager: managerSchema.default({ blankScores: 'skip' }),
  })
  .superRefine((s, ctx) => {
    const sum = weightSum({ quality: s.items.quality.weight, efficiency: s.items.efficiency.weight, cost: s.items.cost.weight, ability: s.items.ability.weight });
    // 篇1 六 writes 25% for efficiency, the table 20%: a scheme must add up to 100%.
    if (sum !== 100) ctx.addIssue({ code: 'custom', path: ['items'], message: `weights sum to ${sum}%, expected 100%`, params: { issue: 'engineer.weights-sum', sum } });
    for (const k of ENGINEER_ITEMS) {
      const it = s.items[k];
      if (it.max !== undefined && it.floor !== null && it.max < it.floor) {
        ctx.addIssue({ code: 'custom', path: ['items', k, 'max'], message: `max ${it.max} is below the floor ${it.floor}` });
      }
    }
  });

export type EngineerScheme = z.infer<typeof engineerSchemeSchema>;
export type EngineerSchemeInput = z.input<typeof engineerSchemeSchema>;

/** The preset: 篇1 四's table, 40/20/20/20 (Decision: the table, not 六's 25%). */
export const engineerPreset: EngineerScheme = engineerSchemeSchema.parse({
  kind: 'engineer',
  name: '工程预算部月度考核（篇1）',
  items: {
    quality: { label: { zh: '工作质量', en: 'quality' }, weight: 40, perUnit: -5 },
    efficiency: { label: { zh: '工作效率', en: 'efficiency' }, weight: 20, perUnit: -3 },
    cost: { label: { zh: '工作成本', en: 'cost' }, weight: 20, perUnit: -1 },
    ability: { label: { zh: '工作能力', en: 'ability' }, weight: 20, perUnit: 3 },
  },
} satisfies EngineerSchemeInput);

/** Kept here for callers that imported it from the engineer scheme. */
export { zodIssues };

/** Every problem with an engineer scheme (empty when usable), e.g. weights summing to 105%. */
export function checkEngineerScheme(s: unknown): Issue[] {
  const r = engineerSchemeSchema.safeParse(s);
  return r.success ? [] : zodIssues(r.error);
}
