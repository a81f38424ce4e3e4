import type { CellValue } from '../core/cell';
import { argIssue, notANumber } from '../args/read-arg';
import { readNumber } from '../core/coerce';
import { makeIssue, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import type { Text } from '../core/text';
import type { EngineerItem, EngineerScheme } from './scheme';
import { ENGINEER_ITEMS, weightSum } from './items';
import { engineerPreset } from './preset';

/** The four weights in percent (40 = 40%). */
export type EngineerWeights = Readonly<Record<EngineerItem, number>>;

/** A scheme's own weights. */
export const schemeWeights = (s: EngineerScheme): EngineerWeights => ({
  quality: s.items.quality.weight,
  efficiency: s.items.efficiency.weight,
  cost: s.items.cost.weight,
  ability: s.items.ability.weight,
});

/** An item's weight as an argument: 工作质量权重 / quality weight. */
const weightLabel = (item: Text): Text => ({ zh: `${item.zh}权重`, en: `${item.en} weight` });

/** Percent → text without float noise: 105.00000000000001 → "105". */
export const percentText = (p: number): string => String(Number(p.toPrecision(12)));

/**
 * Read PERF.ENGINEER's 4 optional weight cells (quality, efficiency, cost, ability).
 * Interpretation (Decision, documented for users): a cell written with % ("40%") is exact;
 * plain numbers are read together — all ≤ 1 → fractions (0.4), otherwise percents (40).
 * Among percents a plain value strictly between 0 and 1 is refused as ambiguous.
 * A blank cell in the given range is an error (a weight is never silently 0), and so is a sum ≠ 100%.
 */
export function parseWeights(cells: readonly CellValue[], scheme: EngineerScheme = engineerPreset): Result<EngineerWeights> {
  const issues: Issue[] = [];
  if (cells.length !== 4) return fail([makeIssue('engineer.weights-count', { count: cells.length }, { field: '权重' })]);
  const read: { item: EngineerItem; value: number; percentSign: boolean }[] = [];
  ENGINEER_ITEMS.forEach((item, i) => {
    const label = scheme.items[item].label;
    const weight = weightLabel(label);
    const v = cells[i] ?? null;
    const r = readNumber(v);
    if (!r.ok) {
      issues.push(argIssue(weight, notANumber(r)));
      return;
    }
    if (r.value < 0) {
      issues.push(argIssue(weight, { kind: 'out-of-range', value: r.value, range: '0–100%' }));
      return;
    }
    read.push({ item, value: r.value, percentSign: typeof v === 'string' && /[%％]\s*$/.test(v) });
  });
  if (issues.length > 0) return fail(issues);
  const plain = read.filter((r) => !r.percentSign);
  const fractions = plain.every((r) => r.value <= 1);
  const out: Record<EngineerItem, number> = { quality: 0, efficiency: 0, cost: 0, ability: 0 };
  for (const r of read) {
    if (!r.percentSign && !fractions && r.value > 0 && r.value < 1) {
      const label = scheme.items[r.item].label;
      issues.push(makeIssue('engineer.weights-mixed', { value: r.value, fieldEn: label.en }, { field: label.zh }));
    }
    // "40%" reads as 0.4, so it joins the fractions; ×100 with the noise taken off.
    out[r.item] = r.percentSign || fractions ? Number((r.value * 100).toPrecision(12)) : r.value;
  }
  if (issues.length > 0) return fail(issues);
  const bad = checkWeights(out, scheme);
  return bad.length > 0 ? fail(bad) : ok(out);
}

/**
 * Weights given to PERF.ENGINEER or scoreEngineer: each 0–100% and, together, 100% (篇1 六's 25% makes 105%:
 * "weights sum to 105%, expected 100%"). Empty when usable.
 */
export function checkWeights(w: EngineerWeights, scheme: EngineerScheme = engineerPreset): Issue[] {
  const issues: Issue[] = [];
  for (const item of ENGINEER_ITEMS) {
    const v = w[item];
    if (!(Number.isFinite(v) && v >= 0 && v <= 100)) {
      issues.push(argIssue(weightLabel(scheme.items[item].label), { kind: 'out-of-range', value: v, range: '0–100%' }));
    }
  }
  if (issues.length > 0) return issues;
  const sum = weightSum(w);
  if (sum !== 100) issues.push(makeIssue('engineer.weights-sum', { sum: percentText(sum) }, { field: '权重' }));
  return issues;
}
