import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/issue';
import { HOSTILE_NUMBERS, namingSummary } from '../../../test/engine/fixtures/hostile-values';
import { scoreManager } from './manager';
import { ENGINEER_FIELDS, scoreEngineer, type EngineerInput } from './score';
import { parseWeights } from './weights';

const example: EngineerInput = { rejections: 2, overdue: 1, costActual: 103, costPlan: 100, papers: 1 };

const HOSTILE = HOSTILE_NUMBERS;

/** One error naming the field in Chinese (field and zh text) and English (en text). */
function expectNamed(issues: readonly Issue[], code: string, label: { zh: string; en: string }): void {
  expect(namingSummary(issues, label)).toEqual([[code, label.zh, 'error', true, true]]);
}

describe('scoreEngineer hostile input', () => {
  for (const field of Object.keys(ENGINEER_FIELDS) as (keyof EngineerInput)[]) {
    for (const [what, v, kind] of HOSTILE) {
      // "85%" in a count reads as 0.85, which is not whole: refused either way.
      const expected = kind === 'arg.percent' && ['rejections', 'overdue', 'papers'].includes(field) ? 'arg.percent' : kind;
      it(`${what} as ${field} is an issue naming ${ENGINEER_FIELDS[field].zh}, never 0`, () => {
        const r = scoreEngineer({ ...example, [field]: v });
        expect(r.ok).toBe(false);
        expectNamed(r.issues, expected, ENGINEER_FIELDS[field]);
      });
    }
  }

  it('reads full-width digits and numbers stored as text', () => {
    const r = scoreEngineer({ rejections: '２', overdue: ' 1 ', costActual: '１０３', costPlan: '100', papers: '1' });
    expect(r.ok && r.value.value).toBe(95.4);
  });

  it('RULES engineer: counts are non-negative whole numbers (−1, 1.5, full-width １．５)', () => {
    for (const v of [-1, 1.5, '１．５', '-0.5']) {
      expectNamed(scoreEngineer({ ...example, papers: v }).issues, 'arg.not-whole', ENGINEER_FIELDS.papers);
    }
  });

  it('RULES engineer: plan 0 or negative is refused, never divided by', () => {
    for (const v of [0, '0', -100]) expect(scoreEngineer({ ...example, costPlan: v }).issues.map((i) => i.code)).toEqual(['engineer.plan-not-positive']);
  });

  it('a negative actual cost is refused', () => {
    expectNamed(scoreEngineer({ ...example, costActual: -1 }).issues, 'arg.out-of-range', ENGINEER_FIELDS.costActual);
  });

  it('huge counts are refused as too large instead of scoring ±Infinity', () => {
    expectNamed(scoreEngineer({ ...example, papers: 1e308 }).issues, 'arg.too-large', ENGINEER_FIELDS.papers);
    expectNamed(scoreEngineer({ ...example, rejections: 1e308 }).issues, 'arg.too-large', ENGINEER_FIELDS.rejections);
  });

  it('an overrun too large to compute names actual and plan together', () => {
    for (const [actual, plan] of [[1e308, 100], [100, 1e-320]] as const) {
      const r = scoreEngineer({ ...example, costActual: actual, costPlan: plan });
      expect(r.issues.map((i) => [i.code, i.field])).toEqual([['engineer.overrun-too-large', '实际费用']]);
      expect(r.issues[0]!.message.en).toContain('planned cost');
    }
  });

  it('large but computable inputs still score (a 1e6% overrun floors cost at 0)', () => {
    const r = scoreEngineer({ ...example, costActual: 1e8, costPlan: 100 });
    expect(r.ok && r.value.steps[2]!.points).toBe(0);
  });

  it('never throws on any hostile value in any field', () => {
    for (const field of Object.keys(ENGINEER_FIELDS) as (keyof EngineerInput)[]) {
      for (const [, v] of HOSTILE) expect(() => scoreEngineer({ ...example, [field]: v })).not.toThrow();
    }
  });
});

describe('scoreManager hostile input', () => {
  const IMPRESSION = { zh: '印象分', en: 'impression points' };
  for (const [what, v, kind] of HOSTILE) {
    it(`${what} as an engineer score or impression is an issue naming it`, () => {
      expectNamed(scoreManager([90, v], 1, 1).issues, kind, { zh: '第 2 个工程师评分', en: 'engineer score 2' });
      expectNamed(scoreManager([90], v, 1).issues, kind, IMPRESSION);
    });
  }

  it('scores of 1e308 overflow: too large, naming the largest input', () => {
    expectNamed(scoreManager([1e308, 1e308], 0, 0).issues, 'arg.too-large', { zh: '第 1 个工程师评分', en: 'engineer score 1' });
  });

  it('explains the sum without binary noise (95.4 + 90 + 88.6 = 274)', () => {
    const r = scoreManager([95.4, 90, 88.6], 0, 0);
    expect(r.ok && r.value.steps[0]!.rule.zh).toBe('评分总和 274 ÷ 3 人');
  });
});

describe('parseWeights hostile input', () => {
  const QUALITY = { zh: '工作质量权重', en: 'quality weight' };
  for (const [what, v, kind] of HOSTILE.filter(([, , k]) => k !== 'arg.percent')) {
    it(`${what} as a weight is an issue naming the weight`, () => {
      expectNamed(parseWeights([v, 0.2, 0.2, 0.2]).issues, kind, QUALITY);
    });
  }

  it('full-width percents are read ("４０％")', () => {
    const r = parseWeights(['４０％', '２０％', '２０％', '２０％']);
    expect(r.ok && r.value.quality).toBe(40);
  });

  it('weights given directly must each be 0–100%, even when they sum to 100 (150 and −50)', () => {
    const r = scoreEngineer(example, undefined, { quality: 150, efficiency: -50, cost: 0, ability: 0 });
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['arg.out-of-range', '工作质量权重'],
      ['arg.out-of-range', '工作效率权重'],
    ]);
  });
});
