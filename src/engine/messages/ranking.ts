import { s, type MessageDef } from './types';

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
} satisfies Record<string, MessageDef>;
