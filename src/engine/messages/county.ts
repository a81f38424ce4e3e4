import { s, type MessageDef } from './types';

/** Messages of the `county` scheme (篇4). `at` is where the problem is: a cell, an argument or a unit. */
export const countyMessages = {
  'county.scheme-shares': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：指标/公众/领导分值合计 ${s(p.sum)}，应为 100`,
    en: (p) => `${s(p.groupEn)}: indicator/public/leader shares sum to ${s(p.sum)}, expected 100`,
  },
  'county.scheme-leaves-sum': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：指标分值合计 ${s(p.sum)}，应为 ${s(p.share)}`,
    en: (p) => `${s(p.groupEn)}: indicator leaves sum to ${s(p.sum)}, expected ${s(p.share)}`,
  },
  'county.scheme-leaf-points': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：末级指标“${s(p.name)}”没有分值`,
    en: (p) => `${s(p.groupEn)}: leaf indicator "${s(p.name)}" has no points`,
  },
  'county.scheme-tree-depth': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：指标“${s(p.name)}”超过三级（一级/二级/三级）`,
    en: (p) => `${s(p.groupEn)}: indicator "${s(p.name)}" is deeper than three levels`,
  },
  'county.scheme-rounding': {
    severity: 'error',
    zh: (p) => `${s(p.path)}：名额取整方式“${s(p.value)}”无效，应为 half-up（四舍五入）、up（进一）或 down（去尾）`,
    en: (p) => `${s(p.path)}: quota rounding "${s(p.value)}" is invalid; use half-up, up or down`,
  },
  'county.scheme-range': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：先进名额下限 ${s(p.min)} 大于上限 ${s(p.max)}`,
    en: (p) => `${s(p.groupEn)}: advanced minimum ${s(p.min)} exceeds maximum ${s(p.max)}`,
  },
  'county.scheme-weights': {
    severity: 'error',
    zh: (p) => `${s(p.path)} 权重合计 ${s(p.sum)}，应为 1`,
    en: (p) => `${s(p.path)} weights sum to ${s(p.sum)}, expected 1`,
  },
  'county.scheme-bands-order': {
    severity: 'error',
    zh: () => `公众评估档次表应按满意度统一升序或降序排列`,
    en: () => `Public-evaluation bands must be ordered by satisfaction rate, all ascending or all descending`,
  },
  'county.scheme-bands-gap': {
    severity: 'error',
    zh: (p) => `公众评估档次表没有完整覆盖 0～1：${s(p.detail)}`,
    en: (p) => `Public-evaluation bands do not cover 0..1 completely: ${s(p.detailEn)}`,
  },
  'county.scheme-band-points': {
    severity: 'error',
    zh: (p) => `公众评估档次 ${s(p.band)} 的分值 ${s(p.points)} 超出 0～${s(p.max)}`,
    en: (p) => `Public-evaluation band ${s(p.band)} gives ${s(p.points)} points, outside 0..${s(p.max)}`,
  },
  'county.scheme-item-duplicate': {
    severity: 'error',
    zh: (p) => `${s(p.table)}中“${s(p.name)}”出现不止一次`,
    en: (p) => `"${s(p.name)}" appears more than once in the ${s(p.tableEn)} items`,
  },
  'county.unknown-group': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：类别“${s(p.value)}”无法识别，应为 乡镇、部门 或 古城（township/department/ancient-city）`,
    en: (p) => `${s(p.at)}: group "${s(p.value)}" is not recognised; use township, department or ancient-city`,
  },
  'county.part-range': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.part)} ${s(p.value)} 超出 0～${s(p.share)}（${s(p.group)}）`,
    en: (p) => `${s(p.at)}: ${s(p.partEn)} ${s(p.value)} is outside 0..${s(p.share)} (${s(p.groupEn)})`,
  },
  'county.part-missing': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.group)}需要${s(p.part)}，不能为空（空白不按 0 处理）`,
    en: (p) => `${s(p.at)}: ${s(p.groupEn)} needs ${s(p.partEn)}; a blank is not read as 0`,
  },
  'county.part-not-applicable': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.group)}不设${s(p.part)}，却给了 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: ${s(p.groupEn)} has no ${s(p.partEn)}, yet ${s(p.value)} was given`,
  },
  'county.part-not-number': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.part)}应为数字，实际为“${s(p.value)}”`,
    en: (p) => `${s(p.at)}: ${s(p.partEn)} should be a number, found "${s(p.value)}"`,
  },
  'county.deduction-sign': {
    severity: 'info',
    zh: (p) => `${s(p.at)}：减分 ${s(p.value)} 按扣 ${s(p.points)} 分处理`,
    en: (p) => `${s(p.at)}: deduction ${s(p.value)} read as a deduction of ${s(p.points)} points`,
  },
  'county.bonus-negative': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：加分 ${s(p.value)} 不能为负数（扣分请填在减分中）`,
    en: (p) => `${s(p.at)}: bonus ${s(p.value)} cannot be negative (put deductions under deduction)`,
  },
  'county.unknown-item': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.value)}”不是已知的${s(p.kind)}项目（可填代码、中文名称或分值）`,
    en: (p) => `${s(p.at)}: "${s(p.value)}" is not a known ${s(p.kindEn)} item (use a code, its Chinese label or points)`,
  },
  'county.item-points-needed': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.item)}”按研究决定计分，须给出分值（如 ${s(p.example)}）`,
    en: (p) => `${s(p.at)}: "${s(p.itemEn)}" scores as decided; give its points (e.g. ${s(p.example)})`,
  },
  'county.item-points-fixed': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.item)}”分值固定为 ${s(p.points)}，却填了 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: "${s(p.itemEn)}" is worth ${s(p.points)} points, yet ${s(p.value)} was given`,
  },
  'county.item-count': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.item)}”不按次计分，次数应为 1（每次请单列一行），实际为 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: "${s(p.itemEn)}" is not counted per case; the count must be 1 (one row each), found ${s(p.value)}`,
  },
  'county.bonus-no-evidence': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：加分“${s(p.item)}”没有文号或证书编号，不予计分`,
    en: (p) => `${s(p.at)}: bonus "${s(p.itemEn)}" cites no document or certificate number and is not counted`,
  },
  'county.adjustments-not-applicable': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.group)}不适用评估加减分，却给了${s(p.part)} ${s(p.value)}`,
    en: (p) => `${s(p.at)}: ${s(p.groupEn)} takes no bonus or deduction, yet ${s(p.partEn)} ${s(p.value)} was given`,
  },
  'county.bad-direction': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：方向“${s(p.value)}”无法识别，应为 ≥（越高越好）或 ≤（越低越好）`,
    en: (p) => `${s(p.at)}: direction "${s(p.value)}" is not recognised; use ≥ (higher is better) or ≤ (lower is better)`,
  },
  'county.target-not-positive': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：越高越好的指标标准值须大于 0，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: a higher-is-better target must be greater than 0, found ${s(p.value)}`,
  },
  'county.negative-value': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.part)}不能为负数，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: ${s(p.partEn)} cannot be negative, found ${s(p.value)}`,
  },
  'county.detail-sheet-missing': {
    severity: 'error',
    zh: (p) => `缺少工作表“${s(p.sheet)}”`,
    en: (p) => `The sheet "${s(p.sheetEn)}" is missing`,
  },
  'county.detail-unknown-unit': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：单位“${s(p.unit)}”不在“单位”表中`,
    en: (p) => `${s(p.at)}: unit "${s(p.unit)}" is not on the units sheet`,
  },
  'county.detail-no-rows': {
    severity: 'error',
    zh: (p) => `单位“${s(p.unit)}”在“${s(p.sheet)}”表中没有数据`,
    en: (p) => `Unit "${s(p.unit)}" has no rows on the ${s(p.sheetEn)} sheet`,
  },
  'county.detail-leaves-sum': {
    severity: 'error',
    zh: (p) => `单位“${s(p.unit)}”${s(p.period)}指标分值合计 ${s(p.sum)}，应为 ${s(p.share)}`,
    en: (p) => `Unit "${s(p.unit)}"${s(p.periodEn)}: indicator leaves sum to ${s(p.sum)}, expected ${s(p.share)}`,
  },
  'county.detail-leaf-unknown': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：指标“${s(p.name)}”不在方案的${s(p.group)}指标体系中`,
    en: (p) => `${s(p.at)}: indicator "${s(p.name)}" is not in the scheme's ${s(p.groupEn)} indicator tree`,
  },
  'county.detail-leaf-points': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：指标“${s(p.name)}”的分值按方案应为 ${s(p.points)}，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: indicator "${s(p.name)}" is worth ${s(p.points)} in the scheme, found ${s(p.value)}`,
  },
  'county.detail-period-mismatch': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.group)}按${s(p.expected)}评估，${s(p.detail)}`,
    en: (p) => `${s(p.at)}: ${s(p.groupEn)} is evaluated ${s(p.expectedEn)}; ${s(p.detailEn)}`,
  },
  'county.detail-duplicate': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.value)}”重复出现（首次在 ${s(p.first)}）`,
    en: (p) => `${s(p.at)}: "${s(p.value)}" appears again (first at ${s(p.first)})`,
  },
  'county.bad-month': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：月份“${s(p.value)}”无法识别，应为 1～12、3月 或 2026-03`,
    en: (p) => `${s(p.at)}: month "${s(p.value)}" is not recognised; use 1..12, 3月 or 2026-03`,
  },
  'county.report-no-actual': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：本月完成值和累计完成值至少填一项`,
    en: (p) => `${s(p.at)}: give the month's actual or the cumulative actual`,
  },
  'county.report-no-actual-column': {
    severity: 'error',
    zh: () => `表头缺少“本月完成值”或“累计完成值”列`,
    en: () => `The header lacks a "month actual" or "cumulative actual" column`,
  },
  'county.report-cumulative-below-month': {
    severity: 'warning',
    zh: (p) => `${s(p.at)}：累计完成值 ${s(p.cumulative)} 小于本月完成值 ${s(p.month)}`,
    en: (p) => `${s(p.at)}: the cumulative actual ${s(p.cumulative)} is below the month's actual ${s(p.month)}`,
  },
  'county.report-several-units': {
    severity: 'warning',
    zh: (p) => `报表包含多个单位（${s(p.units)}），月报应按单位分别报送`,
    en: (p) => `The report holds several units (${s(p.units)}); a monthly report is per unit`,
  },
  'county.part-percent': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：${s(p.part)}是分数，不能写成百分比（“${s(p.value)}”）`,
    en: (p) => `${s(p.at)}: ${s(p.partEn)} is points, not a percentage ("${s(p.value)}")`,
  },
  'county.group-missing': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：类别不能为空，应为 乡镇、部门 或 古城（township/department/ancient-city）`,
    en: (p) => `${s(p.at)}: the group is blank; use township, department or ancient-city`,
  },
  'county.unit-missing': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：单位名称不能为空`,
    en: (p) => `${s(p.at)}: the unit name is blank`,
  },
  'county.duplicate-unit': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：单位“${s(p.unit)}”出现不止一次，重复的一行不计分`,
    en: (p) => `${s(p.at)}: unit "${s(p.unit)}" appears more than once; the repeat is not scored`,
  },
  'county.item-count-positive': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：“${s(p.item)}”的次数应为正整数，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.at)}: the count of "${s(p.itemEn)}" must be a positive whole number, found ${s(p.value)}`,
  },
  'county.detail-item-number': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：项目应填${s(p.kind)}项目的代码或中文名称，分值请填在“分值”列（实际为 ${s(p.value)}）`,
    en: (p) => `${s(p.at)}: the item must be a ${s(p.kindEn)} item's code or Chinese label; put points in the points column (found ${s(p.value)})`,
  },
  'county.detail-months-differ': {
    severity: 'warning',
    zh: (p) => `单位“${s(p.unit)}”指标评估的月份（${s(p.indicator)}）与领导评估的月份（${s(p.leader)}）不一致，各按自己的月份平均`,
    en: (p) => `Unit "${s(p.unit)}": indicator months (${s(p.indicator)}) differ from leader months (${s(p.leader)}); each is averaged over its own months`,
  },
  'county.detail-month-mixed': {
    severity: 'error',
    zh: (p) => `${s(p.at)}：月份 ${s(p.value)} 与 ${s(p.first)} 一个不带年份、一个带年份，会被当作两个月；请统一写法`,
    en: (p) => `${s(p.at)}: month ${s(p.value)} and ${s(p.first)} (one without a year, one with) would count as two months; write months one way`,
  },
  'county.scheme-leaf-duplicate': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：指标“${s(p.name)}”在指标体系中出现不止一次`,
    en: (p) => `${s(p.groupEn)}: indicator "${s(p.name)}" appears more than once in the tree`,
  },
  'county.scheme-branch-points': {
    severity: 'error',
    zh: (p) => `${s(p.group)}：指标“${s(p.name)}”分值 ${s(p.points)}，而其下级指标合计 ${s(p.sum)}`,
    en: (p) => `${s(p.groupEn)}: indicator "${s(p.name)}" is worth ${s(p.points)}, yet its sub-indicators sum to ${s(p.sum)}`,
  },
} satisfies Record<string, MessageDef>;
