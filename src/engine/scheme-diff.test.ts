import { describe, expect, it } from 'vitest';
import { presets } from './scheme';
import { schemeDiff } from './scheme-diff';

describe('schemeDiff', () => {
  it('finds nothing between a preset and a copy of it', () => {
    expect(schemeDiff(structuredClone(presets.county), presets.county)).toEqual([]);
  });

  it('names each changed leaf by its dotted path, nested and in tables', () => {
    const s = structuredClone(presets.county);
    s.rankMode = 'dense';
    s.groups.township.advanced = { ...s.groups.township.advanced, floor: 88 };
    s.bonusItems[2] = { ...s.bonusItems[2]!, points: 5 };
    expect(schemeDiff(s, presets.county)).toEqual([
      { path: 'rankMode', from: 'competition', to: 'dense' },
      { path: 'groups.township.advanced.floor', from: 90, to: 88 },
      { path: 'bonusItems.2.points', from: 4, to: 5 },
    ]);
  });

  it('reports added and removed settings, and a switched kind of value as a whole', () => {
    const s = structuredClone(presets.county) as Record<string, unknown>;
    s.publicBands = [{ min: 0, max: 1, points: 30 }];
    delete s.monthlyAnnual;
    s.report = 3;
    expect(schemeDiff(s, presets.county)).toEqual([
      { path: 'report', from: presets.county.report, to: 3 },
      { path: 'monthlyAnnual', from: 'mean', to: undefined },
      { path: 'publicBands', from: undefined, to: [{ min: 0, max: 1, points: 30 }] },
    ]);
  });
});
