import { describe, expect, it } from 'vitest';
import { engineerSheetSpec, scoreEngineerSheet } from '../engineer/sheet';
import { engineerPreset } from '../engineer/preset';
import { selfEvaluate, type SelfEvalIndicator } from '../fiscal/self-eval';
import { gradeOf } from '../fiscal/grade';
import { rankValues } from '../ranking/rank';
import { scoreStaffSheet } from '../staff/sheet';
import type { NoticeEntry } from './parts';
import { peopleNotice } from './people';
import type { Notice } from './notice';

const DATE = { y: 2026, m: 4, d: 12 };
const tableRows = (n: Notice) => n.rows.filter((r) => r.role === 'table-row').map((r) => r.cells);
const header = (n: Notice) => n.rows.find((r) => r.role === 'table-header')!.cells;

/** Ranked rows the way the ranking gives them: the engine's rounded scores, ranked by rankValues. */
function ranked<T extends { name: string; rounded: number; steps: NoticeEntry['steps'] }>(xs: readonly T[], more: (x: T) => Partial<NoticeEntry> = () => ({})): NoticeEntry[] {
  const ranks = rankValues(xs.map((x) => x.rounded), 'competition', 2);
  return xs.map((x, i) => ({ name: x.name, rank: ranks[i]!, score: x.rounded, steps: x.steps, ...more(x) }));
}

describe('peopleNotice: engineer (篇1)', () => {
  const sheet = [engineerSheetSpec.fields.map((f) => f.label.zh), ['张工', 2, 1, 103, 100, 1], ['李工', 0, 0, 98, 100, 0]];
  const rows = ranked(scoreEngineerSheet(sheet, { row: 1, col: 1 }).results);

  it('lists by rank each engineer’s score and the four items after floor and cap, labelled with their weights', () => {
    const n = peopleNotice({ kind: 'engineer', rows }, { date: DATE, period: '2026年3月' });
    expect(header(n)).toEqual(['排名', '姓名', '得分', '工作质量（40%）', '工作效率（20%）', '工作成本（20%）', '工作能力（20%）']);
    // 篇1 worked example: 90, 97, 97, 103 → 95.40.
    expect(tableRows(n)).toEqual([[1, '李工', 100, 100, 100, 100, 100], [2, '张工', 95.4, 90, 97, 97, 103]]);
    expect(n.rows[0]!.cells[0]).toBe('2026年3月工程师绩效考核结果通报');
    expect(n.rows.at(-2)!.cells[0]).toBe('工程预算部');
  });

  it('reads the items with the weights they were scored with', () => {
    const scheme = { ...engineerPreset, items: { ...engineerPreset.items, quality: { ...engineerPreset.items.quality, weight: 25 }, efficiency: { ...engineerPreset.items.efficiency, weight: 35 } } };
    const r = ranked(scoreEngineerSheet(sheet, { row: 1, col: 1 }, scheme).results);
    const n = peopleNotice({ kind: 'engineer', rows: r, engineer: scheme }, { date: DATE });
    expect(tableRows(n).find((c) => c[1] === '张工')!.slice(3)).toEqual([90, 97, 97, 103]);
  });
});

describe('peopleNotice: staff (篇3)', () => {
  const sheet = [['姓名', '部门', '类别', '月底打分', '日考核得分', '加分', '扣分'], ['刘敏', '综合办', '后勤', 95, -5, null, null], ['周强', '一车间', '生产', null, null, 6, 2]];
  const rows = ranked(scoreStaffSheet(sheet, { row: 1, col: 1 }).results, (x) => ({ department: x.department, float: x.float }));

  it('shows month-end and daily points, bonus and deduction, and the wage float', () => {
    const n = peopleNotice({ kind: 'staff', rows }, { date: DATE, period: '2026年3月' });
    expect(header(n)).toEqual(['排名', '姓名', '部门', '得分', '月底打分', '日考核得分', '加分', '扣分', '绩效工资浮动']);
    // 篇3: 95 − 5 = 90 → −10%; 100 + 6 − 2 = 104 → +4%.
    expect(tableRows(n)).toEqual([[1, '周强', '一车间', 104, null, null, 6, 2, 0.04], [2, '刘敏', '综合办', 90, 95, -5, null, null, -0.1]]);
    expect(n.rows.find((r) => r.role === 'table-row')!.formats!.at(-1)).toBe('percent');
  });
});

describe('peopleNotice: fiscal self-evaluation (篇2)', () => {
  const inds: SelfEvalIndicator[] = [
    { level1: '产出', name: '维修里程', target: '≥50公里', actual: 45, points: 20 },
    { level1: '产出', name: '验收合格率', target: '=100%', actual: '100%', points: 15 },
    { level1: '产出', name: '单位成本', target: '≤90万元', actual: 100, points: 15 },
    { level1: '效益', name: '通行时间', target: '明显缩短', verdict: '达成', percent: 90, points: 30 },
    { level1: '满意度', name: '群众满意度', target: '≥90%', actual: '95%', points: 10 },
  ];
  const r = selfEvaluate({ executed: 90, budget: 100, indicators: inds });
  if (!r.ok) throw new Error('fixture');
  const g = gradeOf(r.value.rounded);
  const rows: NoticeEntry[] = [{ name: '道路维修', rank: 1, score: r.value.rounded, steps: r.value.steps, grade: g.ok ? g.value : null }];

  it('shows execution, 产出, 效益 and 满意度 points and the grade, and counts the grades', () => {
    const n = peopleNotice({ kind: 'fiscal', rows }, { date: DATE, year: 2025 });
    expect(header(n)).toEqual(['排名', '项目', '得分', '预算执行', '产出', '效益', '满意度', '等级']);
    // 9 + (18 + 15 + 13.5) + 27 + 10 = 92.5 → 优.
    expect(tableRows(n)).toEqual([[1, '道路维修', 92.5, 9, 46.5, 27, 10, '优']]);
    expect(n.rows.find((x) => x.role === 'paragraph' && String(x.cells[0]).startsWith('评定等级'))!.cells[0]).toBe('评定等级：优 1 个、良 0 个、中 0 个、差 0 个。');
    expect(n.rows[0]!.cells[0]).toBe('2025年度项目支出绩效自评结果通报');
  });
});
