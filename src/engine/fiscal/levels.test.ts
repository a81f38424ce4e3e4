import { describe, expect, it } from 'vitest';
import { parseLevel1, parseLevel2 } from './levels';

describe('parseLevel1 / parseLevel2', () => {
  it('FISCAL.md §1: reads 一级指标 as written in real tables, in either language', () => {
    expect(['产出', '产出指标', '效益指标', '满意度指标', 'Output', 'benefit', '投入'].map(parseLevel1)).toEqual(['产出', '产出', '效益', '满意度', '产出', '效益', undefined]);
  });

  it('FISCAL.md §1: 二级指标 must belong to its 一级指标, with the usual endings', () => {
    expect(parseLevel2('产出', '数量指标')).toBe('数量');
    expect(parseLevel2('产出', '时效')).toBe('时效');
    expect(parseLevel2('效益', '社会效益指标')).toBe('社会');
    expect(parseLevel2('效益', '可持续影响指标')).toBe('可持续');
    expect(parseLevel2('效益', '经济效益')).toBe('经济');
    expect(parseLevel2('满意度', '服务对象满意度指标')).toBe('服务对象满意度');
    expect(parseLevel2('效益', '数量指标')).toBeUndefined();
    expect(parseLevel2('产出', '社会效益指标')).toBeUndefined();
    expect(parseLevel2('满意度', '质量')).toBeUndefined();
    // FISCAL.md names only 服务对象满意度 under 满意度
    expect(parseLevel2('满意度', '满意度指标')).toBeUndefined();
  });
});
