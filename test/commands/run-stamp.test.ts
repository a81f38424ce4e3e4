import { describe, expect, it } from 'vitest';
import { rankAndTier, RESULTS_SHEET } from '../../src/commands';
import { presets } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';

const _ = null;
const SHEETS = {
  engineer: [['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数'], ['张工', 2, 1, 103, 100, 1]],
  staff: [['姓名', '部门', '类别', '月底打分', '日考核得分'], ['李明', '行政部', '后勤', 95, -5]],
  fiscal: [
    ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例'],
    ['道路养护', 100, 100, '产出', '数量', '养护里程', '≥50公里', 50, 50, _, _],
    [_, _, _, '效益', '社会', '通行时间', '明显缩短', 30, _, '达成', 90],
    [_, _, _, '满意度', '服务对象满意度', '群众满意度', '≥90%', 10, '95%', _, _],
  ],
} as const;

describe('the 排名结果 stamp names the scheme (issue 8: it read “undefined（engineer）”)', () => {
  it.each(['engineer', 'staff', 'fiscal'] as const)('%s: 方案 Scheme is the scheme’s name and kind', async (kind) => {
    const wb = MemoryWorkbook.fromSheets({ 数据: SHEETS[kind].map((r) => [...r]) });
    const out = await rankAndTier(wb, { scheme: kind });
    expect(out.written).toBe(RESULTS_SHEET);
    expect(out.stamp?.scheme).toBe(`${presets[kind].name}（${kind}）`);
    expect(wb.values(RESULTS_SHEET)[1]?.[3]).toBe(`${presets[kind].name}（${kind}）`);
  });
});
