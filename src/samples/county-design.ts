import type { CountyGroup } from '../engine';

/**
 * What the sample is meant to show, unit by unit: the score each unit's data is built around (before bonus
 * and deduction) and the claims and decisions that put every rule of 篇4 六 and 七 to work. The engine
 * computes the real composites from the generated data; these are only the design targets.
 */
export interface SampleClaim {
  readonly code: string;
  /** Evidence number (正式文件、证书), 篇4 五(四)1. */
  readonly evidence: string;
  readonly count?: number;
  /** For county-decision: the points decided. */
  readonly points?: number;
}

export interface UnitDesign {
  readonly base: number;
  readonly bonus?: readonly SampleClaim[];
  readonly deduction?: readonly SampleClaim[];
  readonly veto?: string;
  /** Another unit whose data this one copies exactly, for the tie across the quota boundary. */
  readonly sameAs?: string;
}

export const SAMPLE_DESIGN: Readonly<Record<CountyGroup, Readonly<Record<string, UnitDesign>>>> = {
  // 7 townships → 2 advanced (25% half-up), floor 90.
  township: {
    // Highest score but vetoed (取消评先资格): ranked first, 合格, its place goes to the next eligible unit.
    新城铺镇: { base: 96.2, veto: '社会治安综合治理黄牌警告' },
    南牛乡: { base: 93.8, bonus: [{ code: 'city-dept', evidence: '石农办字〔2025〕17号' }] },
    新安镇: { base: 93.1 },
    西平乐乡: { base: 91.7 },
    南楼乡: { base: 88.4 },
    曲阳桥乡: { base: 84.9 },
    北早现乡: { base: 79.8, deduction: [{ code: 'notice-county', evidence: '正政通〔2025〕9号' }] },
  },
  // 32 departments → 8 advanced, floor 90; 教育局 and 卫生局 tie on the 8th place.
  department: {
    // Claims 4 + 2 = 6 bonus points with evidence; the cap (篇4 五(四)1) keeps 4.
    公安局: {
      base: 93.6,
      bonus: [
        { code: 'central', evidence: '国办发〔2025〕31号' },
        { code: 'province-dept', evidence: '冀公表〔2025〕5号' },
      ],
    },
    招商局: { base: 94.1, bonus: [{ code: 'city-committee', evidence: '石字〔2025〕12号' }] },
    财政局: { base: 93.4, bonus: [{ code: 'province-dept', evidence: '冀财证〔2025〕0213号' }] },
    县政府办: { base: 94.2 },
    人社局: { base: 93.5 },
    统计局: { base: 92.8 },
    审计局: { base: 91.9 },
    教育局: { base: 91.3 },
    卫生局: { base: 91.3, sameAs: '教育局' },
    科技局: { base: 89.7 },
    水务局: { base: 88.6 },
    '民政局(宗教局)': { base: 88.1 },
    林业局: { base: 87.4 },
    农牧局: { base: 86.9 },
    '商务局(粮食局)': { base: 86.2 },
    工信局: { base: 85.5 },
    社保局: { base: 84.8 },
    医保中心: { base: 84.1 },
    就业局: { base: 83.3 },
    县行政服务中心: { base: 82.9, bonus: [{ code: 'county-decision', evidence: '正字〔2025〕44号', points: 1.5 }] },
    司法局: { base: 81.7 },
    文广新局: { base: 80.9 },
    环保局: { base: 80.4, deduction: [{ code: 'notice-city', evidence: '石环通〔2025〕3号' }] },
    食药监局: { base: 79.2 },
    畜牧水产中心: { base: 77.8 },
    市场办: { base: 77.1, deduction: [{ code: 'complaint', evidence: '正效投〔2025〕21号', count: 2 }] },
    农机管理中心: { base: 75.3 },
    计生局: { base: 73.6 },
    安监局: { base: 72.4, deduction: [{ code: 'discipline', evidence: '正纪处〔2025〕6号' }] },
    供销总社: { base: 63.2 },
    农开办: { base: 61.8 },
    // Under 60 and among the last three: 不合格 and reported (抄送, 篇4 七 2).
    矿管办: { base: 57.6 },
  },
  // 9 ancient-city units → 3 to 5 advanced, floor 95; six reach 95, so the fifth place is the last one.
  'ancient-city': {
    住建局: { base: 98.1 },
    规划分局: { base: 97.4 },
    正定镇: { base: 96.6 },
    城管局: { base: 95.8 },
    文管局: { base: 95.4 },
    国土分局: { base: 95.1 },
    发改局: { base: 92.4 },
    交通局: { base: 89.5 },
    城区街道办事处: { base: 86.2 },
  },
};
