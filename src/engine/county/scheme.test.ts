import { describe, expect, it } from 'vitest';
import { countySchemeSchema, type CountyScheme } from './scheme';
import { countyPreset } from './preset';
import { checkCountyScheme } from './scheme-check';

/** A deep copy of the preset with one change. */
const edit = (f: (s: CountyScheme) => void): CountyScheme => {
  const s = structuredClone(countyPreset) as CountyScheme;
  f(s);
  return s;
};
const codes = (s: unknown) => checkCountyScheme(s).map((i) => i.code);

describe('countyPreset', () => {
  it('is valid and raises no issue', () => {
    expect(countySchemeSchema.safeParse(countyPreset).success).toBe(true);
    expect(checkCountyScheme(countyPreset)).toEqual([]);
  });

  it('篇4 五: shares are township 90/—/10, department 60/30/10, ancient-city 70/—/30', () => {
    const g = countyPreset.groups;
    expect([g.township.shares, g.department.shares, g['ancient-city'].shares]).toEqual([
      { indicator: 90, public: null, leader: 10 },
      { indicator: 60, public: 30, leader: 10 },
      { indicator: 70, public: null, leader: 30 },
    ]);
  });

  it('篇4 五(四): bonus and deduction apply to routine-work groups only, each capped at 4', () => {
    expect([countyPreset.groups.township.adjustments, countyPreset.groups.department.adjustments, countyPreset.groups['ancient-city'].adjustments]).toEqual([true, true, false]);
    expect([countyPreset.bonusCap, countyPreset.deductionCap]).toEqual([4, 4]);
  });

  it('篇4 六(二)1 and Decision: quota 25% rounded half-up with floor 90; ancient-city 3–5 at 95', () => {
    expect(countyPreset.groups.township.advanced).toEqual({ kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 });
    expect(countyPreset.groups.department.advanced).toEqual({ kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 });
    expect(countyPreset.groups['ancient-city'].advanced).toEqual({ kind: 'range', min: 3, max: 5, floor: 95 });
  });

  it('holds the ranking settings by their exact names (precision 2, competition, 60, report 60/3, no tie-breakers)', () => {
    const { precision, rankMode, unqualifiedBelow, report, tieBreakers } = countyPreset;
    expect({ precision, rankMode, unqualifiedBelow, report, tieBreakers }).toEqual({ precision: 2, rankMode: 'competition', unqualifiedBelow: 60, report: { below: 60, lastN: 3 }, tieBreakers: [] });
  });

  it('Decisions as data: periods 50/50, quarters 25% each, rate × 30 without bands, ancient-city annual = mean', () => {
    expect(countyPreset.periods).toEqual({ mid: 0.5, end: 0.5 });
    expect(countyPreset.quarterWeights).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([countyPreset.publicBands, countyPreset.publicRateFactor, countyPreset.monthlyAnnual]).toEqual([undefined, 30, 'mean']);
  });
});

