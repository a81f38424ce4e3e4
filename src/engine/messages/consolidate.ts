import { msg, type ParamValue } from './types';

/** Where the problem is (a sheet cell, a file): `at`, optional. */
type At = { at?: ParamValue | undefined };
/** The record a message is about: unit, period and, when there is one, the indicator or person. */
type Subject = { unit: ParamValue; period: ParamValue; item?: ParamValue | undefined };

/** "B5：" before a text when the issue points at a cell (`at`), nothing otherwise. */
const at = (p: At, sep: string): string => (p.at === undefined || p.at === '' ? '' : `${p.at}${sep}`);
const what = (p: Subject): string => `${p.unit} ${p.period}${p.item === undefined || p.item === '' ? '' : ` ${p.item}`}`;

/** Messages of 汇总 (consolidating submissions into the master, RULES.md "Consolidation"). */
export const consolidateMessages = {
  'consolidate.months-order': msg<{ mid: ParamValue; end: ParamValue }>(
    'error',
    (p) => `中期月份 ${p.mid} 应早于年终月份 ${p.end}`,
    (p) => `the mid-year month ${p.mid} should come before the year-end month ${p.end}`,
  ),
  'consolidate.no-department': msg<At>(
    'error',
    (p) => `${at(p, '：')}没有部门：汇总需要“部门”列或表头上方的“部门：…”`,
    (p) => `${at(p, ': ')}no department: consolidating needs a 部门 column or a "部门: …" cell above the table`,
  ),
  'consolidate.month-without-year': msg<{ value: ParamValue } & At>(
    'error',
    (p) => `${at(p, '：')}月份“${p.value}”没有年份，请写成“2026年6月”或指定汇总月份`,
    (p) => `${at(p, ': ')}the month "${p.value}" has no year; write it as 2026-06 or give the period being consolidated`,
  ),
  'consolidate.other-period': msg<{ value: ParamValue; period: ParamValue } & At>(
    'error',
    (p) => `${at(p, '：')}月份 ${p.value} 不是本次汇总的月份 ${p.period}`,
    (p) => `${at(p, ': ')}the month ${p.value} is not the period being consolidated, ${p.period}`,
  ),
  'consolidate.no-period': msg(
    'error',
    () => '报表没有写明考核月份（表头上方“考核月份：2026年6月”），也未指定汇总月份',
    () => 'the sheet names no assessed month ("考核月份: 2026-06" above the table) and no period was given',
  ),
  'consolidate.bad-period': msg<{ value: ParamValue } & At>(
    'error',
    (p) => `${at(p, '：')}考核月份应为“2026年6月”或“2026-06”这样的月份，实际为“${p.value}”`,
    (p) => `${at(p, ': ')}the assessed month should be a month like 2026-06 or 2026年6月, found "${p.value}"`,
  ),
  'consolidate.bad-date': msg<{ value: ParamValue } & At>(
    'warning',
    (p) => `${at(p, '：')}报送日期“${p.value}”不是日期，未按它判断是否逾期`,
    (p) => `${at(p, ': ')}the submission date "${p.value}" is not a date; lateness was not judged from it`,
  ),
  'consolidate.dates-differ': msg<{ cells: ParamValue } & At>(
    'warning',
    (p) => `${at(p, '：')}报送日期列的日期不一致（${p.cells} 与之不同），按第一个日期计`,
    (p) => `${at(p, ': ')}the submission date column holds different dates (${p.cells} differ); the first is used`,
  ),
  'consolidate.unknown-unit': msg<{ value: ParamValue } & At>(
    'error',
    (p) => `${at(p, '：')}单位“${p.value}”不在汇总表的单位名单中，不会新增单位（请核对名称）`,
    (p) => `${at(p, ': ')}the unit "${p.value}" is not in the master's unit list; no unit is added (check the name)`,
  ),
  'consolidate.duplicate': msg<{ unit: ParamValue; period: ParamValue; files: ParamValue; filesEn: ParamValue }>(
    'error',
    (p) => `${p.unit} ${p.period} 在本次汇总中有多份报送：${p.files}，均未汇总，请只保留一份`,
    (p) => `${p.unit} ${p.period} is reported by more than one file in this run: ${p.filesEn}; none was merged, keep one`,
  ),
  'consolidate.typed': msg<{ field: ParamValue; typed: ParamValue; reported: ParamValue; fieldEn: ParamValue } & At & Subject>(
    'error',
    (p) => `${at(p, '：')}${what(p)} 的${p.field}为手工填写的 ${p.typed}，报送值为 ${p.reported}，未覆盖（强制汇总才覆盖）；该单位本期未汇总`,
    (p) => `${at(p, ': ')}${what(p)}: ${p.fieldEn} was typed by hand as ${p.typed}, the submission says ${p.reported}; kept (force to overwrite), and the unit's period was not merged`,
  ),
  'consolidate.forced': msg<{ field: ParamValue; from: ParamValue; to: ParamValue; fieldEn: ParamValue } & At & Subject>(
    'warning',
    (p) => `${at(p, '：')}${what(p)} 的${p.field}原为手工填写的 ${p.from}，已按强制汇总改为 ${p.to}`,
    (p) => `${at(p, ': ')}${what(p)}: ${p.fieldEn} was typed by hand as ${p.from}, overwritten with ${p.to} (forced)`,
  ),
  'consolidate.stale': msg<{ unit: ParamValue; period: ParamValue; submitted: ParamValue; heldFile: ParamValue; held: ParamValue }>(
    'error',
    (p) => `${p.unit} ${p.period} 的报送日期 ${p.submitted} 早于汇总表已有的 ${p.heldFile}（${p.held}），未覆盖较新的数据（强制汇总才覆盖）`,
    (p) => `${p.unit} ${p.period}: submitted ${p.submitted}, earlier than ${p.heldFile} (${p.held}) already merged; the newer figures were kept (force to overwrite)`,
  ),
  'consolidate.kept': msg<{ unit: ParamValue; period: ParamValue; count: ParamValue; items: ParamValue }>(
    'warning',
    (p) => `${p.unit} ${p.period} 新报送中没有汇总表已有的 ${p.count} 项（${p.items}），已保留原数据`,
    (p) => `${p.unit} ${p.period}: the new submission lacks ${p.count} item(s) the master holds (${p.items}); they were kept`,
  ),
  'consolidate.master-duplicate': msg<{ value: ParamValue; first: ParamValue } & At>(
    'error',
    (p) => `${at(p, '：')}汇总表中“${p.value}”重复出现（首次在 ${p.first}），请删去一行后再汇总`,
    (p) => `${at(p, ': ')}"${p.value}" appears twice in the master (first at ${p.first}); delete one row before consolidating`,
  ),
  'consolidate.no-date': msg<{ unit: ParamValue; period: ParamValue; staff: ParamValue }>(
    'warning',
    (p) => `${p.unit} ${p.period} 的报送没有报送日期，${p.staff === 1 ? '未计算逾期罚款' : '未判断是否逾期'}`,
    (p) => `${p.unit} ${p.period}: the submission has no submission date; ${p.staff === 1 ? 'no late fee was computed' : 'lateness was not judged'}`,
  ),
  'consolidate.submitted-before-period': msg<{ unit: ParamValue; submitted: ParamValue; period: ParamValue }>(
    'warning',
    (p) => `${p.unit} 的报送日期 ${p.submitted} 早于考核月份 ${p.period}，未判断是否逾期`,
    (p) => `${p.unit}: submitted ${p.submitted}, before the assessed month ${p.period}; lateness was not judged`,
  ),
  'consolidate.no-month-actual': msg<{ unit: ParamValue; month: ParamValue; indicator: ParamValue }>(
    'warning',
    (p) => `${p.unit} ${p.month} “${p.indicator}”没有本月完成值，该月不计完成值`,
    (p) => `${p.unit} ${p.month} "${p.indicator}": no month actual, so the month has no actual`,
  ),
  'consolidate.cumulative-not-derived': msg<{ unit: ParamValue; month: ParamValue; indicator: ParamValue; lower: ParamValue }>(
    'warning',
    (p) => `${p.unit} ${p.month} “${p.indicator}”没有累计完成值；${p.lower === 1 ? '越低越好的指标不按各月相加推算' : '方案设定不推算累计值'}，请报送累计完成值`,
    (p) => `${p.unit} ${p.month} "${p.indicator}": no cumulative actual; ${p.lower === 1 ? 'a lower-is-better indicator is not summed from its months' : 'the settings derive no cumulative'}, report the cumulative`,
  ),
  'consolidate.months-missing': msg<{ unit: ParamValue; month: ParamValue; indicator: ParamValue; months: ParamValue; monthsEn: ParamValue }>(
    'warning',
    (p) => `${p.unit} ${p.month} “${p.indicator}”没有累计完成值，且缺 ${p.months} 月的本月完成值，无法相加推算`,
    (p) => `${p.unit} ${p.month} "${p.indicator}": no cumulative actual and no month actual for month(s) ${p.monthsEn}, so it cannot be summed`,
  ),
};
