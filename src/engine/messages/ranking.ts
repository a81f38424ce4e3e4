import { argEn, argZh as arg, type ArgNames } from './parts';
import { msg, type ParamValue } from './types';

/** A county group named in both languages. */
type Group = { group: string; groupEn: string };
/** A tie across the 先进 boundary: the units, their score, the places and how many were admitted. */
type Tie = Group & { units: string; score: string; admitted: number; quota: number };

/** Messages of ranking, quota and tiers (county 篇4 六(二), 七). */
export const rankingMessages = {
  'ranking.tie-at-boundary': msg<Tie>(
    'warning',
    (p) => `${p.group}：${p.units} 在先进名额边界同分（${p.score} 分），均评为先进，先进 ${p.admitted} 名，名额 ${p.quota} 名`,
    (p) => `${p.groupEn}: ${p.units} tie at the advanced boundary (${p.score}); all are advanced, ${p.admitted} advanced for ${p.quota} places`,
  ),
  'ranking.tie-unbroken': msg<Tie & { keys: string }>(
    'warning',
    (p) => `${p.group}：${p.units} 在先进名额边界同分，按 ${p.keys} 仍无法区分，均评为先进，先进 ${p.admitted} 名，名额 ${p.quota} 名`,
    (p) => `${p.groupEn}: ${p.units} tie at the advanced boundary and are still tied on ${p.keys}; all are advanced, ${p.admitted} advanced for ${p.quota} places`,
  ),
  'ranking.tie-breaker-missing': msg<Group & { units: string; key: string }>(
    'warning',
    (p) => `${p.group}：${p.units} 缺少决胜字段“${p.key}”，该字段未用于区分同分`,
    (p) => `${p.groupEn}: ${p.units} lack the tie-breaker "${p.key}"; it was not used to break the tie`,
  ),
  'ranking.too-few-advanced': msg<Group & { floor: number; count: number; min: number }>(
    'warning',
    (p) => `${p.group}：符合先进条件（不低于 ${p.floor} 分、未取消评先资格且未认定为不合格）的单位只有 ${p.count} 个，少于 ${p.min} 个`,
    (p) => `${p.groupEn}: only ${p.count} unit(s) qualify for advanced (at least ${p.floor}, not vetoed, not designated unqualified), fewer than ${p.min}`,
  ),
  'ranking.blank-score': msg<{ row: number }>(
    'error',
    (p) => `第 ${p.row} 行：得分为空（空白不按 0 处理）`,
    (p) => `Row ${p.row}: the score is blank (a blank is not read as 0)`,
  ),
  'ranking.score-not-number': msg<{ row: number; value: string }>(
    'error',
    (p) => `第 ${p.row} 行：得分应为数字，实际为“${p.value}”`,
    (p) => `Row ${p.row}: the score should be a number, found "${p.value}"`,
  ),
  'ranking.excel-error': msg<{ row: number; field: string; fieldEn: string; value: string }>(
    'error',
    (p) => `第 ${p.row} 行：${p.field}是 Excel 错误值 ${p.value}，请先修正公式或数据`,
    (p) => `Row ${p.row}: ${p.fieldEn} holds the Excel error ${p.value}; fix the formula or data first`,
  ),
  'ranking.bad-group': msg<{ row: number; value: string }>(
    'error',
    (p) => `第 ${p.row} 行：分组“${p.value}”无法识别（应为 乡镇、部门 或 古城）`,
    (p) => `Row ${p.row}: the group "${p.value}" is not recognised (expected township, department or ancient-city)`,
  ),
  'ranking.length-mismatch': msg<{ field: string; fieldEn: string; count: number; expected: number }>(
    'error',
    (p) => `${p.field}有 ${p.count} 项，与得分的 ${p.expected} 项不一致`,
    (p) => `${p.fieldEn} has ${p.count} item(s) but the scores have ${p.expected}`,
  ),
  'ranking.unknown-group': msg<ArgNames & { value: string }>(
    'error',
    (p) => `${arg(p)}“${p.value}”不是可识别的类别（应为 乡镇、部门 或 古城）`,
    (p) => `${argEn(p)} "${p.value}" is not a known group (expected township, department or ancient-city)`,
  ),
  'ranking.group-required': msg(
    'error',
    () => '给出类别区域（groups）时须指定类别（group）',
    () => 'group is required when groups is given',
  ),
  'ranking.groups-required': msg(
    'error',
    () => '指定类别（group）时须给出类别区域（groups）',
    () => 'groups (a range) is required when group is given',
  ),
  'ranking.bad-mode': msg<{ value: string }>(
    'error',
    (p) => `排名方式“${p.value}”无法识别（应为 competition 美式排名 或 dense 中国式排名）`,
    (p) => `mode "${p.value}" is not known (expected competition, 美式, or dense, 中国式)`,
  ),
  // Like Excel's RANK.EQ, which gives #N/A for a number not in its ref.
  'ranking.score-absent': msg<{ value: ParamValue; group?: string | undefined; groupEn?: string | undefined }>(
    'error',
    (p) => `得分 ${p.value} 不在${p.group === undefined ? '' : `类别“${p.group}”的`}得分区域中，无法排名（与 RANK.EQ 相同）`,
    (p) => `score ${p.value} is not among the scores${p.groupEn === undefined ? '' : ` of group ${p.groupEn}`}, so it has no rank (as with RANK.EQ)`,
  ),
};
