import type { Text } from '../core/text';
import type { FieldSpec, TableSpec } from '../core/table';
import { GROUP_FIELD, UNIT_FIELD, UNQUALIFIED_FIELD, VETO_FIELD } from './summary';

/** The detailed workbook's sheets; see detail.ts for the layout in words. */
export type DetailSheetKey = 'units' | 'indicators' | 'leader' | 'public' | 'adjustments';

export interface DetailSheet {
  readonly key: DetailSheetKey;
  readonly name: Text;
  /** Other sheet names accepted (either language). */
  readonly aliases: readonly string[];
  readonly spec: TableSpec;
  /** Needed whatever the units; public is needed when a unit's group has public evaluation. */
  readonly required: boolean;
}

const num = (key: string, zh: string, en: string, aliases: string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  label: { zh, en },
  aliases,
  type: 'number',
  blank: 'null',
  ...extra,
});
const month: FieldSpec = { key: 'month', label: { zh: '月份', en: 'month' }, aliases: ['月', '评估月份'], type: 'text' };

const unitsSpec: TableSpec = { name: { zh: '单位', en: 'units' }, key: 'unit', groupBy: 'group', fields: [UNIT_FIELD, GROUP_FIELD, VETO_FIELD, UNQUALIFIED_FIELD] };

const indicatorsSpec: TableSpec = {
  name: { zh: '指标', en: 'indicators' },
  fields: [
    UNIT_FIELD,
    { key: 'level1', label: { zh: '一级指标', en: 'level 1' }, aliases: ['一级'], type: 'text', required: true, blank: 'error' },
    { key: 'level2', label: { zh: '二级指标', en: 'level 2' }, aliases: ['二级'], type: 'text' },
    { key: 'level3', label: { zh: '三级指标', en: 'level 3' }, aliases: ['三级'], type: 'text' },
    num('points', '分值', 'points', ['满分', '指标分值'], { required: true, blank: 'error', min: 0 }),
    num('target', '标准值', 'target', ['目标值', '指标值'], { required: true, blank: 'error' }),
    { key: 'direction', label: { zh: '方向', en: 'direction' }, aliases: ['指标方向'], type: 'text' },
    num('mid', '中期完成值', 'mid-year actual', ['中期', '中期完成']),
    num('end', '年终完成值', 'year-end actual', ['年终', '年终完成']),
    month,
    num('actual', '完成值', 'actual', ['月度完成值', '本月完成值']),
  ],
};

const leaderSpec: TableSpec = {
  name: { zh: '领导评估', en: 'leader' },
  fields: [
    UNIT_FIELD,
    num('mid', '中期', 'mid-year', ['中期评估', '中期得分']),
    num('end', '年终', 'year-end', ['年终评估', '年终得分']),
    month,
    num('score', '得分', 'score', ['月度得分', '领导评估得分']),
  ],
};

const quarter = (q: number, zh: string): FieldSpec => ({
  key: `q${q}`,
  label: { zh, en: `Q${q}` },
  aliases: [zh.replace('第', ''), `${q}季度`, `第${q}季度`],
  type: 'number',
  required: true,
  blank: 'error',
  min: 0,
  max: 1,
});

// Only departments have public evaluation, and not every unit has a bonus or deduction: a header alone is fine there.
const publicSpec: TableSpec = {
  name: { zh: '公众评估', en: 'public' },
  key: 'unit',
  optionalRows: true,
  fields: [UNIT_FIELD, quarter(1, '第一季度'), quarter(2, '第二季度'), quarter(3, '第三季度'), quarter(4, '第四季度')],
};

const adjustmentsSpec: TableSpec = {
  name: { zh: '加减分', en: 'adjustments' },
  optionalRows: true,
  fields: [
    UNIT_FIELD,
    {
      key: 'kind',
      label: { zh: '类型', en: 'kind' },
      aliases: ['加减分类型', '加/减'],
      type: 'choice',
      required: true,
      choices: { 加分: 'bonus', 减分: 'deduction', 扣分: 'deduction', bonus: 'bonus', deduction: 'deduction', '+': 'bonus', '-': 'deduction' },
    },
    { key: 'item', label: { zh: '项目', en: 'item' }, aliases: ['加减分项目', '事由', '表彰/通报'], type: 'text', required: true, blank: 'error' },
    num('points', '分值', 'points', ['加减分值']),
    { key: 'count', label: { zh: '次数', en: 'count' }, aliases: ['件数', '人次'], type: 'count', blank: 'null' },
    { key: 'evidence', label: { zh: '文号/证书编号', en: 'evidence' }, aliases: ['文号', '证书编号', '依据', '文件文号', '证书号'], type: 'text' },
  ],
};

/** Sheet names and table specs of the detailed county workbook, in the order they are read. */
export const countyDetailSheets: readonly DetailSheet[] = [
  { key: 'units', name: { zh: '单位', en: 'units' }, aliases: ['单位名单', '被考核单位'], spec: unitsSpec, required: true },
  { key: 'indicators', name: { zh: '指标', en: 'indicators' }, aliases: ['指标评估'], spec: indicatorsSpec, required: true },
  { key: 'leader', name: { zh: '领导评估', en: 'leader' }, aliases: ['领导'], spec: leaderSpec, required: true },
  { key: 'public', name: { zh: '公众评估', en: 'public' }, aliases: ['公众', '满意度'], spec: publicSpec, required: false },
  { key: 'adjustments', name: { zh: '加减分', en: 'adjustments' }, aliases: ['评估加减分', '加分减分'], spec: adjustmentsSpec, required: false },
];
