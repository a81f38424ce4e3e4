import { msg, type ParamValue } from './types';

/** Messages of the `county` scheme (篇4). `at` is where the problem is: a cell, an argument or a unit. */
export const countyMessages = {
  'county.scheme-shares': msg<{ group: ParamValue; sum: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：指标/公众/领导分值合计 ${p.sum}，应为 100`,
    (p) => `${p.groupEn}: indicator/public/leader shares sum to ${p.sum}, expected 100`,
  ),
  'county.scheme-leaves-sum': msg<{ group: ParamValue; sum: ParamValue; share: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：指标分值合计 ${p.sum}，应为 ${p.share}`,
    (p) => `${p.groupEn}: indicator leaves sum to ${p.sum}, expected ${p.share}`,
  ),
  'county.scheme-leaf-points': msg<{ group: ParamValue; name: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：末级指标“${p.name}”没有分值`,
    (p) => `${p.groupEn}: leaf indicator "${p.name}" has no points`,
  ),
  'county.scheme-tree-depth': msg<{ group: ParamValue; name: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：指标“${p.name}”超过三级（一级/二级/三级）`,
    (p) => `${p.groupEn}: indicator "${p.name}" is deeper than three levels`,
  ),
  'county.scheme-rounding': msg<{ path: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.path}：名额取整方式“${p.value}”无效，应为 half-up（四舍五入）、up（进一）或 down（去尾）`,
    (p) => `${p.path}: quota rounding "${p.value}" is invalid; use half-up, up or down`,
  ),
  'county.scheme-range': msg<{ group: ParamValue; min: ParamValue; max: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：先进名额下限 ${p.min} 大于上限 ${p.max}`,
    (p) => `${p.groupEn}: advanced minimum ${p.min} exceeds maximum ${p.max}`,
  ),
  'county.scheme-weights': msg<{ path: ParamValue; sum: ParamValue }>(
    'error',
    (p) => `${p.path} 权重合计 ${p.sum}，应为 1`,
    (p) => `${p.path} weights sum to ${p.sum}, expected 1`,
  ),
  'county.scheme-bands-order': msg(
    'error',
    () => `公众评估档次表应按满意度统一升序或降序排列`,
    () => `Public-evaluation bands must be ordered by satisfaction rate, all ascending or all descending`,
  ),
  'county.scheme-bands-gap': msg<{ detail: ParamValue; detailEn: ParamValue }>(
    'error',
    (p) => `公众评估档次表没有完整覆盖 0～1：${p.detail}`,
    (p) => `Public-evaluation bands do not cover 0..1 completely: ${p.detailEn}`,
  ),
  'county.scheme-band-points': msg<{ band: ParamValue; points: ParamValue; max: ParamValue }>(
    'error',
    (p) => `公众评估档次 ${p.band} 的分值 ${p.points} 超出 0～${p.max}`,
    (p) => `Public-evaluation band ${p.band} gives ${p.points} points, outside 0..${p.max}`,
  ),
  'county.scheme-item-duplicate': msg<{ table: ParamValue; name: ParamValue; tableEn: ParamValue }>(
    'error',
    (p) => `${p.table}中“${p.name}”出现不止一次`,
    (p) => `"${p.name}" appears more than once in the ${p.tableEn} items`,
  ),
  'county.unknown-group': msg<{ at: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：类别“${p.value}”无法识别，应为 乡镇、部门 或 古城（township/department/ancient-city）`,
    (p) => `${p.at}: group "${p.value}" is not recognised; use township, department or ancient-city`,
  ),
  'county.part-range': msg<{ at: ParamValue; part: ParamValue; value: ParamValue; share: ParamValue; group: ParamValue; partEn: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.part} ${p.value} 超出 0～${p.share}（${p.group}）`,
    (p) => `${p.at}: ${p.partEn} ${p.value} is outside 0..${p.share} (${p.groupEn})`,
  ),
  'county.part-missing': msg<{ at: ParamValue; group: ParamValue; part: ParamValue; groupEn: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.group}需要${p.part}，不能为空（空白不按 0 处理）`,
    (p) => `${p.at}: ${p.groupEn} needs ${p.partEn}; a blank is not read as 0`,
  ),
  'county.part-not-applicable': msg<{ at: ParamValue; group: ParamValue; part: ParamValue; value: ParamValue; groupEn: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.group}不设${p.part}，却给了 ${p.value}`,
    (p) => `${p.at}: ${p.groupEn} has no ${p.partEn}, yet ${p.value} was given`,
  ),
  'county.part-not-number': msg<{ at: ParamValue; part: ParamValue; value: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.part}应为数字，实际为“${p.value}”`,
    (p) => `${p.at}: ${p.partEn} should be a number, found "${p.value}"`,
  ),
  'county.deduction-sign': msg<{ at: ParamValue; value: ParamValue; points: ParamValue }>(
    'info',
    (p) => `${p.at}：减分 ${p.value} 按扣 ${p.points} 分处理`,
    (p) => `${p.at}: deduction ${p.value} read as a deduction of ${p.points} points`,
  ),
  'county.bonus-negative': msg<{ at: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：加分 ${p.value} 不能为负数（扣分请填在减分中）`,
    (p) => `${p.at}: bonus ${p.value} cannot be negative (put deductions under deduction)`,
  ),
  'county.unknown-item': msg<{ at: ParamValue; value: ParamValue; kind: ParamValue; kindEn: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.value}”不是已知的${p.kind}项目（可填代码、中文名称或分值）`,
    (p) => `${p.at}: "${p.value}" is not a known ${p.kindEn} item (use a code, its Chinese label or points)`,
  ),
  'county.item-points-needed': msg<{ at: ParamValue; item: ParamValue; example: ParamValue; itemEn: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.item}”按研究决定计分，须给出分值（如 ${p.example}）`,
    (p) => `${p.at}: "${p.itemEn}" scores as decided; give its points (e.g. ${p.example})`,
  ),
  'county.item-points-fixed': msg<{ at: ParamValue; item: ParamValue; points: ParamValue; value: ParamValue; itemEn: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.item}”分值固定为 ${p.points}，却填了 ${p.value}`,
    (p) => `${p.at}: "${p.itemEn}" is worth ${p.points} points, yet ${p.value} was given`,
  ),
  'county.item-count': msg<{ at: ParamValue; item: ParamValue; value: ParamValue; itemEn: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.item}”不按次计分，次数应为 1（每次请单列一行），实际为 ${p.value}`,
    (p) => `${p.at}: "${p.itemEn}" is not counted per case; the count must be 1 (one row each), found ${p.value}`,
  ),
  'county.bonus-no-evidence': msg<{ at: ParamValue; item: ParamValue; itemEn: ParamValue }>(
    'error',
    (p) => `${p.at}：加分“${p.item}”没有文号或证书编号，不予计分`,
    (p) => `${p.at}: bonus "${p.itemEn}" cites no document or certificate number and is not counted`,
  ),
  'county.adjustments-not-applicable': msg<{ at: ParamValue; group: ParamValue; part: ParamValue; value: ParamValue; groupEn: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.group}不适用评估加减分，却给了${p.part} ${p.value}`,
    (p) => `${p.at}: ${p.groupEn} takes no bonus or deduction, yet ${p.partEn} ${p.value} was given`,
  ),
  'county.bad-direction': msg<{ at: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：方向“${p.value}”无法识别，应为 ≥（越高越好）或 ≤（越低越好）`,
    (p) => `${p.at}: direction "${p.value}" is not recognised; use ≥ (higher is better) or ≤ (lower is better)`,
  ),
  'county.target-not-positive': msg<{ at: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：越高越好的指标标准值须大于 0，实际为 ${p.value}`,
    (p) => `${p.at}: a higher-is-better target must be greater than 0, found ${p.value}`,
  ),
  'county.negative-value': msg<{ at: ParamValue; part: ParamValue; value: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.part}不能为负数，实际为 ${p.value}`,
    (p) => `${p.at}: ${p.partEn} cannot be negative, found ${p.value}`,
  ),
  'county.detail-sheet-missing': msg<{ sheet: ParamValue; sheetEn: ParamValue }>(
    'error',
    (p) => `缺少工作表“${p.sheet}”`,
    (p) => `The sheet "${p.sheetEn}" is missing`,
  ),
  'county.detail-unknown-unit': msg<{ at: ParamValue; unit: ParamValue }>(
    'error',
    (p) => `${p.at}：单位“${p.unit}”不在“单位”表中`,
    (p) => `${p.at}: unit "${p.unit}" is not on the units sheet`,
  ),
  'county.detail-no-rows': msg<{ unit: ParamValue; sheet: ParamValue; sheetEn: ParamValue }>(
    'error',
    (p) => `单位“${p.unit}”在“${p.sheet}”表中没有数据`,
    (p) => `Unit "${p.unit}" has no rows on the ${p.sheetEn} sheet`,
  ),
  'county.detail-leaves-sum': msg<{ unit: ParamValue; period: ParamValue; sum: ParamValue; share: ParamValue; periodEn: ParamValue }>(
    'error',
    (p) => `单位“${p.unit}”${p.period}指标分值合计 ${p.sum}，应为 ${p.share}`,
    (p) => `Unit "${p.unit}"${p.periodEn}: indicator leaves sum to ${p.sum}, expected ${p.share}`,
  ),
  'county.detail-leaf-unknown': msg<{ at: ParamValue; name: ParamValue; group: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.at}：指标“${p.name}”不在方案的${p.group}指标体系中`,
    (p) => `${p.at}: indicator "${p.name}" is not in the scheme's ${p.groupEn} indicator tree`,
  ),
  'county.detail-leaf-points': msg<{ at: ParamValue; name: ParamValue; points: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：指标“${p.name}”的分值按方案应为 ${p.points}，实际为 ${p.value}`,
    (p) => `${p.at}: indicator "${p.name}" is worth ${p.points} in the scheme, found ${p.value}`,
  ),
  'county.detail-period-mismatch': msg<{ at: ParamValue; group: ParamValue; expected: ParamValue; detail: ParamValue; groupEn: ParamValue; expectedEn: ParamValue; detailEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.group}按${p.expected}评估，${p.detail}`,
    (p) => `${p.at}: ${p.groupEn} is evaluated ${p.expectedEn}; ${p.detailEn}`,
  ),
  'county.detail-duplicate': msg<{ at: ParamValue; value: ParamValue; first: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.value}”重复出现（首次在 ${p.first}）`,
    (p) => `${p.at}: "${p.value}" appears again (first at ${p.first})`,
  ),
  'county.bad-month': msg<{ at: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.at}：月份“${p.value}”无法识别，应为 1～12、3月 或 2026-03`,
    (p) => `${p.at}: month "${p.value}" is not recognised; use 1..12, 3月 or 2026-03`,
  ),
  'county.report-no-actual': msg<{ at: ParamValue }>(
    'error',
    (p) => `${p.at}：本月完成值和累计完成值至少填一项`,
    (p) => `${p.at}: give the month's actual or the cumulative actual`,
  ),
  'county.report-no-actual-column': msg(
    'error',
    () => `表头缺少“本月完成值”或“累计完成值”列`,
    () => `The header lacks a "month actual" or "cumulative actual" column`,
  ),
  'county.report-cumulative-below-month': msg<{ at: ParamValue; cumulative: ParamValue; month: ParamValue }>(
    'warning',
    (p) => `${p.at}：累计完成值 ${p.cumulative} 小于本月完成值 ${p.month}`,
    (p) => `${p.at}: the cumulative actual ${p.cumulative} is below the month's actual ${p.month}`,
  ),
  'county.report-several-units': msg<{ units: ParamValue }>(
    'warning',
    (p) => `报表包含多个单位（${p.units}），月报应按单位分别报送`,
    (p) => `The report holds several units (${p.units}); a monthly report is per unit`,
  ),
  'county.part-percent': msg<{ at: ParamValue; part: ParamValue; value: ParamValue; partEn: ParamValue }>(
    'error',
    (p) => `${p.at}：${p.part}是分数，不能写成百分比（“${p.value}”）`,
    (p) => `${p.at}: ${p.partEn} is points, not a percentage ("${p.value}")`,
  ),
  'county.group-missing': msg<{ at: ParamValue }>(
    'error',
    (p) => `${p.at}：类别不能为空，应为 乡镇、部门 或 古城（township/department/ancient-city）`,
    (p) => `${p.at}: the group is blank; use township, department or ancient-city`,
  ),
  'county.unit-missing': msg<{ at: ParamValue }>(
    'error',
    (p) => `${p.at}：单位名称不能为空`,
    (p) => `${p.at}: the unit name is blank`,
  ),
  'county.duplicate-unit': msg<{ at: ParamValue; unit: ParamValue }>(
    'error',
    (p) => `${p.at}：单位“${p.unit}”出现不止一次，重复的一行不计分`,
    (p) => `${p.at}: unit "${p.unit}" appears more than once; the repeat is not scored`,
  ),
  'county.item-count-positive': msg<{ at: ParamValue; item: ParamValue; value: ParamValue; itemEn: ParamValue }>(
    'error',
    (p) => `${p.at}：“${p.item}”的次数应为正整数，实际为 ${p.value}`,
    (p) => `${p.at}: the count of "${p.itemEn}" must be a positive whole number, found ${p.value}`,
  ),
  'county.detail-item-number': msg<{ at: ParamValue; kind: ParamValue; value: ParamValue; kindEn: ParamValue }>(
    'error',
    (p) => `${p.at}：项目应填${p.kind}项目的代码或中文名称，分值请填在“分值”列（实际为 ${p.value}）`,
    (p) => `${p.at}: the item must be a ${p.kindEn} item's code or Chinese label; put points in the points column (found ${p.value})`,
  ),
  'county.detail-months-differ': msg<{ unit: ParamValue; indicator: ParamValue; leader: ParamValue }>(
    'warning',
    (p) => `单位“${p.unit}”指标评估的月份（${p.indicator}）与领导评估的月份（${p.leader}）不一致，各按自己的月份平均`,
    (p) => `Unit "${p.unit}": indicator months (${p.indicator}) differ from leader months (${p.leader}); each is averaged over its own months`,
  ),
  'county.detail-month-mixed': msg<{ at: ParamValue; value: ParamValue; first: ParamValue }>(
    'error',
    (p) => `${p.at}：月份 ${p.value} 与 ${p.first} 一个不带年份、一个带年份，会被当作两个月；请统一写法`,
    (p) => `${p.at}: month ${p.value} and ${p.first} (one without a year, one with) would count as two months; write months one way`,
  ),
  'county.scheme-leaf-duplicate': msg<{ group: ParamValue; name: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：指标“${p.name}”在指标体系中出现不止一次`,
    (p) => `${p.groupEn}: indicator "${p.name}" appears more than once in the tree`,
  ),
  'county.scheme-branch-points': msg<{ group: ParamValue; name: ParamValue; points: ParamValue; sum: ParamValue; groupEn: ParamValue }>(
    'error',
    (p) => `${p.group}：指标“${p.name}”分值 ${p.points}，而其下级指标合计 ${p.sum}`,
    (p) => `${p.groupEn}: indicator "${p.name}" is worth ${p.points}, yet its sub-indicators sum to ${p.sum}`,
  ),
};
