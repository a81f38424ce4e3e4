import { roundHalfUp } from './round';
import type { Text } from './text';

/**
 * One step of a score's explanation: which item, what went in, which rule applied,
 * the points it gave, and the cap when one was applied.
 */
export interface Step {
  /** Stable item code, e.g. "quality", "bonus", "indicator.经济发展/GDP". */
  readonly item: string;
  readonly label: Text;
  readonly input?: number | string | null;
  readonly rule: Text;
  readonly points: number;
  readonly cap?: number;
  readonly capped?: boolean;
}

/** Steps as one line each language, every number at the scheme's precision: "工作质量 36，工作效率 19.4". */
export function stepsText(steps: readonly Step[], precision: number): Text {
  const n = (x: number): string => String(roundHalfUp(x, precision));
  return {
    zh: steps.map((s) => `${s.label.zh} ${n(s.points)}`).join('，'),
    en: steps.map((s) => `${s.label.en} ${n(s.points)}`).join(', '),
  };
}

/** A score with the steps that produced it. `value` is full precision; `rounded` at the scheme precision. */
export interface Explained {
  readonly value: number;
  readonly rounded: number;
  readonly steps: readonly Step[];
}
