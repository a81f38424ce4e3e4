import type { StaffScheme } from './scheme';

/**
 * The preset: 篇3 as written with RULES.md's Decisions (float floored at −100%, blank 加分/扣分 and incident counts 0,
 * no blend weights); schema defaults written out.
 * A plain value, so code that only scores never loads zod (the custom-functions bundle stays small);
 * the engine's scheme test checks that the schema parses it to itself, defaults included.
 */
export const staffPreset: StaffScheme = {
  kind: 'staff',
  name: '员工绩效考核与工资浮动（篇3）',
  precision: 2,
  rankMode: 'competition',
  base: 100,
  floatPercentPerPoint: 1,
  floatMinPercent: -100,
  floatMaxPercent: null,
  floatFrom: 'full',
  amountPrecision: 2,
  monthEnd: { min: 0, max: 100 },
  blankPoints: 'error',
  blankBonusDeduction: 'zero',
  penalties: {
    late: { perDay: 100 },
    missing: { percent: 10 },
    reviewError: { perCase: 200, charge: 'once' },
    baseless: { perCase: 200 },
    harassment: { perCase: 500 },
    blankCounts: 'zero',
  },
  calendar: { assessBy: 5, toHrBy: 10, settleBy: 25 },
};
