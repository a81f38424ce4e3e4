import { argMessages } from './args';
import { s, type MessageDef, type Params } from './types';

/** "B5：" before a text when the issue points at a cell. */
const at = (p: Params, sep: string): string => (p.cell === undefined ? '' : `${s(p.cell)}${sep}`);

/** Messages of the `staff` scheme. */
export const staffMessages = {
  ...argMessages('staff'),
  'staff.blend-sum': {
    severity: 'error',
    zh: (p) => `互评与上级评分权重合计 ${s(p.sum)}%，应为 100%`,
    en: (p) => `peer and superior weights sum to ${s(p.sum)}%, expected 100%`,
  },
  'staff.blend-missing': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}月底打分按互评和上级评分合成时，方案须设定两者权重（不设默认权重）`,
    en: (p) => `${at(p, ': ')}a month-end score split into peer and superior ratings needs the scheme's blend weights (there is no default)`,
  },
  'staff.monthend-conflict': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}同时填写了月底打分和互评/上级评分，只能填一种`,
    en: (p) => `${at(p, ': ')}both a month-end score and peer/superior ratings are given; give one or the other`,
  },
  'staff.not-for-category': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}${s(p.field)}不适用于${s(p.category)}人员`,
    en: (p) => `${at(p, ': ')}${s(p.fieldEn)} does not apply to ${s(p.categoryEn)} staff`,
  },
  'staff.bad-category': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}类别“${s(p.value)}”应为 后勤 或 生产`,
    en: (p) => `${at(p, ': ')}category "${s(p.value)}" should be back-office (后勤) or production (生产)`,
  },
  'staff.bad-yes-no': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}${s(p.field)}“${s(p.value)}”应为 是 或 否`,
    en: (p) => `${at(p, ': ')}${s(p.fieldEn)} "${s(p.value)}" should be yes (是) or no (否)`,
  },
  'staff.bad-period': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}考核月份应为日期或“2026-03”“2026年3月”这样的月份，实际为“${s(p.value)}”`,
    en: (p) => `${at(p, ': ')}the assessed month should be a date or a month like 2026-03 or 2026年3月, found "${s(p.value)}"`,
  },
  'staff.bad-date': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}${s(p.field)}应为日期，实际为“${s(p.value)}”`,
    en: (p) => `${at(p, ': ')}${s(p.fieldEn)} should be a date, found "${s(p.value)}"`,
  },
  'staff.submitted-before-period': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}提交日期 ${s(p.submitted)} 早于考核月份 ${s(p.period)}`,
    en: (p) => `${at(p, ': ')}submitted ${s(p.submitted)}, before the assessed month ${s(p.period)}`,
  },
  'staff.date-before-period': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}${s(p.field)} ${s(p.date)} 早于考核月份 ${s(p.period)}`,
    en: (p) => `${at(p, ': ')}${s(p.fieldEn)} ${s(p.date)} is before the assessed month ${s(p.period)}`,
  },
  'staff.bad-penalty-kind': {
    severity: 'error',
    zh: (p) => `处罚类型“${s(p.value)}”不存在，应为：${s(p.kinds)}`,
    en: (p) => `"${s(p.value)}" is not a penalty kind; use one of: ${s(p.kinds)}`,
  },
  'staff.pay-not-used': {
    severity: 'error',
    zh: (p) => `绩效工资只用于“当月未考核”，不用于“${s(p.kind)}”：请留空`,
    en: (p) => `Performance pay applies only to "no assessment", not to "${s(p.kindEn)}": leave it blank`,
  },
  'staff.calendar-late': {
    severity: 'warning',
    zh: (p) => `${at(p, '：')}${s(p.field)} ${s(p.date)} 晚于 ${s(p.due)}（月度绩效计划：${s(p.rule)}）`,
    en: (p) => `${at(p, ': ')}${s(p.fieldEn)} ${s(p.date)} is after ${s(p.due)} (monthly plan: ${s(p.ruleEn)})`,
  },
} satisfies Record<string, MessageDef>;
