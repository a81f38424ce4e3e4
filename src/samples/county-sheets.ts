/**
 * The county sample laid out as the detailed workbook the engine reads (src/engine/county/detail-specs.ts):
 * sheets 单位, 指标, 领导评估, 公众评估, 加减分, plus a 说明 sheet saying what the sample is.
 */
import { countyPreset, type CellValue, type CountyGroup } from '../engine';
import { SAMPLE_INDICATORS } from './county-indicators';
import { buildCountySample, type SampleCountyUnit } from './county-model';
import type { SampleClaim } from './county-design';

export type SheetValues = CellValue[][];

const GROUP_TEXT: Readonly<Record<CountyGroup, string>> = { township: '乡镇', department: '部门', 'ancient-city': '古城' };

function unitsSheet(units: readonly SampleCountyUnit[]): SheetValues {
  return [['单位', '类别', '否决', '认定不合格'], ...units.map((u) => [u.unit, GROUP_TEXT[u.group], u.veto ?? null, null])];
}

function indicatorsSheet(units: readonly SampleCountyUnit[]): SheetValues {
  const rows: SheetValues = [['单位', '一级指标', '二级指标', '三级指标', '分值', '标准值', '方向', '中期完成值', '年终完成值', '月份', '完成值']];
  for (const u of units) {
    SAMPLE_INDICATORS[u.group].forEach((d, i) => {
      const head: CellValue[] = [u.unit, d.level1, d.level2, `${d.name}（${d.measure}）`, d.points, u.targets[i]!, d.direction === 'lower' ? '≤' : '≥'];
      const mid = u.periods.find((p) => p.key === 'mid');
      const end = u.periods.find((p) => p.key === 'end');
      if (mid && end) rows.push([...head, mid.actuals[i]!, end.actuals[i]!, null, null]);
      for (const p of u.periods) if (typeof p.key === 'number') rows.push([...head, null, null, `${p.key}月`, p.actuals[i]!]);
    });
  }
  return rows;
}

function leaderSheet(units: readonly SampleCountyUnit[]): SheetValues {
  const rows: SheetValues = [['单位', '中期', '年终', '月份', '得分']];
  for (const u of units) {
    const mid = u.periods.find((p) => p.key === 'mid');
    const end = u.periods.find((p) => p.key === 'end');
    if (mid && end) rows.push([u.unit, mid.leader, end.leader, null, null]);
    for (const p of u.periods) if (typeof p.key === 'number') rows.push([u.unit, null, null, `${p.key}月`, p.leader]);
  }
  return rows;
}

function publicSheet(units: readonly SampleCountyUnit[]): SheetValues {
  const rows: SheetValues = [['单位', '第一季度', '第二季度', '第三季度', '第四季度']];
  for (const u of units) if (u.publicRates) rows.push([u.unit, ...u.publicRates]);
  return rows;
}

const itemLabel = (code: string): string =>
  [...countyPreset.bonusItems, ...countyPreset.deductionItems].find((i) => i.code === code)?.label.zh ?? code;

function adjustmentsSheet(units: readonly SampleCountyUnit[]): SheetValues {
  const rows: SheetValues = [['单位', '类型', '项目', '分值', '次数', '文号/证书编号']];
  const add = (u: SampleCountyUnit, kind: string, c: SampleClaim): void => {
    rows.push([u.unit, kind, itemLabel(c.code), c.points ?? null, c.count ?? null, c.evidence]);
  };
  for (const u of units) {
    for (const c of u.bonus) add(u, '加分', c);
    for (const c of u.deduction) add(u, '减分', c);
  }
  return rows;
}

const NOTES: SheetValues = [
  ['说明 / About this sample'],
  ['单位名称取自《预算绩效管理实施方案》篇4 三（7 个乡镇、32 个部门和单位、9 个古城风貌恢复工作单位）；所有分数、指标值和文号均为合成数据，仅用于演示。'],
  ['Unit names are the 48 of the seed (篇4 三); every score, figure and document number is synthetic, for demonstration only.'],
  ['演示内容：加分有文号且一个单位超过 4 分上限；一个得分最高的乡镇被取消评先资格；部门第 8 名并列跨越名额；一个部门低于 60 分被抄送。'],
  ['It shows: bonuses with evidence, one over the +4 cap; a vetoed top township; a tie on the 8th department place; a department under 60 reported.'],
];

/** The sample workbook's sheets, in tab order. Deterministic: the same values on every run. */
export function countySampleSheets(): Record<string, SheetValues> {
  const units = buildCountySample();
  return {
    单位: unitsSheet(units),
    指标: indicatorsSheet(units),
    领导评估: leaderSheet(units),
    公众评估: publicSheet(units),
    加减分: adjustmentsSheet(units),
    说明: NOTES,
  };
}
