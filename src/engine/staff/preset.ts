import type { StaffScheme } from './scheme';

/**
 * The preset: 篇3 as written; no blend weights (Decision); schema defaults written out.
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
  floatMinPercent: null,
  floatMaxPercent: null,
  floatFrom: 'full',
  amountPrecision: 2,
  monthEnd: { min: 0, max: 100 },
  blankPoints: 'error',
  penalties: {
    late: { perDay: 100 },
    missing: { percent: 10 },
    reviewError: { perCase: 200, charge: 'once' },
    baseless: { perCase: 200 },
    harassment: { perCase: 500 },
    blankCounts: 'error',
  },
  calendar: { assessBy: 5, toHrBy: 10, settleBy: 25 },
};
