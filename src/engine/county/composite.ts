import type { CellValue } from '../core/cell';
import { readNumber, readText } from '../core/coerce';
import type { Explained, Step } from '../core/explain';
import { hasErrors, makeIssue, type Issue, type IssueLocation } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { roundHalfUp } from '../core/round';
import type { Text } from '../core/text';
import { capStep } from './adjustments';
import { parseGroup } from './group';
import { isPercentText } from './raw';
import type { CountyScheme } from './scheme';
import { countyPreset } from './preset';
import type { CountyGroup } from './types';

export type PartKey = 'group' | 'indicator' | 'public' | 'leader' | 'bonus' | 'deduction';

export const PART_LABELS: Readonly<Record<PartKey, { zh: string; en: string }>> = {
  group: { zh: '类别', en: 'group' },
  indicator: { zh: '指标评估', en: 'indicator evaluation' },
  public: { zh: '公众评估', en: 'public evaluation' },
  leader: { zh: '领导评估', en: 'leader evaluation' },
  bonus: { zh: '加分', en: 'bonus' },
  deduction: { zh: '减分', en: 'deduction' },
};

/** The numbers of a composite, already read; null = blank. bonus/deduction are raw claimed sums. */
export interface CompositeParts {
  readonly group: CountyGroup;
  readonly indicator: number | null;
  readonly leader: number | null;
  readonly public?: number | null | undefined;
  readonly bonus?: number | null | undefined;
  readonly deduction?: number | null | undefined;
}

export type Locate = (part: PartKey) => IssueLocation & { at: string };

/** A share's rule text, made once per part and share (a column of PERF.COUNTY calls composes the same ones). */
const shareRules: Readonly<Record<'indicator' | 'public' | 'leader', Map<number, Text>>> = { indicator: new Map(), public: new Map(), leader: new Map() };
function shareRule(key: 'indicator' | 'public' | 'leader', max: number): Text {
  const rules = shareRules[key];
  let rule = rules.get(max);
  if (rule === undefined) {
    rule = { zh: `${PART_LABELS[key].zh}（满分 ${max}）`, en: `${PART_LABELS[key].en} (out of ${max})` };
    if (rules.size < 64) rules.set(max, rule); // bounded: a hostile scheme cannot grow it
  }
  return rule;
}

/**
 * 篇4 六(一) 综合得分: township = indicator + leader + bonus − deduction; department adds public;
 * ancient-city = indicator + leader. Which parts a group has is read from the scheme (shares, adjustments).
 * Each part must lie within its share; bonus and deduction are capped separately.
 * An issue's place and texts are made only when there is an issue: the clean path only adds and explains.
 */
