import { describe, expect, it } from 'vitest';
import { readCountyDetail } from './detail';
import { countyPreset } from './preset';
import { scoreCountyUnits } from './score';
import { BOOK, errors, sheets, withSheet, type Book } from '../../../test/engine/fixtures/detail-book';

describe('readCountyDetail', () => {
  const read = readCountyDetail(sheets(BOOK));
  const unit = (name: string) => read.units.find((u) => u.unit === name)!;

  it('reads the example workbook; the only error is the bonus without evidence, which is not counted', () => {
    expect(read.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['county.bonus-no-evidence', 'F3']]);
    expect(read.units.map((u) => u.unit)).toEqual(['南牛乡', '招商局', '规划分局']);
  });

  it('篇4 五(一): indicator = Σ leaves, mid-year 50% + year-end 50%, below target pro rata', () => {
    // GDP: 40 mid, 50 end → 45; 就业: 40 mid, 20 end → 30.
    expect(unit('南牛乡').indicator).toBe(75);
  });

  it('Decision: a lower-is-better leaf scores points × target / actual over the target', () => {
    // 招商引资 30; 事故: mid 1 ≤ 2 → 30, end 4 > 2 → 15; 50/50 → 22.5.
    expect(unit('招商局').indicator).toBe(52.5);
  });

  it('Decision: ancient-city annual = mean of the months evaluated (indicator and leader)', () => {
    expect([unit('规划分局').indicator, unit('规划分局').leader]).toEqual([52.5, 29]);
  });

  it('the monthly rule is a setting: monthlyAnnual "last" takes the latest month', () => {
    const r = readCountyDetail(sheets(BOOK), { ...countyPreset, monthlyAnnual: 'last' });
    const u = r.units.find((x) => x.unit === '规划分局')!;
    expect([u.indicator, u.leader]).toEqual([35, 30]);
  });

  it('period weights are a setting: mid 40% / year-end 60%', () => {
    const r = readCountyDetail(sheets(BOOK), { ...countyPreset, periods: { mid: 0.4, end: 0.6 } });
    // GDP 40×.4 + 50×.6 = 46; 就业 40×.4 + 20×.6 = 28.
    expect(r.units.find((x) => x.unit === '南牛乡')!.indicator).toBeCloseTo(74, 10);
  });

  it('篇4 五(一): leader = mid-year 50% + year-end 50%', () => {
    expect(unit('南牛乡').leader).toBe(9);
  });

  it('篇4 五(二)2 and Decision: public = Σ quarters × 25%, a quarter = rate × 30 without bands; 92% is read as 0.92', () => {
    expect(unit('招商局').public).toBeCloseTo(27.15, 10);
    expect(unit('南牛乡').public).toBeNull();
  });

  it('篇4 五(二)2: with a band table a quarter takes its band\'s points', () => {
    const scheme = { ...countyPreset, publicBands: [{ min: 0.9, max: 1, points: 30 }, { min: 0.7, max: 0.9, points: 24 }, { min: 0, max: 0.7, points: 12 }] };
    const r = readCountyDetail(sheets(BOOK), scheme);
    // 0.9 → 30, 0.8 → 24, 1 → 30, 0.92 → 30.
    expect(r.units.find((u) => u.unit === '招商局')!.public).toBe(28.5);
  });

  it('篇4 五(四): bonus and deduction are raw claimed sums with per-case counts; county decisions take the given points', () => {
    expect([unit('南牛乡').bonus, unit('南牛乡').deduction]).toEqual([2, 1]);
    expect(unit('招商局').bonus).toBe(1.5);
  });

  it('carries veto and the unit sheet cells; explains the parts in `detail`', () => {
    expect(unit('招商局').veto).toBe('综治一票否决');
    expect(unit('招商局').source).toMatchObject({ sheet: '单位', row: 3 });
    expect(unit('南牛乡').detail!.map((s) => s.item)).toEqual(['indicator.经济发展 / 生产总值 / GDP', 'indicator.社会民生 / 就业 / 新增就业', 'leader', 'bonus.city-committee', 'deduction.complaint']);
  });

  it('篇4 六(一): the composites follow from the parts', () => {
    const { scored, issues } = scoreCountyUnits(read.units);
    expect(issues).toEqual([]);
    expect(scored.map((s) => [s.unit, s.composite.rounded])).toEqual([['南牛乡', 85], ['招商局', 90.15], ['规划分局', 81.5]]);
  });

  it('篇4 四 Decision: leaves not summing to the group share is an error naming the unit, and the unit is left out', () => {
    const book = withSheet('指标', BOOK.指标!.map((r) => (r[0] === '南牛乡' && r[3] === 'GDP' ? [...r.slice(0, 4), 45, ...r.slice(5)] : r)));
    const r = readCountyDetail(sheets(book));
    const issue = r.issues.find((i) => i.code === 'county.detail-leaves-sum')!;
    expect(issue.units).toEqual(['南牛乡']);
    expect(issue.message.zh).toBe('单位“南牛乡”指标分值合计 85，应为 90');
    expect(r.units.map((u) => u.unit)).not.toContain('南牛乡');
  });

  it('a monthly group checks its leaves month by month', () => {
    const book = withSheet('指标', [...BOOK.指标!, ['规划分局', '古城风貌恢复工作', '规划', '审批', 10, 10, null, null, null, '1月', 10]]);
    const issue = readCountyDetail(sheets(book)).issues.find((i) => i.code === 'county.detail-leaves-sum')!;
    expect(issue.message.zh).toBe('单位“规划分局”1月指标分值合计 80，应为 70');
  });

  it('a township row with a month, or an ancient-city row with mid/year-end values, is an error naming the cell', () => {
    const book = withSheet('指标', [
      ...BOOK.指标!.slice(0, 2),
      ['南牛乡', '社会民生', '就业', '新增就业', 40, 10, '≥', 10, 5, '3月', null],
      ...BOOK.指标!.slice(3, 5),
      ['规划分局', '古城风貌恢复工作', '规划', '规划编制', 70, 10, null, 9, null, '1月', 10],
      BOOK.指标![6]!,
    ]);
    expect(errors(book)).toContainEqual(['county.detail-period-mismatch', '指标', 'J3']);
    expect(errors(book)).toContainEqual(['county.detail-period-mismatch', '指标', 'H6']);
  });

  it('blank actuals are errors naming the cell (not 0)', () => {
    const book = withSheet('指标', BOOK.指标!.map((r) => (r[3] === 'GDP' ? [...r.slice(0, 8), null, ...r.slice(9)] : r)));
    expect(errors(book)).toEqual([['county.part-missing', '指标', 'I2'], ['county.bonus-no-evidence', '加减分', 'F3']]);
  });

  it('a negative actual, a zero higher-is-better target or an unknown direction is an error naming the cell', () => {
    const book = withSheet('指标', BOOK.指标!.map((r) => (r[3] === 'GDP' ? [...r.slice(0, 5), 0, 'up?', -1, ...r.slice(8)] : r)));
    expect(errors(book)).toContainEqual(['county.bad-direction', '指标', 'G2']);
    const book2 = withSheet('指标', BOOK.指标!.map((r) => (r[3] === 'GDP' ? [...r.slice(0, 5), 0, null, -1, ...r.slice(8)] : r)));
    expect(errors(book2)).toEqual([['county.target-not-positive', '指标', 'F2'], ['county.negative-value', '指标', 'H2'], ['county.bonus-no-evidence', '加减分', 'F3']]);
  });

  it('a duplicate leaf is an error naming both places', () => {
    const book = withSheet('指标', [...BOOK.指标!, BOOK.指标![1]!]);
    const issue = readCountyDetail(sheets(book)).issues.find((i) => i.code === 'county.detail-duplicate')!;
    expect([issue.cell, issue.message.zh]).toEqual(['B8', '指标!B8：“经济发展 / 生产总值 / GDP”重复出现（首次在 指标!B2）']);
  });

  it('a unit missing from the units sheet is an error naming the cell', () => {
    const book = withSheet('领导评估', [...BOOK.领导评估!, ['西平乐乡', 9, 9, null, null]]);
    expect(errors(book)).toContainEqual(['county.detail-unknown-unit', '领导评估', 'A6']);
  });

  it('a leader score over its share is an error naming the cell', () => {
    const book = withSheet('领导评估', BOOK.领导评估!.map((r) => (r[0] === '南牛乡' ? ['南牛乡', 11, 10, null, null] : r)));
    expect(errors(book)).toContainEqual(['county.part-range', '领导评估', 'B2']);
  });

  it('a unit without leader rows is an error and left out', () => {
    const book = withSheet('领导评估', BOOK.领导评估!.filter((r) => r[0] !== '南牛乡'));
    const r = readCountyDetail(sheets(book));
    expect(r.issues.map((i) => i.code)).toContain('county.detail-no-rows');
    expect(r.units.map((u) => u.unit)).toEqual(['招商局', '规划分局']);
  });

  it('public rows for a township, or a rate over 100%, are errors naming the cell', () => {
    const book = withSheet('公众评估', [...BOOK.公众评估!, ['南牛乡', 0.9, 0.9, 0.9, 0.9], ['规划分局', 0.9, 1.2, 0.9, 0.9]]);
    expect(errors(book)).toEqual(expect.arrayContaining([['county.part-not-applicable', '公众评估', 'A3'], ['cell.out-of-range', '公众评估', 'C4']]));
  });

  it('篇4 五(四): adjustments for an ancient-city unit are errors naming the cell', () => {
    const book = withSheet('加减分', [...BOOK.加减分!, ['规划分局', '加分', '市委、市政府', null, null, '市委发〔2026〕2号']]);
    expect(errors(book)).toContainEqual(['county.adjustments-not-applicable', '加减分', 'C6']);
  });

  it('篇4 五(四)1: a county decision without its points is an error naming the cell', () => {
    const book = withSheet('加减分', [...BOOK.加减分!, ['南牛乡', '加分', '县委、县政府研究决定', null, null, '县委〔2026〕3号']]);
    expect(errors(book)).toContainEqual(['county.item-points-needed', '加减分', 'C6']);
  });

  it('missing sheets are errors; the public sheet is needed only when a department is listed', () => {
    const { 公众评估: _p, ...noPublic } = BOOK;
    expect(errors(noPublic)).toContainEqual(['county.detail-sheet-missing', '公众评估', null]);
    const { 指标: _i, ...noIndicators } = BOOK;
    expect(errors(noIndicators)).toContainEqual(['county.detail-sheet-missing', '指标', null]);
  });

  it('finds sheets by their English names', () => {
    const english: Book = { units: BOOK.单位!, indicators: BOOK.指标!, leader: BOOK.领导评估!, public: BOOK.公众评估!, adjustments: BOOK.加减分! };
    expect(readCountyDetail(sheets(english)).units).toHaveLength(3);
  });

  it('篇4 五(四)1: a bonus without a document or certificate number is an error naming the cell and is not counted', () => {
    const r = readCountyDetail(sheets(BOOK));
    const issue = r.issues.find((i) => i.code === 'county.bonus-no-evidence')!;
    expect([issue.sheet, issue.cell, issue.severity]).toEqual(['加减分', 'F3', 'error']);
    expect(issue.message.zh).toContain('省直部门');
    // 市委、市政府 (+2) counts; 省直部门 (+2) without evidence does not.
    expect(r.units.find((u) => u.unit === '南牛乡')!.bonus).toBe(2);
  });

  describe('with the scheme\'s indicator tree (篇4 四 三级体系)', () => {
    const tree = (points: number, direction?: 'lower') => ({
      ...countyPreset,
      groups: {
        ...countyPreset.groups,
        department: {
          ...countyPreset.groups.department,
          indicators: [
            { name: '经济发展', children: [{ name: '招商', children: [{ name: '招商引资', points: 30 }] }] },
            { name: '业务工作', children: [{ name: '安全', children: [{ name: '事故起数', points, ...(direction ? { direction } : {}) }] }] },
          ],
        },
      },
    });

    it('accepts rows naming the tree\'s leaves with its points', () => {
      expect(errors(BOOK, tree(30))).toEqual([['county.bonus-no-evidence', '加减分', 'F3']]);
    });

    it('a row whose points differ from the tree is an error naming the 分值 cell', () => {
      expect(errors(BOOK, tree(25))).toContainEqual(['county.detail-leaf-points', '指标', 'E5']);
    });

    it('a row naming a leaf outside the tree is an error naming the cell', () => {
      const book = withSheet('指标', BOOK.指标!.map((r) => (r[3] === '招商引资' ? [...r.slice(0, 3), '项目落地', ...r.slice(4)] : r)));
      expect(errors(book, tree(30))).toContainEqual(['county.detail-leaf-unknown', '指标', 'B4']);
    });

    it('a blank direction takes the tree\'s (Decision: lower-is-better as data)', () => {
      const book = withSheet('指标', BOOK.指标!.map((r) => (r[3] === '事故起数' ? [...r.slice(0, 6), null, ...r.slice(7)] : r)));
      const r = readCountyDetail(sheets(book), tree(30, 'lower'));
      expect(r.units.find((u) => u.unit === '招商局')!.indicator).toBe(52.5);
    });
  });
});
