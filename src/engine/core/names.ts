/**
 * Names of units (and people) as they are matched across sheets and files: 民政局(宗教局) on one sheet and
 * 民政局（宗教局） on another, or 南 牛 乡 typed with a stray space, are the same unit. Only the comparison is
 * loosened: the name written out is always the one the user typed.
 */
import { cleanText, halfWidth } from './coerce';

/** The form two names are compared in: trimmed, no spaces of any kind, full-width brackets and letters at half width. */
export function nameKey(name: string): string {
  return halfWidth(cleanText(name)).replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** Whether two names are the same unit's. */
export const sameName = (a: string, b: string): boolean => a === b || nameKey(a) === nameKey(b);

/** A set of names compared by nameKey (it holds the keys). */
export class NameSet extends Set<string> {
  override add(name: string): this {
    return super.add(nameKey(name));
  }
  override has(name: string): boolean {
    return super.has(nameKey(name));
  }
  override delete(name: string): boolean {
    return super.delete(nameKey(name));
  }
}

/** A map keyed by names compared by nameKey (it holds the keys; values keep the names as typed). */
export class NameMap<V> extends Map<string, V> {
  override get(name: string): V | undefined {
    return super.get(nameKey(name));
  }
  override set(name: string, value: V): this {
    return super.set(nameKey(name), value);
  }
  override has(name: string): boolean {
    return super.has(nameKey(name));
  }
  override delete(name: string): boolean {
    return super.delete(nameKey(name));
  }
}
