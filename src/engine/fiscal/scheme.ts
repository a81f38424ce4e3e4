import { z } from 'zod';
import { makeIssue, type Issue } from '../core/issue';
import type { IssueCode } from '../messages';

/** The four grades of a self-evaluation, best first (FISCAL.md §3). */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** The three verdicts of a qualitative indicator (FISCAL.md §3). */
export const VERDICTS = ['达成', '部分达成', '未达成'] as const;
export type Verdict = (typeof VERDICTS)[number];

const percent = z.number().min(0).max(100);
const band = z.object({ min: percent, max: percent, includeMax: z.boolean() });
const application = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Next year's requested amount × (1 + adjustPercent / 100); absent → text only (FISCAL.md §4). */
  adjustPercent: z.number().min(-100).optional(),
});

/** Raise an issue that checkFiscalScheme turns into its own message code. */
function addCoded(ctx: z.RefinementCtx, code: IssueCode, path: (string | number)[], params: Record<string, string | number>, message: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { fiscalCode: code, ...params } });
}

/** Settings of the `fiscal` scheme (预算绩效管理, 篇2); every number of FISCAL.md is here. */
export const fiscalSchemeSchema = z
  .object({
    kind: z.literal('fiscal'),
    name: z.string().min(1),
    precision: z.number().int().min(0).max(6),
    /** §3 score split; must total 100. */
    split: z.object({ execution: percent, output: percent, effect: percent, satisfaction: percent }),
    /** §2 light: ratio < red → 红, < yellow → 黄, else 绿 (ratios as fractions). */
    light: z.object({ red: z.number().positive(), yellow: z.number().positive() }),
    /** §2 time progress = month / monthsPerYear. */
    monthsPerYear: z.number().int().positive(),
    /** §1 财政拨款 + 其他资金 must equal 资金总额 within this amount. */
    makeUpTolerance: z.number().min(0),
    /** §3 qualitative verdict bands, in percent of the indicator's points. */
    verdictBands: z.object({ 达成: band, 部分达成: band, 未达成: band }),
    /** §3 overshoot: actual > factor × target warns; deductionShare (0–1 of the indicator's points) only when set. */
    overshoot: z.object({ factor: z.number().gt(1), deductionShare: z.number().min(0).max(1).optional() }),
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
    /** §3 "=" indicators: equal within this relative tolerance. */
    equalTolerance: z.number().min(0),
    /** §3 grade floors on the rounded score (half-open); below 中 is 差. */
    gradeMin: z.object({ 优: percent, 良: percent, 中: percent }),
    /** §4 result application per grade. */
    application: z.object({ 优: application, 良: application, 中: application, 差: application }),
  })
  .superRefine((s, ctx) => {
    const sum = Number((s.split.execution + s.split.output + s.split.effect + s.split.satisfaction).toPrecision(12));
    if (sum !== 100) addCoded(ctx, 'fiscal.split-sum', ['split'], { sum }, `split totals ${sum}, expected 100`);
    if (!(s.light.red <= s.light.yellow)) addCoded(ctx, 'fiscal.scheme-order', ['light'], { what: '红灯 ≤ 黄灯', whatEn: 'red ≤ yellow' }, 'red must not exceed yellow');
    const g = s.gradeMin;
    if (!(g.优 > g.良 && g.良 > g.中)) addCoded(ctx, 'fiscal.scheme-order', ['gradeMin'], { what: '优 > 良 > 中', whatEn: '优 > 良 > 中' }, 'grade floors must descend');
    for (const v of VERDICTS) {
      const b = s.verdictBands[v];
      if (!(b.min < b.max)) addCoded(ctx, 'fiscal.scheme-order', ['verdictBands', v], { what: `${v} 下限 < 上限`, whatEn: `${v} min < max` }, 'band min must be below max');
    }
  });

export type FiscalScheme = z.infer<typeof fiscalSchemeSchema>;

/** The preset: MoF practice (财预〔2020〕10号, 财预〔2019〕136号) as FISCAL.md states it. */
export const fiscalPreset: FiscalScheme = {
  kind: 'fiscal',
  name: '预算绩效管理（财政部自评口径）',
  precision: 2,
  split: { execution: 10, output: 50, effect: 30, satisfaction: 10 },
  light: { red: 0.6, yellow: 0.8 },
  monthsPerYear: 12,
  makeUpTolerance: 0.01,
  verdictBands: {
    达成: { min: 80, max: 100, includeMax: true },
    部分达成: { min: 60, max: 80, includeMax: false },
    未达成: { min: 0, max: 60, includeMax: false },
  },
  overshoot: { factor: 1.5 },
  inapplicable: 'all',
  indicatorPoints: 'must-match',
  equalTolerance: 1e-9,
  gradeMin: { 优: 90, 良: 80, 中: 60 },
  application: {
    优: { zh: '优先安排预算', en: 'give priority in next year’s budget' },
    良: { zh: '正常安排预算', en: 'arrange the budget as usual' },
    中: { zh: '调减预算并整改', en: 'reduce the budget and correct the project' },
    差: { zh: '减少或取消预算', en: 'reduce or cancel the budget' },
  },
};

/** Every problem with a fiscal scheme, as issues (empty when usable). */
export function checkFiscalScheme(input: unknown): Issue[] {
  const r = fiscalSchemeSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const params = (i as { params?: Record<string, string | number> }).params;
    const code = params?.['fiscalCode'];
    if (typeof code === 'string') {
      const { fiscalCode: _drop, ...rest } = params ?? {};
      return makeIssue(code as IssueCode, { path, ...rest }, { field: path });
    }
    return makeIssue('scheme.invalid', { path, detail: i.message }, { field: path });
  });
}

/** The scheme to use: the one given, or the preset. */
export const schemeOr = (s: FiscalScheme | undefined): FiscalScheme => s ?? fiscalPreset;
