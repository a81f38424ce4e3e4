import { z } from 'zod';
import { refineIssue, zodIssues } from '../args/zod-issues';
import { makeIssue, type Issue } from '../core/issue';
import { GRADES, VERDICTS, type Grade, type Verdict } from './constants';

export { GRADES, VERDICTS, type Grade, type Verdict };

const percent = z.number().min(0).max(100);
const band = z.strictObject({ min: percent, max: percent, includeMax: z.boolean() });
const application = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Next year's requested amount × (1 + adjustPercent / 100); absent → text only (FISCAL.md §4). */
  adjustPercent: z.number().min(-100).optional(),
});

/** A setting out of order (FISCAL.md's numbers must keep their order), named by its path. */
function outOfOrder(ctx: z.RefinementCtx, path: (string | number)[], what: string, whatEn: string): void {
  const at = path.join('.');
  refineIssue(ctx, path, makeIssue('fiscal.scheme-order', { path: at, what, whatEn }, { field: at }));
}

/** Settings of the `fiscal` scheme (预算绩效管理, 篇2); every number of FISCAL.md is here. */
export const fiscalSchemeSchema = z
  .strictObject({
    kind: z.literal('fiscal'),
    name: z.string().min(1),
    precision: z.number().int().min(0).max(6),
    /** Ranking of the self-evaluated projects by score: competition 1, 2, 2, 4 or dense 1, 2, 2, 3. Absent → competition. */
    rankMode: z.enum(['competition', 'dense']).optional(),
    /** §3 score split; must total 100. */
    split: z.strictObject({ execution: percent, output: percent, effect: percent, satisfaction: percent }),
    /** §2 light: ratio < red → 红, < yellow → 黄, else 绿 (ratios as fractions). */
    light: z.strictObject({ red: z.number().positive(), yellow: z.number().positive() }),
    /** §2 time progress = month / monthsPerYear. */
    monthsPerYear: z.number().int().positive(),
    /** §1 财政拨款 + 其他资金 must equal 资金总额 within this amount. */
    makeUpTolerance: z.number().min(0),
    /** §3 qualitative verdict bands, in percent of the indicator's points. */
    verdictBands: z.strictObject({ 达成: band, 部分达成: band, 未达成: band }),
    /** §3 overshoot: actual > factor × target warns; deductionShare (0–1 of the indicator's points) only when set. */
    overshoot: z.strictObject({ factor: z.number().gt(1), deductionShare: z.number().min(0).max(1).optional() }),
    /**
     * §3 不适用: 'all' (as FISCAL.md writes it) rescales every remaining indicator to keep the indicator
     * total; 'level' rescales within each 一级指标 so each keeps its split share. Absent → 'all'.
     */
    inapplicable: z.enum(['all', 'level']).optional(),
    /**
     * §3 Decision: indicator points per 一级指标 must equal its split share ('must-match', an error otherwise)
     * or are scaled to it ('scale-to-split'). Absent → 'must-match'.
     */
    indicatorPoints: z.enum(['must-match', 'scale-to-split']).optional(),
    /**
     * §3 Decision: a 一级指标 with no indicator at all (no 满意度, allowed by §1 with a warning) has its split share
     * rescaled onto the other levels with a warning ('rescale'), or is an error ('error'). Absent → 'rescale'.
     */
    missingLevel: z.enum(['rescale', 'error']).optional(),
    /** §3 "=" indicators: equal within this relative tolerance. */
    equalTolerance: z.number().min(0),
    /** §3 grade floors on the rounded score (half-open); below 中 is 差. */
    gradeMin: z.strictObject({ 优: percent, 良: percent, 中: percent }),
    /** §4 result application per grade. */
    application: z.strictObject({ 优: application, 良: application, 中: application, 差: application }),
  })
  .superRefine((s, ctx) => {
    const sum = Number((s.split.execution + s.split.output + s.split.effect + s.split.satisfaction).toPrecision(12));
    if (sum !== 100) refineIssue(ctx, ['split'], makeIssue('fiscal.split-sum', { sum }, { field: 'split' }));
    if (!(s.light.red <= s.light.yellow)) outOfOrder(ctx, ['light'], '红灯 ≤ 黄灯', 'red ≤ yellow');
    const g = s.gradeMin;
    if (!(g.优 > g.良 && g.良 > g.中)) outOfOrder(ctx, ['gradeMin'], '优 > 良 > 中', '优 > 良 > 中');
    for (const v of VERDICTS) {
      const b = s.verdictBands[v];
      if (!(b.min < b.max)) outOfOrder(ctx, ['verdictBands', v], `${v} 下限 < 上限`, `${v} min < max`);
    }
  });

export type FiscalScheme = z.infer<typeof fiscalSchemeSchema>;

/** Every problem with a fiscal scheme, as issues (empty when usable). */
export function checkFiscalScheme(input: unknown): Issue[] {
  const r = fiscalSchemeSchema.safeParse(input);
  return r.success ? [] : zodIssues(r.error, fiscalSchemeSchema);
}
