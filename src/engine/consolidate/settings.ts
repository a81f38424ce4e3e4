import { z } from 'zod';
import { zodIssues } from '../args/zod-issues';
import { makeIssue, type Issue } from '../core/issue';

/**
 * Settings of 汇总 (RULES.md "Consolidation", 篇4 六(三)/八(三)). Every Decision is a field here, not a branch.
 * Plain z.object like the county scheme; the preset is a value beside it.
 */
export const consolidationSettingsSchema = z.object({
  /** Decision (RULES.md Consolidation): the mid-year (中期) actual is the cumulative reported for this month. */
  midMonth: z.number().int().min(1).max(12),
  /** Decision (RULES.md Consolidation): the year-end (年终) actual is the cumulative reported for this month. */
  endMonth: z.number().int().min(1).max(12),
  /**
   * Decision (RULES.md Consolidation): when a unit reported only monthly values, the cumulative is their sum
   * for higher-is-better indicators ('sum-higher') and never derived for lower-is-better ones (a sum of accident
   * counts is a count, but a rate or a ceiling is not). 'never' derives nothing: only reported cumulatives count.
   */
  deriveCumulative: z.enum(['sum-higher', 'never']),
  /**
   * County monthly reports are due by this day of the following month; null = no due day, no lateness.
   * Decision: 篇4 六(三) names no day; the preset takes the 10th, the day 篇3 sets for monthly summaries, so a
   * late report shows in 汇总情况 (days only: the late fee is 篇3's rule for departments, the staff scheme's).
   */
  reportDueDay: z.number().int().min(1).max(28).nullable(),
})
  // A stored setting with a key it does not know is an error naming it, never silently ignored (RULES.md).
  .strict();

export type ConsolidationSettings = z.infer<typeof consolidationSettingsSchema>;

export const consolidationPreset: ConsolidationSettings = {
  midMonth: 6,
  endMonth: 12,
  deriveCumulative: 'sum-higher',
  reportDueDay: 10,
};

/** Check stored settings: the shape (zod), then the order of the two months. */
export function checkConsolidationSettings(input: unknown): Issue[] {
  const parsed = consolidationSettingsSchema.safeParse(input);
  if (!parsed.success) return zodIssues(parsed.error, consolidationSettingsSchema);
  const s = parsed.data;
  return s.midMonth < s.endMonth ? [] : [makeIssue('consolidate.months-order', { mid: s.midMonth, end: s.endMonth }, { field: 'midMonth' })];
}
