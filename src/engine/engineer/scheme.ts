import { z } from 'zod';
import { makeIssue, type Issue } from '../core/issue';
import { refineIssue, zodIssues } from '../args/zod-issues';
import { ENGINEER_ITEMS, weightSum, type EngineerItem } from './items';

export { ENGINEER_ITEMS, weightSum, type EngineerItem };

const textSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

const itemSchema = z.strictObject({
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
const managerSchema = z.strictObject({
  blankScores: z.enum(['skip', 'error']).default('skip'),
});

export const engineerSchemeSchema = z
  .strictObject({
    kind: z.literal('engineer'),
    name: z.string().min(1),
    precision: z.number().int().min(0).max(6).default(2),
    /** Ranking of the sheet (RULES general, as county Tiers 1): competition 1, 2, 2, 4 or dense 1, 2, 2, 3. */
    rankMode: z.enum(['competition', 'dense']).default('competition'),
    /** 篇1 五: every item starts from full marks (满分100). */
    base: z.number().default(100),
    items: z.strictObject({ quality: itemSchema, efficiency: itemSchema, cost: itemSchema, ability: itemSchema }),
    /** Decision: 'linear' (2.5% overrun costs 2.5 points) or 'whole' (floored to whole percents). */
    costStep: z.enum(['linear', 'whole']).default('linear'),
    manager: managerSchema.default({ blankScores: 'skip' }),
  })
  .superRefine((s, ctx) => {
    const sum = weightSum({ quality: s.items.quality.weight, efficiency: s.items.efficiency.weight, cost: s.items.cost.weight, ability: s.items.ability.weight });
    // 篇1 六 writes 25% for efficiency, the table 20%: a scheme must add up to 100%.
    if (sum !== 100) refineIssue(ctx, ['items'], makeIssue('engineer.weights-sum', { sum }, { field: 'items' }));
    for (const k of ENGINEER_ITEMS) {
      const it = s.items[k];
      if (it.max !== undefined && it.floor !== null && it.max < it.floor) {
        ctx.addIssue({ code: 'custom', path: ['items', k, 'max'], message: `max ${it.max} is below the floor ${it.floor}` });
      }
    }
  });

export type EngineerScheme = z.infer<typeof engineerSchemeSchema>;
export type EngineerSchemeInput = z.input<typeof engineerSchemeSchema>;

/** Kept here for callers that imported it from the engineer scheme. */
export { zodIssues };

/** Every problem with an engineer scheme (empty when usable), e.g. weights summing to 105%. */
export function checkEngineerScheme(s: unknown): Issue[] {
  const r = engineerSchemeSchema.safeParse(s);
  return r.success ? [] : zodIssues(r.error, engineerSchemeSchema);
}
