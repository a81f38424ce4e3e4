import type { CountyGroup } from '../engine';

/**
 * The sample's indicator leaves per group, under the seed's 一级指标 (篇4 四): townships 经济发展/社会民生,
 * departments 经济发展/业务工作/优化发展环境工作, ancient-city 古城风貌恢复工作. Leaf points sum to the
 * group's indicator share (90 / 60 / 70, 篇4 五). Targets are per unit, scaled from `target`.
 */
export interface SampleIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly measure: string;
  readonly points: number;
  readonly direction: 'higher' | 'lower';
  /** A typical 标准值; each unit's is this times a seeded factor (whole numbers for counts). */
  readonly target: number;
  /** Decimals a person would type for this measure. */
  readonly decimals: number;
}

const leaf = (level1: string, level2: string, name: string, measure: string, points: number, target: number, decimals: number, direction: 'higher' | 'lower' = 'higher'): SampleIndicator => ({
  level1, level2, name, measure, points, direction, target, decimals,
});

export const SAMPLE_INDICATORS: Readonly<Record<CountyGroup, readonly SampleIndicator[]>> = {
  township: [
    leaf('经济发展', '经济总量', '地区生产总值', '亿元', 20, 18, 2),
    leaf('经济发展', '项目建设', '固定资产投资', '亿元', 20, 12, 2),
    leaf('经济发展', '招商引资', '招商引资到位资金', '万元', 15, 50000, 0),
    leaf('社会民生', '就业保障', '城镇新增就业', '人', 10, 600, 0),
    leaf('社会民生', '医疗保障', '城乡居民医保参保率', '%', 10, 98, 1),
    leaf('社会民生', '安全稳定', '生产安全事故', '起', 15, 2, 0, 'lower'),
  ],
  department: [
    leaf('经济发展', '招商引资', '协助引进项目投资', '万元', 15, 8000, 0),
    leaf('业务工作', '重点任务', '年度重点任务完成进度', '%', 25, 100, 1),
    leaf('优化发展环境工作', '政务服务', '办件按时办结', '件', 10, 5000, 0),
    leaf('优化发展环境工作', '投诉处理', '投诉办结率', '%', 10, 100, 1),
  ],
  'ancient-city': [
    leaf('古城风貌恢复工作', '项目推进', '风貌恢复项目形象进度', '%', 30, 100, 1),
    leaf('古城风貌恢复工作', '投资完成', '当月完成投资', '万元', 25, 600, 0),
    leaf('古城风貌恢复工作', '拆违整治', '当月拆除违法建筑', '平方米', 15, 2000, 0),
  ],
};
