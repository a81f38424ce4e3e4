import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfEvaluate, type SelfEvalIndicator } from './self-eval';

const OPS = ['≥', '>', '=', '≤', '<'] as const;

describe('selfEvaluate properties', () => {
  it('FISCAL.md §3: every indicator earns between 0 and its (rescaled) points, the total stays within 0–100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...OPS), fc.double({ min: 0.1, max: 1000, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }), fc.boolean()), { minLength: 2, maxLength: 2 }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (outputs, executed) => {
          const indicators: SelfEvalIndicator[] = [
            ...outputs.map(([op, t, a, applicable], i) => ({ level1: '产出', name: `产出${i}`, target: `${op}${t}`, actual: a, points: 25, applicable })),
            { level1: '效益', name: '效益', target: '明显提升', verdict: '部分达成', percent: 70, points: 30 },
            { level1: '满意度', name: '满意度', target: '≥90%', actual: '92%', points: 10 },
          ];
          const r = selfEvaluate({ executed, budget: 100, indicators });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.value).toBeGreaterThanOrEqual(0);
          expect(r.value.value).toBeLessThanOrEqual(100 + 1e-9);
          for (const s of r.value.steps) if (s.cap !== undefined) expect(s.points).toBeLessThanOrEqual(s.cap + 1e-9);
          const caps = r.value.steps.filter((s) => s.item.startsWith('indicator.')).reduce((a, s) => a + (s.cap ?? 0), 0);
          expect(caps).toBeCloseTo(90, 9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
