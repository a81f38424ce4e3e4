import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineerSchemeSchema } from './scheme';
import { engineerPreset } from './preset';
import { scoreEngineer } from './score';

const month = fc.record({
  rejections: fc.nat(40),
  overdue: fc.nat(40),
  costActual: fc.double({ min: 0, max: 500, noNaN: true }),
  costPlan: fc.double({ min: 1, max: 300, noNaN: true }),
  papers: fc.nat(20),
});

const capped = engineerSchemeSchema.parse({
  ...engineerPreset,
  items: Object.fromEntries(Object.entries(engineerPreset.items).map(([k, v]) => [k, { ...v, max: 100 }])),
});

describe('engineer properties', () => {
  it('Decision 篇1: every item respects its floor (0) and its max when set', () => {
    fc.assert(
      fc.property(month, fc.boolean(), (m, useCap) => {
        const scheme = useCap ? capped : engineerPreset;
        const r = scoreEngineer(m, scheme);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        for (const s of r.value.steps) {
          const it = scheme.items[s.item as keyof typeof scheme.items];
          const item = (s.points * 100) / it.weight;
          expect(item).toBeGreaterThanOrEqual(-1e-9);
          if (it.max !== undefined) expect(item).toBeLessThanOrEqual(it.max + 1e-9);
        }
      }),
    );
  });

  it('篇1 四: another paper never lowers the score', () => {
    fc.assert(
      fc.property(month, fc.boolean(), (m, useCap) => {
        const scheme = useCap ? capped : engineerPreset;
        const a = scoreEngineer(m, scheme);
        const b = scoreEngineer({ ...m, papers: m.papers + 1 }, scheme);
        if (!a.ok || !b.ok) throw new Error('scoring failed');
        expect(b.value.value).toBeGreaterThanOrEqual(a.value.value);
      }),
    );
  });
});
