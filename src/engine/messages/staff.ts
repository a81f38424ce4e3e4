import { cellPrefix as pre } from './parts';
import { msg } from './types';


type At = { cell?: string | undefined };
/** A field named in both languages. */
type Field = At & { field: string; fieldEn: string };

/** Messages of the `staff` scheme. */
export const staffMessages = {
  'staff.blend-sum': msg<{ sum: number }>(
    'error',
    (p) => `互评与上级评分权重合计 ${p.sum}%，应为 100%`,
    (p) => `peer and superior weights sum to ${p.sum}%, expected 100%`,
  ),
  'staff.blend-missing': msg<At>(
    'error',
    (p) => `${pre(p, '：')}月底打分按互评和上级评分合成时，方案须设定两者权重（不设默认权重）`,
    (p) => `${pre(p, ': ')}a month-end score split into peer and superior ratings needs the scheme's blend weights (there is no default)`,
  ),
  'staff.monthend-conflict': msg<At>(
    'error',
    (p) => `${pre(p, '：')}同时填写了月底打分和互评/上级评分，只能填一种`,
    (p) => `${pre(p, ': ')}both a month-end score and peer/superior ratings are given; give one or the other`,
  ),
  'staff.not-for-category': msg<Field & { category: string; categoryEn: string }>(
    'error',
    (p) => `${pre(p, '：')}${p.field}不适用于${p.category}人员`,
    (p) => `${pre(p, ': ')}${p.fieldEn} does not apply to ${p.categoryEn} staff`,
  ),
  'staff.bad-category': msg<At & { value: string }>(
    'error',
    (p) => `${pre(p, '：')}类别“${p.value}”应为 后勤 或 生产`,
    (p) => `${pre(p, ': ')}category "${p.value}" should be back-office (后勤) or production (生产)`,
  ),
  'staff.bad-yes-no': msg<Field & { value: string }>(
    'error',
    (p) => `${pre(p, '：')}${p.field}“${p.value}”应为 是 或 否`,
    (p) => `${pre(p, ': ')}${p.fieldEn} "${p.value}" should be yes (是) or no (否)`,
  ),
  'staff.bad-period': msg<At & { value: string }>(
    'error',
    (p) => `${pre(p, '：')}考核月份应为日期或“2026-03”“2026年3月”这样的月份，实际为“${p.value}”`,
    (p) => `${pre(p, ': ')}the assessed month should be a date or a month like 2026-03 or 2026年3月, found "${p.value}"`,
  ),
  'staff.bad-date': msg<Field & { value: string }>(
    'error',
    (p) => `${pre(p, '：')}${p.field}应为日期，实际为“${p.value}”`,
    (p) => `${pre(p, ': ')}${p.fieldEn} should be a date, found "${p.value}"`,
  ),
  'staff.submitted-before-period': msg<At & { submitted: string; period: string }>(
    'error',
    (p) => `${pre(p, '：')}提交日期 ${p.submitted} 早于考核月份 ${p.period}`,
    (p) => `${pre(p, ': ')}submitted ${p.submitted}, before the assessed month ${p.period}`,
  ),
  'staff.date-before-period': msg<Field & { date: string; period: string }>(
    'error',
    (p) => `${pre(p, '：')}${p.field} ${p.date} 早于考核月份 ${p.period}`,
    (p) => `${pre(p, ': ')}${p.fieldEn} ${p.date} is before the assessed month ${p.period}`,
  ),
  'staff.bad-penalty-kind': msg<{ value: string; kinds: string }>(
    'error',
    (p) => `处罚类型“${p.value}”不存在，应为：${p.kinds}`,
    (p) => `"${p.value}" is not a penalty kind; use one of: ${p.kinds}`,
  ),
  'staff.pay-not-used': msg<{ kind: string; kindEn: string }>(
    'error',
    (p) => `绩效工资只用于“当月未考核”，不用于“${p.kind}”：请留空`,
    (p) => `Performance pay applies only to "no assessment", not to "${p.kindEn}": leave it blank`,
  ),
  'staff.calendar-late': msg<Field & { date: string; due: string; rule: string; ruleEn: string }>(
    'warning',
    (p) => `${pre(p, '：')}${p.field} ${p.date} 晚于 ${p.due}（月度绩效计划：${p.rule}）`,
    (p) => `${pre(p, ': ')}${p.fieldEn} ${p.date} is after ${p.due} (monthly plan: ${p.ruleEn})`,
  ),
};
