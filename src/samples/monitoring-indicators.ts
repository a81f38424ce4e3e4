/**
 * 监测指标: items the 绩效办 tracks in the monthly report beside the scored leaves (篇4 六(三) 每月将指标完成情况报县绩效办),
 * not scored themselves. The sample's scored leaves are few (6 / 4 / 3 per group, county-indicators.ts); a real
 * monthly report carries far more rows, so the sample reports are filled up to 40 rows with these. Synthetic.
 */
export interface MonitoringIndicator {
  readonly name: string;
  readonly measure: string;
  /** A typical half-year figure; each unit's target is this times a seeded factor. */
  readonly target: number;
  readonly decimals: number;
  readonly direction: 'higher' | 'lower';
}

const m = (name: string, measure: string, target: number, decimals: number, direction: 'higher' | 'lower' = 'higher'): MonitoringIndicator => ({ name, measure, target, decimals, direction });

export const MONITORING_INDICATORS: readonly MonitoringIndicator[] = [
  m('一般公共预算收入', '万元', 3200, 0),
  m('税收收入', '万元', 2600, 0),
  m('规模以上工业增加值', '亿元', 4.5, 2),
  m('社会消费品零售总额', '亿元', 6.8, 2),
  m('实际利用外资', '万美元', 120, 0),
  m('新签约项目', '个', 6, 0),
  m('新开工项目', '个', 4, 0),
  m('重点项目投资完成', '万元', 9000, 0),
  m('农村居民人均可支配收入', '元', 8200, 0),
  m('城镇居民人均可支配收入', '元', 16500, 0),
  m('粮食播种面积', '亩', 42000, 0),
  m('高标准农田建设', '亩', 3000, 0),
  m('植树造林', '亩', 800, 0),
  m('农村生活垃圾集中处理率', '%', 95, 1),
  m('农村卫生厕所改造', '户', 600, 0),
  m('脱贫人口务工就业', '人', 900, 0),
  m('职业技能培训', '人次', 1200, 0),
  m('城乡居民养老保险参保率', '%', 96, 1),
  m('义务教育巩固率', '%', 99, 1),
  m('适龄儿童疫苗接种率', '%', 98, 1),
  m('家庭医生签约服务', '户', 5200, 0),
  m('文化惠民演出', '场', 24, 0),
  m('全民健身活动', '场', 18, 0),
  m('政务服务事项网上可办率', '%', 90, 1),
  m('12345热线工单按时办结率', '%', 97, 1),
  m('信访事项按期办结率', '%', 98, 1),
  m('信访积案', '件', 3, 0, 'lower'),
  m('安全生产检查', '次', 60, 0),
  m('安全隐患未整改', '处', 2, 0, 'lower'),
  m('森林火灾', '起', 0, 0, 'lower'),
  m('空气质量优良天数', '天', 120, 0),
  m('PM2.5平均浓度', '微克/立方米', 55, 0, 'lower'),
  m('河湖巡查', '次', 90, 0),
  m('违法用地查处', '宗', 5, 0),
  m('新增市场主体', '户', 300, 0),
  m('营商环境投诉办结率', '%', 100, 1),
  m('党员干部教育培训', '人次', 400, 0),
  m('政府信息主动公开', '条', 150, 0),
  m('档案数字化', '卷', 2000, 0),
  m('志愿服务活动', '场', 30, 0),
];
