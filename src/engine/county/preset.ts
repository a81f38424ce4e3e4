import type { CountyGroupSettings, CountyItem, CountyScheme } from './scheme';

const item = (code: string, zh: string, en: string, points: number | null, aliases: string[], perCase = false): CountyItem => ({
  code,
  label: { zh, en },
  aliases,
  points,
  perCase,
});

/** 篇4 五(一)(二), 六(二)1: a routine-work group — adjustments, 抄送, 25% quota at ≥ 90, mid-year and year-end. */
const routine = (label: CountyGroupSettings['label'], shares: CountyGroupSettings['shares']): CountyGroupSettings => ({
  label,
  shares,
  adjustments: true,
  report: true,
  advanced: { kind: 'quota', fraction: 0.25, rounding: 'half-up', floor: 90 },
  evaluation: 'halves',
});

/**
 * The preset: 篇4 as RULES.md reads it, every Decision a setting.
 * A plain value beside the zod schema, so code that only scores never loads zod.
 */
export const countyPreset: CountyScheme = {
  kind: 'county',
  name: { zh: '县政府绩效管理（篇4）', en: 'County government performance (part 4)' },
  precision: 2,
  rankMode: 'competition',
  unqualifiedBelow: 60,
  report: { below: 60, lastN: 3 },
  tieBreakers: [],
  groups: {
    township: routine({ zh: '乡镇（日常工作）', en: 'Townships (routine work)' }, { indicator: 90, public: null, leader: 10 }),
    department: routine({ zh: '县直部门和单位（日常工作）', en: 'County departments and units (routine work)' }, { indicator: 60, public: 30, leader: 10 }),
    'ancient-city': {
      label: { zh: '古城风貌恢复工作', en: 'Ancient-city restoration' },
      shares: { indicator: 70, public: null, leader: 30 },
      adjustments: false,
      report: false,
      advanced: { kind: 'range', min: 3, max: 5, floor: 95 },
      evaluation: 'monthly',
    },
  },
  bonusCap: 4,
  deductionCap: 4,
  bonusItems: [
    item('city-committee', '市委、市政府', 'city Party committee and government', 2, ['市委市政府', '市委', '市政府']),
    item('province-committee', '省委、省政府', 'provincial Party committee and government', 3, ['省委省政府', '省委', '省政府']),
    item('central', '党中央、国务院', 'Central Committee and State Council', 4, ['党中央国务院', '党中央', '国务院']),
    item('city-dept', '市直部门', 'a city department', 1, ['市部门', '我市部门']),
    item('province-dept', '省直部门', 'a provincial department', 2, ['省部门', '我省部门']),
    item('ministry', '国务院部委', 'a State Council ministry', 3, ['部委']),
    item('county-decision', '县委、县政府研究决定', 'decided by the county committee and government', null, ['县委县政府研究决定', '研究决定']),
  ],
  deductionItems: [
    item('notice-province', '省通报批评', 'provincial notice of criticism', 2, ['省通报']),
    item('notice-city', '市通报批评', 'city notice of criticism', 1, ['市通报']),
    item('notice-county', '县通报批评', 'county notice of criticism', 0.5, ['县通报']),
    item('complaint', '损害发展环境投诉举报查实', 'verified complaint about the business environment', 0.5, ['投诉举报', '损害发展环境'], true),
    item('discipline', '班子成员受党政纪处分', 'leadership member disciplined', 1, ['党政纪处分'], true),
    item('accountability', '班子成员受行政问责', 'leadership member held accountable', 0.5, ['行政问责'], true),
  ],
  periods: { mid: 0.5, end: 0.5 },
  quarterWeights: [0.25, 0.25, 0.25, 0.25],
  publicRateFactor: 30,
  monthlyAnnual: 'mean',
};
