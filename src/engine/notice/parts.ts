import type { Step } from '../core/explain';
import type { Text } from '../core/text';
import type { CountyGroupSettings } from '../county/scheme';
import type { CountyResult } from '../county/types';
import { engineerPreset } from '../engineer/preset';
import type { EngineerScheme } from '../engineer/scheme';
import { ENGINEER_ITEMS } from '../engineer/items';

/** How a part's value is shown: a score at the scheme precision, a fraction as a percent, or text (a grade). */
export type PartFormat = 'score' | 'percent' | 'text';

/** One column of a unit's parts, beside its composite. */
export interface PartColumn {
  readonly key: string;
  readonly label: Text;
  readonly format: PartFormat;
}

/** A ranked person or project as the engine scored it: the rounded score the ranking used, its rank and its steps. */
export interface NoticeEntry {
  readonly name: string;
  readonly rank: number;
  /** At the scheme precision (what the ranking used). */
  readonly score: number;
  readonly steps: readonly Step[];
  /** Staff: the department. */
  readonly department?: string | null | undefined;
  /** Staff: the wage float as a fraction (−0.1 = −10%). */
  readonly float?: number | null | undefined;
  /** Fiscal: 优/良/中/差. */
  readonly grade?: string | null | undefined;
}

export type UnitParts = Readonly<Record<string, number | string | null>>;

const col = (key: string, zh: string, en: string, format: PartFormat = 'score'): PartColumn => ({ key, label: { zh, en }, format });

const COUNTY_COLUMNS = {
  indicator: col('indicator', '指标评估', 'indicator'),
  public: col('public', '公众评估', 'public'),
  leader: col('leader', '领导评估', 'leader'),
  bonus: col('bonus', '加分', 'bonus'),
  deduction: col('deduction', '减分', 'deduction'),
};

/** A county group's part columns: the shares it has (篇4 六(一)), bonus and deduction where it takes them. */
export function countyPartColumns(g: CountyGroupSettings): PartColumn[] {
  const c = COUNTY_COLUMNS;
  return [c.indicator, ...(g.shares.public !== null ? [c.public] : []), c.leader, ...(g.adjustments ? [c.bonus, c.deduction] : [])];
}

const stepPoints = (steps: readonly Step[], item: string): number | null => steps.find((s) => s.item === item)?.points ?? null;

/**
 * A county unit's parts as its composite used them (county/composite.ts steps): the three evaluations, and bonus
 * and deduction after their caps (the deduction as a positive magnitude, as 减分 is written). No claim is 0.
 */
export function countyParts(r: Pick<CountyResult, 'steps'>): UnitParts {
  const deduction = stepPoints(r.steps, 'deduction.cap');
  return {
    indicator: stepPoints(r.steps, 'indicator'),
    public: stepPoints(r.steps, 'public'),
    leader: stepPoints(r.steps, 'leader'),
    bonus: stepPoints(r.steps, 'bonus.cap') ?? 0,
    deduction: deduction === null ? 0 : -deduction,
  };
}

/** The four items of 篇1 四, labelled with their weights. */
export function engineerPartColumns(scheme: EngineerScheme = engineerPreset): PartColumn[] {
  return ENGINEER_ITEMS.map((k) => {
    const it = scheme.items[k];
    return col(k, `${it.label.zh}（${it.weight}%）`, `${it.label.en} (${it.weight}%)`);
  });
}

/**
 * An engineer's four items after their floor and cap, as the score weighted them: a step's points are
 * item × weight%, so the item is points ÷ weight% (null for a weight of 0, which says nothing of the item).
 */
export function engineerParts(row: Pick<NoticeEntry, 'steps'>, scheme: EngineerScheme = engineerPreset): UnitParts {
  const out: Record<string, number | null> = {};
  for (const k of ENGINEER_ITEMS) {
    const p = stepPoints(row.steps, k);
    const w = scheme.items[k].weight;
    out[k] = p === null || w === 0 ? null : Number(((p * 100) / w).toPrecision(12));
  }
  return out;
}

export const STAFF_PART_COLUMNS: readonly PartColumn[] = [
  col('monthEnd', '月底打分', 'month-end'),
  col('daily', '日考核得分', 'daily'),
  col('bonus', '加分', 'bonus'),
  col('deduction', '扣分', 'deduction'),
  col('float', '绩效工资浮动', 'wage float', 'percent'),
];

/** A person's parts (篇3 二): back-office month-end and daily points, production bonus and deduction (a magnitude), and the float. */
export function staffParts(row: Pick<NoticeEntry, 'steps' | 'float'>): UnitParts {
  const deduction = stepPoints(row.steps, 'deduction');
  return {
    monthEnd: stepPoints(row.steps, 'monthEnd'),
    daily: stepPoints(row.steps, 'daily'),
    bonus: stepPoints(row.steps, 'bonus'),
    deduction: deduction === null ? null : -deduction,
    float: row.float ?? null,
  };
}

export const FISCAL_PART_COLUMNS: readonly PartColumn[] = [
  col('execution', '预算执行', 'execution'),
  col('output', '产出', 'output'),
  col('effect', '效益', 'benefit'),
  col('satisfaction', '满意度', 'satisfaction'),
  col('grade', '等级', 'grade', 'text'),
];

const LEVELS = { output: '产出', effect: '效益', satisfaction: '满意度' } as const;

/** A project's parts (FISCAL.md §3, §4): execution points, each 一级指标's indicator points summed, and the grade. */
export function fiscalParts(row: Pick<NoticeEntry, 'steps' | 'grade'>): UnitParts {
  const out: Record<string, number | string | null> = { execution: stepPoints(row.steps, 'execution') };
  for (const [key, level] of Object.entries(LEVELS)) {
    const own = row.steps.filter((s) => s.item.startsWith(`indicator.${level}/`));
    out[key] = own.length === 0 ? null : Number(own.reduce((a, s) => a + s.points, 0).toPrecision(12));
  }
  out.grade = row.grade ?? null;
  return out;
}
