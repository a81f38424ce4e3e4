import type { CellValue } from '../core/cell';
import type { Explained, Step } from '../core/explain';
import { makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { argIssue, readArg, type ArgSpec } from '../args/read-arg';
import type { EngineerItem, EngineerScheme } from './scheme';
import { ENGINEER_ITEMS } from './items';
import { engineerPreset } from './preset';
import { checkWeights, percentText, schemeWeights, type EngineerWeights } from './weights';

/** One engineer's month as PERF.ENGINEER receives it (篇1 四). */
export interface EngineerInput {
  readonly rejections: CellValue;
  readonly overdue: CellValue;
  readonly costActual: CellValue;
  readonly costPlan: CellValue;
  readonly papers: CellValue;
}

/** The same month once read: counts are whole and ≥ 0, the plan is > 0. */
export interface EngineerNumbers {
  readonly rejections: number;
  readonly overdue: number;
  readonly costActual: number;
  readonly costPlan: number;
  readonly papers: number;
}

/** Argument labels, as the sheet's headers name them. */
export const ENGINEER_FIELDS: Readonly<Record<keyof EngineerNumbers, Text>> = {
  rejections: { zh: '驳回次数', en: 'rejections' },
  overdue: { zh: '逾期次数', en: 'overdue' },
  costActual: { zh: '实际费用', en: 'cost actual' },
  costPlan: { zh: '计划费用', en: 'cost plan' },
  papers: { zh: '论文数', en: 'papers' },
};

// RULES.md engineer: counts are non-negative whole numbers and a blank count is 0; costs are required.
const ARGS: Readonly<Record<keyof EngineerNumbers, ArgSpec>> = {
  rejections: { label: ENGINEER_FIELDS.rejections, count: true, blank: 'zero' },
  overdue: { label: ENGINEER_FIELDS.overdue, count: true, blank: 'zero' },
  costActual: { label: ENGINEER_FIELDS.costActual, min: 0 },
  costPlan: { label: ENGINEER_FIELDS.costPlan },
  papers: { label: ENGINEER_FIELDS.papers, count: true, blank: 'zero' },
};

/** The fixed parts of each item's rule text, built once per scheme and weights; only numbers are interpolated per call. */
interface RuleTexts {
  readonly head: Text;
  readonly tail: Text;
  readonly floor: Text;
  readonly max: Text;
  /** Steps already built for whole inputs 0–MEMO−1 (a step depends only on the input once scheme and weights are fixed). */
  readonly memo: (Step | undefined)[];
}
type SchemeTexts = Readonly<Record<EngineerItem, RuleTexts>>;

const weightCache = new WeakMap<EngineerScheme, EngineerWeights>();

/** A scheme's weights, read once per scheme object. */
function schemeWeightsOf(scheme: EngineerScheme): EngineerWeights {
  let w = weightCache.get(scheme);
  if (!w) weightCache.set(scheme, (w = schemeWeights(scheme)));
  return w;
}

const textCache = new WeakMap<EngineerScheme, WeakMap<object, SchemeTexts>>();

function buildTexts(scheme: EngineerScheme, w: EngineerWeights): SchemeTexts {
  const out = {} as Record<EngineerItem, RuleTexts>;
  for (const k of ENGINEER_ITEMS) {
    const it = scheme.items[k];
    const sign = it.perUnit < 0 ? '−' : '+';
    const head = `${scheme.base} ${sign} ${Math.abs(it.perUnit)}×`;
    const pct = percentText(w[k]);
    out[k] = {
      head: { zh: head, en: head },
      tail: { zh: `；× ${pct}% = `, en: `; × ${pct}% = ` },
      floor: { zh: `，不低于 ${it.floor ?? ''}`, en: `, floored at ${it.floor ?? ''}` },
      max: { zh: `，封顶 ${it.max ?? ''}`, en: `, capped at ${it.max ?? ''}` },
      memo: [],
    };
  }
  return out;
}

function textsFor(scheme: EngineerScheme, weights: EngineerWeights | undefined): SchemeTexts {
  let byWeights = textCache.get(scheme);
  if (!byWeights) textCache.set(scheme, (byWeights = new WeakMap()));
  const key = weights ?? scheme;
  let t = byWeights.get(key);
  if (!t) byWeights.set(key, (t = buildTexts(scheme, weights ?? schemeWeightsOf(scheme))));
  return t;
}

/** Cost overrun in percent of plan (篇1 四: 每超出计划的1%), counted only when > 0; 'whole' floors it. */
export function costOverrun(actual: number, plan: number, step: EngineerScheme['costStep']): number {
  let p = ((actual - plan) * 100) / plan;
  if (p <= 0) return 0;
  // Take off binary noise (12.99999999999999 → 13, 3.7000000000000006 → 3.7): 9 decimals are plenty for a percent.
  if (!Number.isInteger(p)) p = p < 1e6 ? Math.round(p * 1e9) / 1e9 : Number(p.toPrecision(12));
  return step === 'whole' ? Math.floor(p) : p;
}

type Item = EngineerScheme['items'][EngineerItem];

/** An item after its floor and cap (Decision: floor 0, no cap unless the scheme sets `max`). */
function bounded(it: Item, raw: number): number {
  if (it.floor !== null && raw < it.floor) return it.floor;
  if (it.max !== undefined && raw > it.max) return it.max;
  return raw;
}

/** One item's step: "base ± perUnit×input = raw[, floored/capped]; × weight% = points". */
function itemStep(k: EngineerItem, it: Item, input: number, raw: number, item: number, w: number, t: RuleTexts, overrun: number | null): Step {
  const points = (item * w) / 100;
  // Each number becomes text once and is shared by both languages.
  const body = `${input} = ${raw}`;
  const tail = String(points);
  let zh = t.head.zh + body;
  let en = t.head.en + body;
  if (overrun !== null) {
    // 'whole' counts fewer points than the overrun: say both.
    zh += overrun === input ? `（超支 ${overrun}%）` : `（超支 ${overrun}%，按 ${input} 计）`;
    en += overrun === input ? ` (${overrun}% over plan)` : ` (${overrun}% over plan, counted as ${input})`;
  }
  if (item === raw) return { item: k, label: it.label, input, rule: { zh: zh + t.tail.zh + tail, en: en + t.tail.en + tail }, points };
  const bound = item > raw ? t.floor : t.max;
  zh += bound.zh + t.tail.zh + tail;
  en += bound.en + t.tail.en + tail;
  return { item: k, label: it.label, input, rule: { zh, en }, points, cap: item, capped: true };
}

/** Counts and whole overrun percents below this reuse a frozen step; only other inputs build text. */
const MEMO = 256;

/** itemStep, shared for small whole inputs: the same month figures give the very same (frozen) step. */
function cachedStep(k: EngineerItem, it: Item, input: number, raw: number, item: number, w: number, t: RuleTexts, overrun: number | null): Step {
  if (!(Number.isInteger(input) && input >= 0 && input < MEMO && (overrun === null || overrun === input))) return itemStep(k, it, input, raw, item, w, t, overrun);
  let st = t.memo[input];
  if (st === undefined) {
    st = itemStep(k, it, input, raw, item, w, t, overrun);
    Object.freeze(st.rule);
    t.memo[input] = Object.freeze(st);
  }
  return st;
}

/**
 * Score numbers already read (篇1 五/六): each item = base + perUnit × input, floored/capped,
 * times its weight; the total is Σ item × weight% / 100 so 95.4 comes out exact.
 */
export function explainEngineer(n: EngineerNumbers, scheme: EngineerScheme = engineerPreset, weights?: EngineerWeights): Explained {
  const t = textsFor(scheme, weights);
  const { quality, efficiency, cost, ability } = scheme.items;
  const w = weights ?? schemeWeightsOf(scheme);
  const b = scheme.base;
  const exact = costOverrun(n.costActual, n.costPlan, 'linear');
  const over = scheme.costStep === 'whole' ? Math.floor(exact) : exact;
  const rq = b + quality.perUnit * n.rejections;
  const re = b + efficiency.perUnit * n.overdue;
  const rc = b + cost.perUnit * over;
  const ra = b + ability.perUnit * n.papers;
  const q = bounded(quality, rq);
  const e = bounded(efficiency, re);
  const c = bounded(cost, rc);
  const a = bounded(ability, ra);
  const value = (q * w.quality + e * w.efficiency + c * w.cost + a * w.ability) / 100;
  const steps: Step[] = [
    cachedStep('quality', quality, n.rejections, rq, q, w.quality, t.quality, null),
    cachedStep('efficiency', efficiency, n.overdue, re, e, w.efficiency, t.efficiency, null),
    cachedStep('cost', cost, over, rc, c, w.cost, t.cost, exact),
    cachedStep('ability', ability, n.papers, ra, a, w.ability, t.ability, null),
  ];
  return { value, rounded: roundHalfUp(value, scheme.precision), steps };
}

/** Read PERF.ENGINEER's arguments; issues name each bad field; undefined when any is unusable. */
export function readEngineerInput(input: EngineerInput, issues: Issue[]): EngineerNumbers | undefined {
  const before = issues.length;
  const rejections = readArg(input.rejections, ARGS.rejections, issues);
  const overdue = readArg(input.overdue, ARGS.overdue, issues);
  const costActual = readArg(input.costActual, ARGS.costActual, issues);
  const costPlan = readArg(input.costPlan, ARGS.costPlan, issues);
  const papers = readArg(input.papers, ARGS.papers, issues);
  if (costPlan !== undefined && costPlan <= 0) {
    issues.push(makeIssue('engineer.plan-not-positive', { value: costPlan }, { field: ARGS.costPlan.label.zh }));
  }
  if (issues.length > before || rejections === undefined || overdue === undefined || costActual === undefined || costPlan === undefined || papers === undefined) {
    return undefined;
  }
  return { rejections, overdue, costActual, costPlan, papers };
}

/**
 * Fields whose item overflows double precision (a count such as 1e308, a plan of 1e-320): their text
 * would read "Infinity". ×100 covers the weight. Empty for any real month.
 */
export function overflowing(n: EngineerNumbers, scheme: EngineerScheme): readonly (keyof EngineerNumbers)[] {
  const { quality, efficiency, cost, ability } = scheme.items;
  const b = scheme.base;
  const q = Number.isFinite((b + quality.perUnit * n.rejections) * 100);
  const e = Number.isFinite((b + efficiency.perUnit * n.overdue) * 100);
  const c = Number.isFinite((b + cost.perUnit * costOverrun(n.costActual, n.costPlan, 'linear')) * 100);
  const a = Number.isFinite((b + ability.perUnit * n.papers) * 100);
  // The usual answer, without building an array.
  if (q && e && c && a) return NONE;
  const out: (keyof EngineerNumbers)[] = [];
  if (!q) out.push('rejections');
  if (!e) out.push('overdue');
  if (!c) out.push('costActual');
  if (!a) out.push('papers');
  return out;
}

const NONE: readonly (keyof EngineerNumbers)[] = Object.freeze([]);

/** The issue for an overflowing field; the cost names actual and plan together, since either may be the cause. */
export function overflowIssue(n: EngineerNumbers, f: keyof EngineerNumbers, at: Omit<IssueLocation, 'field'>): Issue {
  if (f === 'costActual') return makeIssue('engineer.overrun-too-large', { actual: n.costActual, plan: n.costPlan }, { ...at, field: ENGINEER_FIELDS.costActual.zh });
  // From a sheet the scheme's own code and the cell; from PERF.ENGINEER's arguments the one argument text.
  if (at.cell === undefined) return argIssue(ENGINEER_FIELDS[f], { kind: 'too-large', value: n[f] });
  return makeIssue('engineer.too-large', { value: n[f], fieldEn: ENGINEER_FIELDS[f].en }, { ...at, field: ENGINEER_FIELDS[f].zh });
}

/** PERF.ENGINEER: one engineer's monthly score with one step per item (篇1). (2,1,103,100,1) → 95.4. */
export function scoreEngineer(input: EngineerInput, scheme: EngineerScheme = engineerPreset, weights?: EngineerWeights): Result<Explained> {
  const issues: Issue[] = [];
  const n = readEngineerInput(input, issues);
  if (weights) issues.push(...checkWeights(weights, scheme));
  if (n) for (const f of overflowing(n, scheme)) issues.push(overflowIssue(n, f, {}));
  return n && issues.length === 0 ? ok(explainEngineer(n, scheme, weights)) : fail(issues);
}
