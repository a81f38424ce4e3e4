import { s, type MessageDef, type Params } from './types';

/** "得分区域第 2 个值" for a cell of a range argument, else just the argument's name. */
const arg = (p: Params): string => (p.row === undefined ? s(p.field) : `${s(p.field)}第 ${s(p.row)} 个值`);
const argEn = (p: Params): string => (p.row === undefined ? s(p.fieldEn) : `${s(p.fieldEn)} value ${s(p.row)}`);

/** Messages of ranking, quota and tiers (county 篇4 六(二), 七). */
export const rankingMessages = {
  'ranking.tie-at-boundary': {
    severity: 'warning',
    zh: (p) => `${s(p.group)}：${s(p.units)} 在先进名额边界同分（${s(p.score)} 分），均评为先进，先进 ${s(p.admitted)} 名，名额 ${s(p.quota)} 名`,
    en: (p) => `${s(p.groupEn)}: ${s(p.units)} tie at the advanced boundary (${s(p.score)}); all are advanced, ${s(p.admitted)} advanced for ${s(p.quota)} places`,
  },
  'ranking.tie-unbroken': {
    severity: 'warning',
    zh: (p) => `${s(p.group)}：${s(p.units)} 在先进名额边界同分，按 ${s(p.keys)} 仍无法区分，均评为先进，先进 ${s(p.admitted)} 名，名额 ${s(p.quota)} 名`,
    en: (p) => `${s(p.groupEn)}: ${s(p.units)} tie at the advanced boundary and are still tied on ${s(p.keys)}; all are advanced, ${s(p.admitted)} advanced for ${s(p.quota)} places`,
  },
  'ranking.tie-breaker-missing': {
    severity: 'warning',
    zh: (p) => `${s(p.group)}：${s(p.units)} 缺少决胜字段“${s(p.key)}”，该字段未用于区分同分`,
    en: (p) => `${s(p.groupEn)}: ${s(p.units)} lack the tie-breaker "${s(p.key)}"; it was not used to break the tie`,
  },
  'ranking.too-few-advanced': {
    severity: 'warning',
    zh: (p) => `${s(p.group)}：符合先进条件（不低于 ${s(p.floor)} 分、未取消评先资格且未认定为不合格）的单位只有 ${s(p.count)} 个，少于 ${s(p.min)} 个`,
    en: (p) => `${s(p.groupEn)}: only ${s(p.count)} unit(s) qualify for advanced (at least ${s(p.floor)}, not vetoed, not designated unqualified), fewer than ${s(p.min)}`,
  },
  'ranking.blank-score': {
    severity: 'error',
    zh: (p) => `第 ${s(p.row)} 行：得分为空（空白不按 0 处理）`,
    en: (p) => `Row ${s(p.row)}: the score is blank (a blank is not read as 0)`,
  },
  'ranking.score-not-number': {
    severity: 'error',
    zh: (p) => `第 ${s(p.row)} 行：得分应为数字，实际为“${s(p.value)}”`,
    en: (p) => `Row ${s(p.row)}: the score should be a number, found "${s(p.value)}"`,
  },
  'ranking.excel-error': {
    severity: 'error',
    zh: (p) => `第 ${s(p.row)} 行：${s(p.field)}是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
    en: (p) => `Row ${s(p.row)}: ${s(p.fieldEn)} holds the Excel error ${s(p.value)}; fix the formula or data first`,
  },
  'ranking.bad-group': {
    severity: 'error',
    zh: (p) => `第 ${s(p.row)} 行：分组“${s(p.value)}”无法识别（应为 乡镇、部门 或 古城）`,
    en: (p) => `Row ${s(p.row)}: the group "${s(p.value)}" is not recognised (expected township, department or ancient-city)`,
  },
  'ranking.length-mismatch': {
    severity: 'error',
    zh: (p) => `${s(p.field)}有 ${s(p.count)} 项，与得分的 ${s(p.expected)} 项不一致`,
    en: (p) => `${s(p.fieldEn)} has ${s(p.count)} item(s) but the scores have ${s(p.expected)}`,
  },
  'ranking.arg-blank': {
    severity: 'error',
    zh: (p) => `${arg(p)}不能为空（空白不按 0 处理）`,
    en: (p) => `${argEn(p)} is blank; a blank is not read as 0`,
  },
  'ranking.arg-not-number': {
    severity: 'error',
    zh: (p) => `${arg(p)}“${s(p.value)}”不是数字`,
    en: (p) => `${argEn(p)} "${s(p.value)}" is not a number`,
  },
  'ranking.arg-excel-error': {
    severity: 'error',
    zh: (p) => `${arg(p)}是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
    en: (p) => `${argEn(p)} holds the Excel error ${s(p.value)}; fix the formula or data first`,
  },
  'ranking.unknown-group': {
    severity: 'error',
    zh: (p) => `${arg(p)}“${s(p.value)}”不是可识别的类别（应为 乡镇、部门 或 古城）`,
    en: (p) => `${argEn(p)} "${s(p.value)}" is not a known group (expected township, department or ancient-city)`,
  },
  'ranking.group-required': {
    severity: 'error',
    zh: () => '给出类别区域（groups）时须指定类别（group）',
    en: () => 'group is required when groups is given',
  },
  'ranking.groups-required': {
    severity: 'error',
    zh: () => '指定类别（group）时须给出类别区域（groups）',
    en: () => 'groups (a range) is required when group is given',
  },
  'ranking.bad-mode': {
    severity: 'error',
    zh: (p) => `排名方式“${s(p.value)}”无法识别（应为 competition 美式排名 或 dense 中国式排名）`,
    en: (p) => `mode "${s(p.value)}" is not known (expected competition, 美式, or dense, 中国式)`,
  },
  // Like Excel's RANK.EQ, which gives #N/A for a number not in its ref.
  'ranking.score-absent': {
    severity: 'error',
    zh: (p) => `得分 ${s(p.value)} 不在${p.group === undefined ? '' : `类别“${s(p.group)}”的`}得分区域中，无法排名（与 RANK.EQ 相同）`,
    en: (p) => `score ${s(p.value)} is not among the scores${p.groupEn === undefined ? '' : ` of group ${s(p.groupEn)}`}, so it has no rank (as with RANK.EQ)`,
  },
} satisfies Record<string, MessageDef>;
