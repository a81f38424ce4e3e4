/** A small 绩效目标表 sample (篇2, FISCAL.md §1): two projects, project fields on each project's first row. */
import { targetTableSpec, type CellValue } from '../engine';

type Row = CellValue[];

const KEYS = ['project', 'department', 'unit', 'total', 'fiscalFunds', 'otherFunds', 'goal', 'level1', 'level2', 'level3', 'targetValue'];

/** One row per indicator; 资金总额 = 财政拨款 + 其他资金; each project has 产出, 效益 and 满意度 indicators. */
export function fiscalTargetSampleSheet(): Row[] {
  const header: Row = KEYS.map((k) => targetTableSpec.fields.find((f) => f.key === k)?.label.zh ?? k);
  const project = (name: string, dept: string, unit: string, total: number, fiscal: number, goal: string): Row => [name, dept, unit, total, fiscal, total - fiscal, goal];
  const more: Row = [null, null, null, null, null, null, null];
  return [
    header,
    [...project('农村道路养护', '县交通局', '县公路管理站', 320, 300, '完成农村公路养护 120 公里，优良路率提升'), '产出', '数量', '养护里程', '≥120公里'],
    [...more, '产出', '质量', '优良路率', '≥85%'],
    [...more, '产出', '时效', '完工时间', '≤11月'],
    [...more, '效益', '社会', '群众出行条件', '明显改善'],
    [...more, '满意度', '服务对象满意度', '沿线群众满意度', '≥90%'],
    [...project('城乡居民健康体检', '县卫生局', '县疾控中心', 180, 180, '为 65 岁以上老人免费体检，建立健康档案'), '产出', '数量', '体检人数', '≥15000人'],
    [...more, '产出', '成本', '人均体检费用', '≤120元'],
    [...more, '效益', '社会', '慢病早发现率', '有所提升'],
    [...more, '满意度', '服务对象满意度', '体检对象满意度', '≥90%'],
  ];
}