describe('checkCountyScheme', () => {
  it('rejects shares that do not add to 100, saying the sum', () => {
    const issues = checkCountyScheme(edit((s) => (s.groups.township.shares.indicator = 85)));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.zh).toContain('合计 95，应为 100');
    expect(issues[0]!.message.en).toContain('sum to 95, expected 100');
  });

  it('rejects a quota rounding other than half-up/up/down with its own text', () => {
    const bad = edit((s) => ((s.groups.department.advanced as { rounding: string }).rounding = 'nearest'));
    const issues = checkCountyScheme(bad);
    expect(issues.map((i) => i.code)).toEqual(['county.scheme-rounding']);
    expect(issues[0]!.message.zh).toContain('“nearest”');
    expect(issues[0]!.field).toBe('groups.department.advanced.rounding');
  });

  it('accepts rounding up and down', () => {
    expect(codes(edit((s) => ((s.groups.department.advanced as { rounding: string }).rounding = 'up')))).toEqual([]);
    expect(codes(edit((s) => ((s.groups.department.advanced as { rounding: string }).rounding = 'down')))).toEqual([]);
  });

  it('reports a malformed scheme by path', () => {
    const issues = checkCountyScheme({ ...countyPreset, precision: 'two' });
    expect(issues.map((i) => [i.code, i.field])).toEqual([['scheme.invalid', 'precision']]);
  });

  it('篇4 四 Decision: indicator leaves must sum to the group indicator share ("指标分值合计 85，应为 90")', () => {
    const s = edit((x) => {
      x.groups.township.indicators = [
        { name: '经济发展', children: [{ name: 'GDP', points: 45 }] },
        { name: '社会民生', children: [{ name: '就业', points: 40 }] },
      ];
    });
    const issues = checkCountyScheme(s);
    expect(issues.map((i) => i.code)).toEqual(['county.scheme-leaves-sum']);
    expect(issues[0]!.message.zh).toContain('指标分值合计 85，应为 90');
    expect(issues[0]!.message.en).toContain('indicator leaves sum to 85, expected 90');
  });

  it('accepts a three-level tree whose leaves sum to the share, and rejects a fourth level or a leaf without points', () => {
    const good = edit((x) => {
      x.groups['ancient-city'].indicators = [{ name: '古城风貌恢复工作', children: [{ name: '规划', children: [{ name: '编制', points: 40 }, { name: '审批', points: 30 }] }] }];
    });
    expect(codes(good)).toEqual([]);
    const deep = edit((x) => {
      x.groups['ancient-city'].indicators = [{ name: 'a', children: [{ name: 'b', children: [{ name: 'c', children: [{ name: 'd', points: 70 }] }] }] }];
    });
    expect(codes(deep)).toEqual(['county.scheme-tree-depth']);
    const noPoints = edit((x) => {
      x.groups['ancient-city'].indicators = [{ name: 'a', points: 70 }, { name: 'b' }];
    });
    expect(codes(noPoints)).toEqual(['county.scheme-leaf-points']);
  });

  it('篇4 四: rejects an indicator named twice in the tree, and a branch whose stated points differ from its leaves', () => {
    const twice = edit((x) => {
      x.groups.township.indicators = [{ name: '经济发展', children: [{ name: 'GDP', points: 45 }, { name: 'GDP', points: 45 }] }];
    });
    expect(codes(twice)).toEqual(['county.scheme-leaf-duplicate']);
    const branch = edit((x) => {
      x.groups.township.indicators = [{ name: '经济发展', points: 50, children: [{ name: 'GDP', points: 45 }] }, { name: '社会民生', points: 45 }];
    });
    const issues = checkCountyScheme(branch);
    expect(issues.map((i) => i.code)).toEqual(['county.scheme-branch-points']);
    expect(issues[0]!.message.zh).toContain('分值 50，而其下级指标合计 45');
  });

  it('篇4 五(二)2: accepts a complete band table in either order', () => {
    const bands = [
      { label: '满意', min: 0.9, max: 1, points: 30 },
      { label: '较满意', min: 0.7, max: 0.9, points: 24 },
      { label: '不满意', min: 0, max: 0.7, points: 10 },
    ];
    expect(codes(edit((s) => (s.publicBands = bands)))).toEqual([]);
    expect(codes(edit((s) => (s.publicBands = [...bands].reverse())))).toEqual([]);
  });

  it('rejects a band table out of order, with a gap, not reaching 0 or 1, or over the public share', () => {
    const mixed = [
      { min: 0.7, max: 0.9, points: 24 },
      { min: 0.9, max: 1, points: 30 },
      { min: 0, max: 0.7, points: 10 },
    ];
    expect(codes(edit((s) => (s.publicBands = mixed)))).toEqual(['county.scheme-bands-order']);
    const gap = [
      { min: 0.1, max: 0.6, points: 10 },
      { min: 0.7, max: 0.95, points: 24 },
    ];
    const issues = checkCountyScheme(edit((s) => (s.publicBands = gap)));
    expect(issues.map((i) => i.code)).toEqual(['county.scheme-bands-gap']);
    expect(issues[0]!.message.zh).toContain('应从 0 开始');
    expect(issues[0]!.message.zh).toContain('0.6 与 0.7 之间不连续');
    expect(issues[0]!.message.zh).toContain('应止于 1');
    expect(codes(edit((s) => (s.publicBands = [{ min: 0, max: 1, points: 31 }])))).toEqual(['county.scheme-band-points']);
  });

  it('rejects period or quarter weights that do not sum to 1', () => {
    expect(codes(edit((s) => (s.periods = { mid: 0.4, end: 0.5 })))).toEqual(['county.scheme-weights']);
    expect(codes(edit((s) => (s.quarterWeights = [0.25, 0.25, 0.25, 0.3])))).toEqual(['county.scheme-weights']);
  });

  it('rejects an ancient-city range whose minimum exceeds its maximum', () => {
    expect(codes(edit((s) => (s.groups['ancient-city'].advanced = { kind: 'range', min: 6, max: 5, floor: 95 })))).toEqual(['county.scheme-range']);
  });

  it('rejects an item name used twice in a table', () => {
    const s = edit((x) => x.bonusItems.push({ code: 'again', label: { zh: '市委、市政府', en: 'x' }, aliases: [], points: 1, perCase: false }));
    expect(codes(s)).toEqual(['county.scheme-item-duplicate']);
  });
});
