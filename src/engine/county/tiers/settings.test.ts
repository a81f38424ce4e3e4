import { describe, expect, it } from 'vitest';
import { countyPreset } from '../preset';
import { defaultRankingSettings } from './settings';

describe('defaultRankingSettings', () => {
  it('is the county preset, so ranking and scoring read one set of settings', () => {
    expect(defaultRankingSettings).toBe(countyPreset);
  });

  it('holds RULES county Tiers 1–6 at their preset values', () => {
    const s = defaultRankingSettings;
    expect({ precision: s.precision, rankMode: s.rankMode, unqualifiedBelow: s.unqualifiedBelow, report: s.report, tieBreakers: s.tieBreakers }).toEqual({
      precision: 2, rankMode: 'competition', unqualifiedBelow: 60, report: { below: 60, lastN: 3 }, tieBreakers: [],
    });
    expect(s.groups.township).toMatchObject({ report: true, advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 } });
    expect(s.groups.department).toMatchObject({ report: true, advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 } });
    expect(s.groups['ancient-city']).toMatchObject({ report: false, advanced: { kind: 'range', min: 3, max: 5, floor: 95 } });
  });
});
