import type { FiscalScheme } from './scheme';

/**
 * The preset: MoF practice (财预〔2020〕10号, 财预〔2019〕136号) as FISCAL.md states it.
 * A plain value beside the zod schema, so code that only scores never loads zod.
 */
export const fiscalPreset: FiscalScheme = {
  kind: 'fiscal',
  name: '预算绩效管理（财政部自评口径）',
  precision: 2,
  rankMode: 'competition',
  split: { execution: 10, output: 50, effect: 30, satisfaction: 10 },
  light: { red: 0.6, yellow: 0.8 },
  monthsPerYear: 12,
  makeUpTolerance: 0.01,
  verdictBands: {
    达成: { min: 80, max: 100, includeMax: true },
    // §3 Decision: a percentage on a shared boundary (60, 80) fits either adjacent verdict.
    部分达成: { min: 60, max: 80, includeMax: true },
    未达成: { min: 0, max: 60, includeMax: true },
  },
  overshoot: { factor: 1.5 },
  inapplicable: 'all',
  indicatorPoints: 'must-match',
  missingLevel: 'rescale',
  equalTolerance: 1e-9,
  gradeMin: { 优: 90, 良: 80, 中: 60 },
  application: {
    优: { zh: '优先安排预算', en: 'give priority in next year’s budget' },
    良: { zh: '正常安排预算', en: 'arrange the budget as usual' },
    中: { zh: '调减预算并整改', en: 'reduce the budget and correct the project' },
    差: { zh: '减少或取消预算', en: 'reduce or cancel the budget' },
  },
};

/** The scheme to use: the one given, or the preset. */
export const schemeOr = (s: FiscalScheme | undefined): FiscalScheme => s ?? fiscalPreset;
