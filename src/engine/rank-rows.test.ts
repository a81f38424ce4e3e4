import { describe, expect, it } from 'vitest';
import { engineerPreset } from './engineer/preset';
import { fiscalPreset } from './fiscal/preset';
import { rankRows, RANKED_TABLES, ROW_KINDS } from './rank-rows';
import { staffPreset } from './staff/preset';
import { staffPenalties } from './staff/rank';

const origin = (sheet: string) => ({ sheet, row: 1, col: 1 });

const engineers = [
  ['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数'],
  ['张工', 2, 1, 103, 100, 1], // 篇1 worked example → 95.40
  ['李工', 0, 0, 100, 100, 0], // 100
  ['王工', 0, 0, 100, 100, 0], // 100
  ['赵工', 1, 0, 100, 100, 0], // 98
];

describe('rankRows (engineer, staff and fiscal sheets ranked in the engine, by scheme kind)', () => {
  it('tells the result apart by kind and ranks by the scheme: competition by default, as RANK.EQ', () => {
    const { ranking, issues } = rankRows(engineerPreset, { values: engineers, origin: origin('工程师') });
    expect(issues).toEqual([]);
    expect(ranking.kind).toBe('engineer');
    expect(ranking.results.map((r) => [r.name, r.rounded, r.rank])).toEqual([['张工', 95.4, 4], ['李工', 100, 1], ['王工', 100, 1], ['赵工', 98, 3]]);
  });

  it('takes the rank mode from the scheme: dense (中国式) gives 1, 1, 2, 3', () => {
    const { ranking } = rankRows({ ...engineerPreset, rankMode: 'dense' }, { values: engineers, origin: origin('工程师') });
    expect(ranking.results.map((r) => r.rank)).toEqual([3, 1, 1, 2]);
  });

  it('compares and explains at the scheme precision: 95.4 and 95 tie at precision 0, not at 2; the steps show whole points', () => {
    const values = [engineers[0]!, engineers[1]!, ['钱工', 2, 0, 105, 100, 0], engineers[2]!]; // 钱工: 36 + 20 + 19 + 20 = 95
    const at = (precision: number) => rankRows({ ...engineerPreset, precision }, { values, origin: origin('工程师') }).ranking.results;
    expect(at(0).map((r) => [r.name, r.rounded, r.rank])).toEqual([['张工', 95, 2], ['钱工', 95, 2], ['李工', 100, 1]]);
    expect(at(2).map((r) => [r.name, r.rounded, r.rank])).toEqual([['张工', 95.4, 2], ['钱工', 95, 3], ['李工', 100, 1]]);
    expect(at(0)[0]!.explanation).toEqual({ zh: '工作质量 36，工作效率 19，工作成本 19，工作能力 21', en: 'quality 36, efficiency 19, cost 19, ability 21' });
  });

  it('staff: ranked across the sheet and within each department (RULES staff: 全部排名 and 部门内排名), category named by the engine', () => {
    const values = [
      ['姓名', '部门', '类别', '月底打分', '日考核得分', '绩效工资'],
      ['李明', '行政部', '后勤', 95, -5, 3000], // 90
      ['赵丽', '行政部', '后勤', 98, 10, 3000], // 108
      ['王强', '车间', '后勤', 100, 0, 3000], // 100
      ['陈红', '车间', '后勤', 92, 0, 3000], // 92
      ['周平', null, '后勤', 99, 0, 3000], // 99, no department
    ];
    const { ranking, issues } = rankRows(staffPreset, { values, origin: origin('员工') });
    expect(issues).toEqual([]);
    if (ranking.kind !== 'staff') throw new Error('a staff ranking');
    expect(ranking.results.map((r) => [r.name, r.rounded, r.rank, r.departmentRank, r.categoryLabel.zh])).toEqual([
      ['李明', 90, 5, 2, '后勤'],
      ['赵丽', 108, 1, 1, '后勤'],
      ['王强', 100, 2, 1, '后勤'],
      ['陈红', 92, 4, 2, '后勤'],
      ['周平', 99, 3, null, '后勤'],
    ]);
    expect(ranking.results[0]).toMatchObject({ float: -0.1, floatPercent: -10, amount: -300 });
  });

  it('fiscal: each scored project with its grade and suggestion; a project with an error is not ranked, its issues say why', () => {
    const header = ['项目名称', '全年预算数', '执行数', '一级指标', '二级指标', '三级指标', '指标值', '分值', '实际完成值', '评价结论', '得分比例', '是否适用'];
    const project = (name: string, executed: number | string, trained: number) => [
      [name, 100, executed, '产出', '数量', '培训人次', '≥50人次', 50, trained, null, null, null],
      [null, null, null, '效益', '社会', '培训效果', '明显提升', 30, null, '达成', 90, null],
      [null, null, null, '满意度', '服务对象满意度', '受训人员满意度', '≥90%', 10, '95%', null, null, null],
    ];
    const values = [header, ...project('甲项目', 90, 55), ...project('乙项目', '九十', 55), ...project('丙项目', 50, 20)];
    const { ranking, issues } = rankRows(fiscalPreset, { values, origin: origin('自评') });
    if (ranking.kind !== 'fiscal') throw new Error('a fiscal ranking');
    expect(ranking.results.map((r) => [r.name, r.rank, r.grade])).toEqual([['甲项目', 1, '优'], ['丙项目', 2, '中']]);
    expect(ranking.results[0]!.suggestion.zh).toBe('优先安排预算');
    expect(ranking.results[0]!.source).toMatchObject({ sheet: '自评', row: 2, cells: { project: 'A2' } });
    expect(issues.some((i) => i.severity === 'error' && i.cell === 'C5')).toBe(true);
  });

  it('each row kind names the table it ranks', () => {
    expect(ROW_KINDS.map((k) => RANKED_TABLES[k].name.zh)).toEqual(['预算工程师月度考核表', '员工月度绩效表', '项目支出绩效自评表']);
  });
});

describe('staffPenalties (篇3 五: the amounts per department and month are a result, not only issues)', () => {
  it('gives each department and month its amount per penalty and the total, in the sheet’s order and unranked (a fine is no score)', () => {
    const values = [
      ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资'],
      ['办公室', '2026-03', '2026-04-13', '是', 0, 1, 0, null, null],
      ['一车间', '2026-12', '2027-01-09', '否', 0, 0, 1, 6000, 3000],
    ];
    const { ranking, issues } = staffPenalties({ values, origin: origin('处罚') }, staffPreset);
    expect(issues).toEqual([]);
    expect(ranking.kind).toBe('staff-penalties');
    expect(ranking.results.map((p) => [p.department, p.period, p.amounts, p.total])).toEqual([
      ['办公室', '2026-03', { late: 300, missing: 0, 'review-error': 0, baseless: 200, harassment: 0 }, 500],
      ['一车间', '2026-12', { late: 0, missing: 900, 'review-error': 0, baseless: 0, harassment: 500 }, 1400],
    ]);
  });
});
