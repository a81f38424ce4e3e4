/** What a scheme changes from another (the task pane shows a scheme's differences from its preset). */

/** One setting that differs: its dotted path ("groups.township.advanced.floor", "bonusItems.2.points") and both values. */
export interface SchemeChange {
  readonly path: string;
  /** The base's value; undefined when the base has none there (added). */
  readonly from: unknown;
  /** The scheme's value; undefined when the scheme has none there (removed). */
  readonly to: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Every leaf setting where `scheme` differs from `base`, in the base's key order then the scheme's new keys.
 * Arrays are compared item by item (a table row is its index), so a changed bonus item names its own field.
 */
export function schemeDiff(scheme: unknown, base: unknown, path = ''): SchemeChange[] {
  if (Object.is(scheme, base)) return [];
  if (!isObject(scheme) || !isObject(base) || Array.isArray(scheme) !== Array.isArray(base)) return [{ path, from: base, to: scheme }];
  const keys = [...new Set([...Object.keys(base), ...Object.keys(scheme)])];
  return keys.flatMap((k) => {
    if (scheme[k] === undefined && base[k] === undefined) return [];
    return schemeDiff(scheme[k], base[k], path === '' ? k : `${path}.${k}`);
  });
}