export function composeCounty(p: CompositeParts, scheme: CountyScheme, locate: Locate): Result<Explained> {
  const gs = scheme.groups[p.group] as CountyScheme['groups'][CountyGroup] | undefined;
  if (!gs) {
    // A caller outside the readers may hand any text as the group: an issue, never a throw.
    const where = locate('group');
    return fail([makeIssue('county.unknown-group', { at: where.at, value: String(p.group) }, where)]);
  }
  const issues: Issue[] = [];
  const steps: Step[] = [];
  let total = 0;
  const partOf = (key: PartKey, at: string) => ({ part: PART_LABELS[key].zh, partEn: PART_LABELS[key].en, at, group: gs.label.zh, groupEn: gs.label.en });
  const share = (key: 'indicator' | 'public' | 'leader', value: number | null | undefined, max: number | null): void => {
    if (max === null) {
      if (value === null || value === undefined || value === 0) return;
      const where = locate(key);
      return void issues.push(makeIssue('county.part-not-applicable', { ...partOf(key, where.at), value }, where));
    }
    if (value === null || value === undefined || !Number.isFinite(value) || value < 0 || value > max) {
      const where = locate(key);
      const part = partOf(key, where.at);
      if (value === null || value === undefined) return void issues.push(makeIssue('county.part-missing', part, where));
      if (!Number.isFinite(value)) return void issues.push(makeIssue('county.part-not-number', { ...part, value: String(value) }, where));
      return void issues.push(makeIssue('county.part-range', { ...part, value, share: max }, where));
    }
    total += value;
    steps.push({ item: key, label: PART_LABELS[key], input: value, rule: shareRule(key, max), points: value });
  };
  share('indicator', p.indicator, gs.shares.indicator);
  share('public', p.public, gs.shares.public);
  share('leader', p.leader, gs.shares.leader);
  for (const kind of ADJUSTMENTS) {
    let v = p[kind] ?? 0;
    if (v === 0) continue;
    if (!Number.isFinite(v) || !gs.adjustments || v < 0) {
      const where = locate(kind);
      if (!Number.isFinite(v)) {
        issues.push(makeIssue('county.part-not-number', { ...partOf(kind, where.at), value: String(v) }, where));
        continue;
      }
      if (!gs.adjustments) {
        issues.push(makeIssue('county.adjustments-not-applicable', { ...partOf(kind, where.at), value: v }, where));
        continue;
      }
      if (kind === 'bonus') {
        issues.push(makeIssue('county.bonus-negative', { at: where.at, value: v }, where));
        continue;
      }
      // A deduction typed as −3 means a deduction of 3: say so rather than guess silently.
      issues.push(makeIssue('county.deduction-sign', { at: where.at, value: v, points: -v }, where));
      v = -v;
    }
    const step = capStep(v, kind, scheme);
    steps.push(kind === 'bonus' ? step : { ...step, points: -step.points });
    total += kind === 'bonus' ? step.points : -step.points;
  }
  if (hasErrors(issues)) return fail(issues);
  const value = roundHalfUp(total, 9);
  return ok({ value, rounded: roundHalfUp(value, scheme.precision), steps }, issues);
}

const ADJUSTMENTS = ['bonus', 'deduction'] as const;
/** A formula's parts are located by their argument names. */
const locateArgument: Locate = (part) => ({ at: part, field: part });

/** One part's argument: its number, null when blank, undefined (with the issue) when it cannot be read. */
function partArgument(key: Exclude<PartKey, 'group'>, v: CellValue | undefined, issues: Issue[]): number | null | undefined {
  const c = v ?? null;
  const r = readNumber(c);
  if (r.ok && !isPercentText(c)) return r.value;
  if (!r.ok && r.kind === 'blank') return null;
  const part = { at: key, part: PART_LABELS[key].zh, partEn: PART_LABELS[key].en };
  issues.push(r.ok ? makeIssue('county.part-percent', { ...part, value: String(c) }, locateArgument(key)) : makeIssue('county.part-not-number', { ...part, value: r.text }, locateArgument(key)));
  return undefined;
}

/** A composite from formula arguments (PERF.COUNTY): numbers or number text; blank (or omitted) public/bonus/deduction allowed. */
export function countyComposite(
  input: {
    group: CellValue;
    indicator: CellValue;
    leader: CellValue;
    public?: CellValue | undefined;
    bonus?: CellValue | undefined;
    deduction?: CellValue | undefined;
  },
  scheme: CountyScheme = countyPreset,
): Result<Explained> {
  const issues: Issue[] = [];
  const group = parseGroup(input.group);
  if (!group) {
    const groupText = readText(input.group);
    issues.push(groupText === null ? makeIssue('county.group-missing', { at: 'group' }, { field: 'group' }) : makeIssue('county.unknown-group', { at: 'group', value: groupText }, { field: 'group' }));
  }
  // One call per part, by name: a loop over the part names made every read and write a keyed, slower one.
  const indicator = partArgument('indicator', input.indicator, issues);
  const leader = partArgument('leader', input.leader, issues);
  const pub = partArgument('public', input.public, issues);
  const bonus = partArgument('bonus', input.bonus, issues);
  const deduction = partArgument('deduction', input.deduction, issues);
  if (!group || hasErrors(issues)) return fail(issues);
  const r = composeCounty({ group, indicator: indicator ?? null, leader: leader ?? null, public: pub, bonus, deduction }, scheme, locateArgument);
  if (issues.length === 0) return r;
  return r.ok ? ok(r.value, [...issues, ...r.issues]) : fail([...issues, ...r.issues]);
}
