/** Number formats as the hosts report them ("0%", "0.00%", "General", "@"): which ones show a value as a percentage. */

const seen = new Map<string, boolean>();

/**
 * True when `format` multiplies by 100 and shows a % sign ("0%", "0.0%", "#,##0.00%;[Red]-0%"): a % outside quoted
 * text ("0 \"%\""), an escape (\%), padding (_% or *%) and [..] sections (colours, conditions, locales), which show it literally or not at all.
 */
export function isPercentFormat(format: string | undefined | null): boolean {
  if (typeof format !== 'string' || format === '' || !format.includes('%')) return false;
  let known = seen.get(format);
  if (known === undefined) {
    known = format.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, '').includes('%');
    if (seen.size < 1000) seen.set(format, known);
  }
  return known;
}
