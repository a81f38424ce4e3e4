import { s, type MessageDef, type Params } from './types';

/** "B5：" before a text when the issue points at a cell (`at`), nothing otherwise. */
const at = (p: Params, sep: string): string => (p.at === undefined || p.at === '' ? '' : `${s(p.at)}${sep}`);
/** The record a message is about: unit, period and, when there is one, the indicator or person. */
const what = (p: Params): string => `${s(p.unit)} ${s(p.period)}${p.item === undefined || p.item === '' ? '' : ` ${s(p.item)}`}`;

/** Messages of 汇总 (consolidating submissions into the master, RULES.md "Consolidation"). */
export const consolidateMessages = {
  'consolidate.months-order': {
    severity: 'error',
    zh: (p) => `中期月份 ${s(p.mid)} 应早于年终月份 ${s(p.end)}`,
    en: (p) => `the mid-year month ${s(p.mid)} should come before the year-end month ${s(p.end)}`,
  },
  'consolidate.no-department': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}没有部门：汇总需要“部门”列或表头上方的“部门：…”`,
    en: (p) => `${at(p, ': ')}no department: consolidating needs a 部门 column or a "部门: …" cell above the table`,
  },
  'consolidate.month-without-year': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}月份“${s(p.value)}”没有年份，请写成“2026年6月”或指定汇总月份`,
    en: (p) => `${at(p, ': ')}the month "${s(p.value)}" has no year; write it as 2026-06 or give the period being consolidated`,
  },
  'consolidate.other-period': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}月份 ${s(p.value)} 不是本次汇总的月份 ${s(p.period)}`,
    en: (p) => `${at(p, ': ')}the month ${s(p.value)} is not the period being consolidated, ${s(p.period)}`,
  },
  'consolidate.no-period': {
    severity: 'error',
    zh: () => '报表没有写明考核月份（表头上方“考核月份：2026年6月”），也未指定汇总月份',
    en: () => 'the sheet names no assessed month ("考核月份: 2026-06" above the table) and no period was given',
  },
  'consolidate.bad-period': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}考核月份应为“2026年6月”或“2026-06”这样的月份，实际为“${s(p.value)}”`,
    en: (p) => `${at(p, ': ')}the assessed month should be a month like 2026-06 or 2026年6月, found "${s(p.value)}"`,
  },
  'consolidate.bad-date': {
    severity: 'warning',
    zh: (p) => `${at(p, '：')}报送日期“${s(p.value)}”不是日期，未按它判断是否逾期`,
    en: (p) => `${at(p, ': ')}the submission date "${s(p.value)}" is not a date; lateness was not judged from it`,
  },
  'consolidate.dates-differ': {
    severity: 'warning',
    zh: (p) => `${at(p, '：')}报送日期列的日期不一致（${s(p.cells)} 与之不同），按第一个日期计`,
    en: (p) => `${at(p, ': ')}the submission date column holds different dates (${s(p.cells)} differ); the first is used`,
  },
  'consolidate.unknown-unit': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}单位“${s(p.value)}”不在汇总表的单位名单中，不会新增单位（请核对名称）`,
    en: (p) => `${at(p, ': ')}the unit "${s(p.value)}" is not in the master's unit list; no unit is added (check the name)`,
  },
  'consolidate.duplicate': {
    severity: 'error',
    zh: (p) => `${s(p.unit)} ${s(p.period)} 在本次汇总中有多份报送：${s(p.files)}，均未汇总，请只保留一份`,
    en: (p) => `${s(p.unit)} ${s(p.period)} is reported by more than one file in this run: ${s(p.filesEn)}; none was merged, keep one`,
  },
  'consolidate.typed': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}${what(p)} 的${s(p.field)}为手工填写的 ${s(p.typed)}，报送值为 ${s(p.reported)}，未覆盖（强制汇总才覆盖）；该单位本期未汇总`,
    en: (p) => `${at(p, ': ')}${what(p)}: ${s(p.fieldEn)} was typed by hand as ${s(p.typed)}, the submission says ${s(p.reported)}; kept (force to overwrite), and the unit's period was not merged`,
  },
  'consolidate.forced': {
    severity: 'warning',
    zh: (p) => `${at(p, '：')}${what(p)} 的${s(p.field)}原为手工填写的 ${s(p.from)}，已按强制汇总改为 ${s(p.to)}`,
    en: (p) => `${at(p, ': ')}${what(p)}: ${s(p.fieldEn)} was typed by hand as ${s(p.from)}, overwritten with ${s(p.to)} (forced)`,
  },
  'consolidate.stale': {
    severity: 'error',
    zh: (p) => `${s(p.unit)} ${s(p.period)} 的报送日期 ${s(p.submitted)} 早于汇总表已有的 ${s(p.heldFile)}（${s(p.held)}），未覆盖较新的数据（强制汇总才覆盖）`,
    en: (p) => `${s(p.unit)} ${s(p.period)}: submitted ${s(p.submitted)}, earlier than ${s(p.heldFile)} (${s(p.held)}) already merged; the newer figures were kept (force to overwrite)`,
  },
  'consolidate.kept': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} ${s(p.period)} 新报送中没有汇总表已有的 ${s(p.count)} 项（${s(p.items)}），已保留原数据`,
    en: (p) => `${s(p.unit)} ${s(p.period)}: the new submission lacks ${s(p.count)} item(s) the master holds (${s(p.items)}); they were kept`,
  },
  'consolidate.master-duplicate': {
    severity: 'error',
    zh: (p) => `${at(p, '：')}汇总表中“${s(p.value)}”重复出现（首次在 ${s(p.first)}），请删去一行后再汇总`,
    en: (p) => `${at(p, ': ')}"${s(p.value)}" appears twice in the master (first at ${s(p.first)}); delete one row before consolidating`,
  },
  'consolidate.no-date': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} ${s(p.period)} 的报送没有报送日期，${p.staff === 1 ? '未计算逾期罚款' : '未判断是否逾期'}`,
    en: (p) => `${s(p.unit)} ${s(p.period)}: the submission has no submission date; ${p.staff === 1 ? 'no late fee was computed' : 'lateness was not judged'}`,
  },
  'consolidate.submitted-before-period': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} 的报送日期 ${s(p.submitted)} 早于考核月份 ${s(p.period)}，未判断是否逾期`,
    en: (p) => `${s(p.unit)}: submitted ${s(p.submitted)}, before the assessed month ${s(p.period)}; lateness was not judged`,
  },
  'consolidate.no-month-actual': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} ${s(p.month)} “${s(p.indicator)}”没有本月完成值，该月不计完成值`,
    en: (p) => `${s(p.unit)} ${s(p.month)} "${s(p.indicator)}": no month actual, so the month has no actual`,
  },
  'consolidate.cumulative-not-derived': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} ${s(p.month)} “${s(p.indicator)}”没有累计完成值；${p.lower === 1 ? '越低越好的指标不按各月相加推算' : '方案设定不推算累计值'}，请报送累计完成值`,
    en: (p) => `${s(p.unit)} ${s(p.month)} "${s(p.indicator)}": no cumulative actual; ${p.lower === 1 ? 'a lower-is-better indicator is not summed from its months' : 'the settings derive no cumulative'}, report the cumulative`,
  },
  'consolidate.months-missing': {
    severity: 'warning',
    zh: (p) => `${s(p.unit)} ${s(p.month)} “${s(p.indicator)}”没有累计完成值，且缺 ${s(p.months)} 月的本月完成值，无法相加推算`,
    en: (p) => `${s(p.unit)} ${s(p.month)} "${s(p.indicator)}": no cumulative actual and no month actual for month(s) ${s(p.monthsEn)}, so it cannot be summed`,
  },
} satisfies Record<string, MessageDef>;
