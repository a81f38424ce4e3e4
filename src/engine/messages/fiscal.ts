import { cellPrefix } from './parts';
import { msg, type ParamValue } from './types';

/** A field, in a cell when the input came from a sheet; its English name when it differs. */
type Field = { cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined };

/** "C5（指标值）" when the input came from a cell, else just the field. */
const at = (p: Field): string => (p.cell === undefined ? `${p.field}` : `${p.cell}（${p.field}）`);
const atEn = (p: Field): string => `${p.cell === undefined ? '' : `${p.cell} (`}${p.fieldEn ?? p.field}${p.cell === undefined ? '' : ')'}`;
/** "K5：" before a sentence that already names its field; nothing when no cell is known. */
const pre = (p: { cell?: ParamValue | undefined }): string => cellPrefix(p, '：');
const preEn = (p: { cell?: ParamValue | undefined }): string => cellPrefix(p, ': ');

/** Messages of the `fiscal` scheme (预算绩效管理, FISCAL.md). */
export const fiscalMessages = {
  'fiscal.split-sum': msg<{ sum: ParamValue }>(
    'error',
    (p) => `分值构成合计 ${p.sum}，应为 100`,
    (p) => `The score split totals ${p.sum}, expected 100`,
  ),
  'fiscal.scheme-order': msg<{ path: ParamValue; what: ParamValue; whatEn: ParamValue }>(
    'error',
    (p) => `方案设置“${p.path}”顺序不对：应满足 ${p.what}`,
    (p) => `Scheme setting "${p.path}" is out of order: expected ${p.whatEn}`,
  ),
  'fiscal.missing': msg<{ cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}不能为空（空白不按 0 处理）`,
    (p) => `${atEn(p)} is required; a blank is not read as 0`,
  ),
  'fiscal.bad-number': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}应为数字，实际为“${p.value}”`,
    (p) => `${atEn(p)} should be a number, found "${p.value}"`,
  ),
  'fiscal.excel-error': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}是 Excel 错误值 ${p.value}，请先修正公式或数据`,
    (p) => `${atEn(p)} holds the Excel error ${p.value}; fix the formula or data first`,
  ),
  'fiscal.percent-assumed': msg<{ value: ParamValue; target: ParamValue; percent: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'warning',
    (p) => `${at(p)}“${p.value}”没有 %，指标值 ${p.target} 是百分比，按 ${p.percent} 读取`,
    (p) => `${atEn(p)} "${p.value}" has no % sign; the target ${p.target} is a percentage, so it is read as ${p.percent}`,
  ),
  'fiscal.percent-fraction': msg<{ value: ParamValue; percent: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'warning',
    (p) => `${at(p)}${p.value} 按 ${p.value}% 读取；如果指的是 ${p.percent}%，请填 ${p.percent} 或 ${p.percent}%，或把单元格设为百分比格式`,
    (p) => `${atEn(p)} ${p.value} is read as ${p.value}%; if you meant ${p.percent}%, type ${p.percent} or ${p.percent}%, or format the cell as a percentage`,
  ),
  'fiscal.negative': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}不能为负数（${p.value}）`,
    (p) => `${atEn(p)} cannot be negative (${p.value})`,
  ),
  'fiscal.too-large': msg<{ value: ParamValue; max: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}${p.value} 过大（超过 ${p.max}），请检查是否多输了位数`,
    (p) => `${atEn(p)} ${p.value} is too large (above ${p.max}); check for extra digits`,
  ),
  'fiscal.field-conflict': msg<{ cell: ParamValue; project: ParamValue; field: ParamValue; value: ParamValue; firstRow: ParamValue; first: ParamValue; fieldEn: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”的${p.field}“${p.value}”与第 ${p.firstRow} 行的“${p.first}”不一致`,
    (p) => `${p.cell}: project "${p.project}" ${p.fieldEn} "${p.value}" differs from "${p.first}" on row ${p.firstRow}`,
  ),
  'fiscal.no-project': msg<{ cell: ParamValue; row: ParamValue }>(
    'error',
    (p) => `${p.cell}：第 ${p.row} 行之前没有项目名称，无法归属到项目`,
    (p) => `${p.cell}: no project name above row ${p.row}; the row belongs to no project`,
  ),
  'fiscal.no-rows': msg<{ table: ParamValue; tableEn: ParamValue }>(
    'error',
    (p) => `${p.table}只有表头，没有任何项目行`,
    (p) => `The ${p.tableEn} has a header but no project rows`,
  ),
  'fiscal.duplicate-project': msg<{ cell: ParamValue; project: ParamValue; firstRow: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”重复出现（首次在第 ${p.firstRow} 行）`,
    (p) => `${p.cell}: project "${p.project}" appears again (first on row ${p.firstRow})`,
  ),
  'fiscal.total-not-positive': msg<{ cell: ParamValue; project: ParamValue; value: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”资金总额应大于 0，实际为 ${p.value}`,
    (p) => `${p.cell}: project "${p.project}" total funds must be above 0, found ${p.value}`,
  ),
  'fiscal.makeup-mismatch': msg<{ cell: ParamValue; project: ParamValue; fiscal: ParamValue; other: ParamValue; sum: ParamValue; total: ParamValue; diff: ParamValue; tolerance: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”财政拨款 ${p.fiscal} + 其他资金 ${p.other} = ${p.sum}，与资金总额 ${p.total} 相差 ${p.diff}（允许 ${p.tolerance}）`,
    (p) => `${p.cell}: project "${p.project}" fiscal ${p.fiscal} + other ${p.other} = ${p.sum} differs from the total ${p.total} by ${p.diff} (allowed ${p.tolerance})`,
  ),
  'fiscal.level1-invalid': msg<{ cell?: ParamValue | undefined; value: ParamValue }>(
    'error',
    (p) => `${pre(p)}一级指标“${p.value}”应为 产出/效益/满意度`,
    (p) => `${preEn(p)}level-1 indicator "${p.value}" should be output (产出), benefit (效益) or satisfaction (满意度)`,
  ),
  'fiscal.level2-invalid': msg<{ cell?: ParamValue | undefined; value: ParamValue; level1: ParamValue; choices: ParamValue }>(
    'error',
    (p) => `${pre(p)}二级指标“${p.value}”不属于一级指标“${p.level1}”（可选：${p.choices}）`,
    (p) => `${preEn(p)}level-2 indicator "${p.value}" does not belong to "${p.level1}" (allowed: ${p.choices})`,
  ),
  'fiscal.target-bad': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}“${p.value}”有比较符号但没有可读的数值`,
    (p) => `${atEn(p)} "${p.value}" has an operator but no readable number`,
  ),
  'fiscal.target-no-operator': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}“${p.value}”缺少 ≥、≤ 或 = 等符号：请写明比较方式，如“≥${p.value}”或“=${p.value}”`,
    (p) => `${atEn(p)} "${p.value}" has no ≥, ≤ or = operator: write how it compares, e.g. "≥${p.value}" or "=${p.value}"`,
  ),
  'fiscal.need-level': msg<{ cell: ParamValue; project: ParamValue; level: ParamValue; levelEn: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”至少需要一个${p.level}指标`,
    (p) => `${p.cell}: project "${p.project}" needs at least one ${p.levelEn} indicator`,
  ),
  'fiscal.no-satisfaction': msg<{ cell: ParamValue; project: ParamValue }>(
    'warning',
    (p) => `${p.cell}：项目“${p.project}”没有满意度指标`,
    (p) => `${p.cell}: project "${p.project}" has no satisfaction indicator`,
  ),
  'fiscal.duplicate-indicator': msg<{ cell: ParamValue; project: ParamValue; value: ParamValue; firstRow: ParamValue }>(
    'error',
    (p) => `${p.cell}：项目“${p.project}”的三级指标“${p.value}”重复（首次在第 ${p.firstRow} 行）`,
    (p) => `${p.cell}: project "${p.project}" repeats the indicator "${p.value}" (first on row ${p.firstRow})`,
  ),
  'fiscal.review-fail': msg<{ cell: ParamValue; project: ParamValue; review: ParamValue; reviewEn: ParamValue }>(
    'warning',
    (p) => `${p.cell}：项目“${p.project}”${p.review}审核不通过，不得安排预算`,
    (p) => `${p.cell}: project "${p.project}" failed the ${p.reviewEn} review; no budget may be arranged`,
  ),
  'fiscal.review-pending': msg<{ cell: ParamValue; project: ParamValue; reviews: ParamValue; reviewsEn: ParamValue }>(
    'warning',
    (p) => `${p.cell}：项目“${p.project}”审核未完成：${p.reviews}未填写审核结论（通过/不通过）`,
    (p) => `${p.cell}: project "${p.project}" review not finished: no verdict (通过 pass / 不通过 fail) for ${p.reviewsEn}`,
  ),
  'fiscal.incomplete': msg<{ cell: ParamValue; project: ParamValue; count: ParamValue }>(
    'warning',
    (p) => `${p.cell}：项目“${p.project}”绩效目标不完整（${p.count} 个错误），完整性审核不通过，不得安排预算`,
    (p) => `${p.cell}: project "${p.project}" targets are incomplete (${p.count} errors); completeness review failed, no budget may be arranged`,
  ),
  'fiscal.month-invalid': msg<{ months: ParamValue; value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}应为 1–${p.months} 的整数月份，实际为 ${p.value}`,
    (p) => `${atEn(p)} should be a whole month 1–${p.months}, found ${p.value}`,
  ),
  'fiscal.budget-zero': msg<{ cell?: ParamValue | undefined }>(
    'warning',
    (p) => `${pre(p)}全年预算数为 0，无法计算执行率，按黄灯处理`,
    (p) => `${preEn(p)}The annual budget is 0; the execution rate cannot be computed, shown as yellow`,
  ),
  'fiscal.budget-zero-eval': msg<{ cell?: ParamValue | undefined }>(
    'error',
    (p) => `${pre(p)}全年预算数为 0，无法计算预算执行率`,
    (p) => `${preEn(p)}The annual budget is 0; the execution rate cannot be computed`,
  ),
  'fiscal.needs-correction': msg<{ names: ParamValue }>(
    'warning',
    (p) => `需要纠偏的项目（红灯/黄灯）：${p.names}`,
    (p) => `Projects needing correction (red/yellow light): ${p.names}`,
  ),
  'fiscal.deviation-no-reason': msg<{ cell: ParamValue; indicator: ParamValue; why: ParamValue; whyEn: ParamValue }>(
    'error',
    (p) => `${p.cell}：指标“${p.indicator}”${p.why}，必须填写偏差原因`,
    (p) => `${p.cell}: indicator "${p.indicator}" ${p.whyEn}; a reason for the deviation is required`,
  ),
  'fiscal.points-split': msg<{ level: ParamValue; sum: ParamValue; share: ParamValue; levelEn: ParamValue; cell?: ParamValue | undefined }>(
    'error',
    (p) => `${pre(p)}${p.level}指标分值合计 ${p.sum}，应为 ${p.share}`,
    (p) => `${preEn(p)}Points of the ${p.levelEn} indicators total ${p.sum}, expected ${p.share}`,
  ),
  'fiscal.verdict-invalid': msg<{ indicator: ParamValue; value: ParamValue; cell?: ParamValue | undefined }>(
    'error',
    (p) => `${pre(p)}指标“${p.indicator}”评价结论“${p.value}”应为 达成/部分达成/未达成`,
    (p) => `${preEn(p)}Indicator "${p.indicator}" verdict "${p.value}" should be 达成/部分达成/未达成`,
  ),
  'fiscal.percent-band': msg<{ indicator: ParamValue; verdict: ParamValue; value: ParamValue; band: ParamValue; cell?: ParamValue | undefined }>(
    'error',
    (p) => `${pre(p)}指标“${p.indicator}”评价为${p.verdict}，得分比例 ${p.value}% 不在 ${p.band} 内`,
    (p) => `${preEn(p)}Indicator "${p.indicator}" judged ${p.verdict}; ${p.value}% is outside ${p.band}`,
  ),
  'fiscal.overshoot': msg<{ indicator: ParamValue; actual: ParamValue; target: ParamValue; factor: ParamValue; cell?: ParamValue | undefined }>(
    'warning',
    (p) => `${pre(p)}指标“${p.indicator}”实际 ${p.actual} 超过目标 ${p.target} 的 ${p.factor} 倍，目标可能设置偏低（偏离度）`,
    (p) => `${preEn(p)}Indicator "${p.indicator}" actual ${p.actual} exceeds ${p.factor} × the target ${p.target}; the target may have been set too low`,
  ),
  'fiscal.level-missing': msg<{ level: ParamValue; levelEn: ParamValue; share: ParamValue; cell?: ParamValue | undefined }>(
    'warning',
    (p) => `${pre(p)}没有${p.level}指标，其 ${p.share} 分按比例分给其余指标`,
    (p) => `${preEn(p)}No ${p.levelEn} indicator: its ${p.share} points are rescaled onto the other indicators`,
  ),
  'fiscal.all-inapplicable': msg<{ cell?: ParamValue | undefined }>(
    'error',
    (p) => `${pre(p)}所有绩效指标都不适用，无法评分`,
    (p) => `${preEn(p)}Every indicator is marked not applicable; nothing to score`,
  ),
  'fiscal.points-over': msg<{ sum: ParamValue; max: ParamValue }>(
    'error',
    (p) => `指标得分合计 ${p.sum} 超过指标总分 ${p.max}`,
    (p) => `Indicator points total ${p.sum}, above the indicator share ${p.max}`,
  ),
  
  // The field names the score already (得分 / score): the value follows it directly.
  'fiscal.score-range': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)} ${p.value} 应在 0–100 之间`,
    (p) => `${atEn(p)} ${p.value} should be within 0–100`,
  ),
  'fiscal.grade-invalid': msg<{ value: ParamValue; cell?: ParamValue | undefined; field: ParamValue; fieldEn?: ParamValue | undefined }>(
    'error',
    (p) => `${at(p)}“${p.value}”不是评价等级（优/良/中/差）`,
    (p) => `${atEn(p)} "${p.value}" is not a grade (优/良/中/差)`,
  ),
};
