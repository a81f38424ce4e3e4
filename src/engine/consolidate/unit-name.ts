import { halfWidth } from '../core/coerce';

// Every kind of space, the ideographic and zero-width ones included.
const SPACES = /[\s\u00A0\u3000\u200B\uFEFF]+/g;

/**
 * A unit name as matched against the master's 单位 list: trimmed, spaces dropped, full-width brackets as
 * half-width ones — so “商务局（粮食局）” and “商务局(粮食局) ” are the same unit.
 * TO BE REPLACED by the layout work's one unit-name normalisation in src/engine/core: keep this the only
 * place that says how a unit name compares, so the swap is one import.
 */
export function unitNameKey(name: string): string {
  return halfWidth(name).replace(SPACES, '');
}
