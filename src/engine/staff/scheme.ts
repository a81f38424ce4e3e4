import { z } from 'zod';
import { refineIssue, zodIssues } from '../args/zod-issues';
import { makeIssue, type Issue } from '../core/issue';

/** Day of the following month, as the calendar's dates are (篇3 四 2). */
const dayOfMonth = z.number().int().min(1).max(28);

/** Decision (RULES.md staff): the split month-end score is a weighted blend; the weights have no default. */
const blendSchema = z.strictObject({ peer: z.number().min(0).max(100), superior: z.number().min(0).max(100) });

export const staffSchemeSchema = z
  .strictObject({
    kind: z.literal('staff'),
    name: z.string().min(1),
    precision: z.number().int().min(0).max(6).default(2),
    /** Ranking across the sheet and within each department (RULES staff): competition 1, 2, 2, 4 or dense 1, 2, 2, 3. */
    rankMode: z.enum(['competition', 'dense']).default('competition'),
    /** 篇3 二 3: the score at which pay neither rises nor falls. */
    base: z.number().default(100),
    /** 篇3 二 3: 1% of wage per point above/below the base: float = (final − 100)%. */
    floatPercentPerPoint: z.number().positive().default(1),
    /**
     * RULES.md staff Decision: the float is floored at −100% (performance pay is 100% of wage and never goes below
     * zero); null for no floor (a final of −30 then gives −130%).
     */
    floatMinPercent: z.number().nullable().default(-100),
    /** RULES.md silent: no upper limit on the float unless set. */
    floatMaxPercent: z.number().nullable().default(null),
    /**
     * RULES.md general: scores are kept at full precision, and only ranking and thresholds use the rounded
     * score, so the float is taken from the full final score ('full'); 'rounded' takes it from the score as shown.
     */
    floatFrom: z.enum(['full', 'rounded']).default('full'),
    /** RULES.md silent: wage amounts and penalties are paid in yuan to the fen. */
    amountPrecision: z.number().int().min(0).max(4).default(2),
    monthEnd: z
      .strictObject({
        /** 篇3 二 3: month-end score (月底打分) 0–100. */
        min: z.number().default(0),
        max: z.number().default(100),
        /** Percent weights of peer review (互评) and superior (上级); absent = a split score is an error. */
        blend: blendSchema.optional(),
      })
      .default({ min: 0, max: 100 }),
    /** A blank 日考核得分 (daily points): an error by RULES.md's general rule (blank ≠ 0); 'zero' lets an office leave "none" blank. */
    blankPoints: z.enum(['error', 'zero']).default('error'),
    /** RULES.md staff Decision: a blank 加分 or 扣分 on a 生产 row is 0 (no points that month); 'error' refuses it. */
    blankBonusDeduction: z.enum(['zero', 'error']).default('zero'),
    /** 篇3 五 处罚办法, in yuan. */
    penalties: z
      .strictObject({
        late: z.strictObject({ perDay: z.number().min(0).default(100) }).default({ perDay: 100 }),
        missing: z.strictObject({ percent: z.number().min(0).max(100).default(10) }).default({ percent: 10 }),
        /**
         * 篇3 五 3 / RULES.md: "200 yuan (to the approving leader)" — one fine when errors are found after
         * sign-off ('once', as written); 'per-case' charges `perCase` for each error found.
         */
        reviewError: z
          .strictObject({ perCase: z.number().min(0).default(200), charge: z.enum(['once', 'per-case']).default('once') })
          .default({ perCase: 200, charge: 'once' }),
        baseless: z.strictObject({ perCase: z.number().min(0).default(200) }).default({ perCase: 200 }),
        harassment: z.strictObject({ perCase: z.number().min(0).default(500) }).default({ perCase: 500 }),
        /** RULES.md staff Decision: a blank incident count (审核差错, 无依据, 刁难) is 0; 'error' refuses it. */
        blankCounts: z.enum(['zero', 'error']).default('zero'),
      })
      .default({ late: { perDay: 100 }, missing: { percent: 10 }, reviewError: { perCase: 200, charge: 'once' }, baseless: { perCase: 200 }, harassment: { perCase: 500 }, blankCounts: 'zero' }),
    /** 篇3 四 2 月度绩效计划: days of the following month. */
    calendar: z
      .strictObject({ assessBy: dayOfMonth.default(5), toHrBy: dayOfMonth.default(10), settleBy: dayOfMonth.default(25) })
      .default({ assessBy: 5, toHrBy: 10, settleBy: 25 }),
  })
  .superRefine((s, ctx) => {
    const b = s.monthEnd.blend;
    if (b) {
      const sum = Number((b.peer + b.superior).toPrecision(12));
      if (sum !== 100) refineIssue(ctx, ['monthEnd', 'blend'], makeIssue('staff.blend-sum', { sum }, { field: 'monthEnd.blend' }));
    }
    if (s.monthEnd.min >= s.monthEnd.max) ctx.addIssue({ code: 'custom', path: ['monthEnd', 'max'], message: 'max must be above min' });
    const c = s.calendar;
    if (!(c.assessBy <= c.toHrBy && c.toHrBy <= c.settleBy)) ctx.addIssue({ code: 'custom', path: ['calendar'], message: 'assess ≤ to HR ≤ settle' });
  });

export type StaffScheme = z.infer<typeof staffSchemeSchema>;
export type StaffSchemeInput = z.input<typeof staffSchemeSchema>;

/** Every problem with a staff scheme (empty when usable). */
export function checkStaffScheme(s: unknown): Issue[] {
  const r = staffSchemeSchema.safeParse(s);
  return r.success ? [] : zodIssues(r.error, staffSchemeSchema);
}
