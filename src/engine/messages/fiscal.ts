import { s, type MessageDef, type Params } from './types';

/** "C5（指标值）" when the input came from a cell, else just the field. */
const at = (p: Params): string => (p.cell === undefined ? s(p.field) : `${s(p.cell)}（${s(p.field)}）`);
const atEn = (p: Params): string => (p.cell === undefined ? s(p.fieldEn ?? p.field) : `${s(p.cell)} (${s(p.fieldEn ?? p.field)})`);
/** "K5：" before a sentence that already names its field; nothing when no cell is known. */
const pre = (p: Params): string => (p.cell === undefined ? '' : `${s(p.cell)}：`);
const preEn = (p: Params): string => (p.cell === undefined ? '' : `${s(p.cell)}: `);

/** Messages of the `fiscal` scheme (预算绩效管理, FISCAL.md). */
export const fiscalMessages = {
  'fiscal.split-sum': {
    severity: 'error',
    zh: (p) => `分值构成合计 ${s(p.sum)}，应为 100`,
    en: (p) => `The score split totals ${s(p.sum)}, expected 100`,
  },
  'fiscal.scheme-order': {
    severity: 'error',
    zh: (p) => `方案设置“${s(p.path)}”顺序不对：应满足 ${s(p.what)}`,
    en: (p) => `Scheme setting "${s(p.path)}" is out of order: expected ${s(p.whatEn)}`,
  },
  'fiscal.missing': {
    severity: 'error',
    zh: (p) => `${at(p)}不能为空（空白不按 0 处理）`,
    en: (p) => `${atEn(p)} is required; a blank is not read as 0`,
  },
  'fiscal.bad-number': {
    severity: 'error',
    zh: (p) => `${at(p)}应为数字，实际为“${s(p.value)}”`,
    en: (p) => `${atEn(p)} should be a number, found "${s(p.value)}"`,
  },
  'fiscal.excel-error': {
    severity: 'error',
    zh: (p) => `${at(p)}是 Excel 错误值 ${s(p.value)}，请先修正公式或数据`,
    en: (p) => `${atEn(p)} holds the Excel error ${s(p.value)}; fix the formula or data first`,
  },
  'fiscal.percent-assumed': {
    severity: 'warning',
    zh: (p) => `${at(p)}“${s(p.value)}”没有 %，指标值 ${s(p.target)} 是百分比，按 ${s(p.percent)} 读取`,
    en: (p) => `${atEn(p)} "${s(p.value)}" has no % sign; the target ${s(p.target)} is a percentage, so it is read as ${s(p.percent)}`,
  },
  'fiscal.percent-fraction': {
    severity: 'warning',
    zh: (p) => `${at(p)}${s(p.value)} 按 ${s(p.value)}% 读取；如果指的是 ${s(p.percent)}%，请填 ${s(p.percent)} 或 ${s(p.percent)}%，或把单元格设为百分比格式`,
    en: (p) => `${atEn(p)} ${s(p.value)} is read as ${s(p.value)}%; if you meant ${s(p.percent)}%, type ${s(p.percent)} or ${s(p.percent)}%, or format the cell as a percentage`,
  },
  'fiscal.negative': {
    severity: 'error',
    zh: (p) => `${at(p)}不能为负数（${s(p.value)}）`,
    en: (p) => `${atEn(p)} cannot be negative (${s(p.value)})`,
  },
  'fiscal.too-large': {
    severity: 'error',
    zh: (p) => `${at(p)}${s(p.value)} 过大（超过 ${s(p.max)}），请检查是否多输了位数`,
    en: (p) => `${atEn(p)} ${s(p.value)} is too large (above ${s(p.max)}); check for extra digits`,
  },
  'fiscal.field-conflict': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”的${s(p.field)}“${s(p.value)}”与第 ${s(p.firstRow)} 行的“${s(p.first)}”不一致`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" ${s(p.fieldEn)} "${s(p.value)}" differs from "${s(p.first)}" on row ${s(p.firstRow)}`,
  },
  'fiscal.no-project': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：第 ${s(p.row)} 行之前没有项目名称，无法归属到项目`,
    en: (p) => `${s(p.cell)}: no project name above row ${s(p.row)}; the row belongs to no project`,
  },
  'fiscal.duplicate-project': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”重复出现（首次在第 ${s(p.firstRow)} 行）`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" appears again (first on row ${s(p.firstRow)})`,
  },
  'fiscal.total-not-positive': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”资金总额应大于 0，实际为 ${s(p.value)}`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" total funds must be above 0, found ${s(p.value)}`,
  },
  'fiscal.makeup-mismatch': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”财政拨款 ${s(p.fiscal)} + 其他资金 ${s(p.other)} = ${s(p.sum)}，与资金总额 ${s(p.total)} 相差 ${s(p.diff)}（允许 ${s(p.tolerance)}）`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" fiscal ${s(p.fiscal)} + other ${s(p.other)} = ${s(p.sum)} differs from the total ${s(p.total)} by ${s(p.diff)} (allowed ${s(p.tolerance)})`,
  },
  'fiscal.level1-invalid': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：一级指标“${s(p.value)}”应为 产出/效益/满意度`,
    en: (p) => `${s(p.cell)}: level-1 indicator "${s(p.value)}" should be output (产出), benefit (效益) or satisfaction (满意度)`,
  },
  'fiscal.level2-invalid': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：二级指标“${s(p.value)}”不属于一级指标“${s(p.level1)}”（可选：${s(p.choices)}）`,
    en: (p) => `${s(p.cell)}: level-2 indicator "${s(p.value)}" does not belong to "${s(p.level1)}" (allowed: ${s(p.choices)})`,
  },
  'fiscal.target-bad': {
    severity: 'error',
    zh: (p) => `${at(p)}“${s(p.value)}”有比较符号但没有可读的数值`,
    en: (p) => `${atEn(p)} "${s(p.value)}" has an operator but no readable number`,
  },
  'fiscal.target-no-operator': {
    severity: 'error',
    zh: (p) => `${at(p)}“${s(p.value)}”缺少 ≥、≤ 或 = 等符号：请写明比较方式，如“≥${s(p.value)}”或“=${s(p.value)}”`,
    en: (p) => `${atEn(p)} "${s(p.value)}" has no ≥, ≤ or = operator: write how it compares, e.g. "≥${s(p.value)}" or "=${s(p.value)}"`,
  },
  'fiscal.need-level': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”至少需要一个${s(p.level)}指标`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" needs at least one ${s(p.levelEn)} indicator`,
  },
  'fiscal.no-satisfaction': {
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”没有满意度指标`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" has no satisfaction indicator`,
  },
  'fiscal.duplicate-indicator': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”的三级指标“${s(p.value)}”重复（首次在第 ${s(p.firstRow)} 行）`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" repeats the indicator "${s(p.value)}" (first on row ${s(p.firstRow)})`,
  },
  'fiscal.review-fail': {
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”${s(p.review)}审核不通过，不得安排预算`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" failed the ${s(p.reviewEn)} review; no budget may be arranged`,
  },
  'fiscal.review-pending': {
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”审核未完成：${s(p.reviews)}未填写审核结论（通过/不通过）`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" review not finished: no verdict (通过 pass / 不通过 fail) for ${s(p.reviewsEn)}`,
  },
  'fiscal.incomplete': {
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：项目“${s(p.project)}”绩效目标不完整（${s(p.count)} 个错误），完整性审核不通过，不得安排预算`,
    en: (p) => `${s(p.cell)}: project "${s(p.project)}" targets are incomplete (${s(p.count)} errors); completeness review failed, no budget may be arranged`,
  },
  'fiscal.month-invalid': {
    severity: 'error',
    zh: (p) => `${at(p)}应为 1–${s(p.months)} 的整数月份，实际为 ${s(p.value)}`,
    en: (p) => `${atEn(p)} should be a whole month 1–${s(p.months)}, found ${s(p.value)}`,
  },
  'fiscal.budget-zero': {
    severity: 'warning',
    zh: (p) => `${pre(p)}全年预算数为 0，无法计算执行率，按黄灯处理`,
    en: (p) => `${preEn(p)}The annual budget is 0; the execution rate cannot be computed, shown as yellow`,
  },
  'fiscal.budget-zero-eval': {
    severity: 'error',
    zh: (p) => `${pre(p)}全年预算数为 0，无法计算预算执行率`,
    en: (p) => `${preEn(p)}The annual budget is 0; the execution rate cannot be computed`,
  },
  'fiscal.needs-correction': {
    severity: 'warning',
    zh: (p) => `需要纠偏的项目（红灯/黄灯）：${s(p.names)}`,
    en: (p) => `Projects needing correction (red/yellow light): ${s(p.names)}`,
  },
  'fiscal.deviation-no-reason': {
    severity: 'error',
    zh: (p) => `${s(p.cell)}：指标“${s(p.indicator)}”${s(p.why)}，必须填写偏差原因`,
    en: (p) => `${s(p.cell)}: indicator "${s(p.indicator)}" ${s(p.whyEn)}; a reason for the deviation is required`,
  },
  'fiscal.points-split': {
    severity: 'error',
    zh: (p) => `${pre(p)}${s(p.level)}指标分值合计 ${s(p.sum)}，应为 ${s(p.share)}`,
    en: (p) => `${preEn(p)}Points of the ${s(p.levelEn)} indicators total ${s(p.sum)}, expected ${s(p.share)}`,
  },
  'fiscal.verdict-invalid': {
    severity: 'error',
    zh: (p) => `${pre(p)}指标“${s(p.indicator)}”评价结论“${s(p.value)}”应为 达成/部分达成/未达成`,
    en: (p) => `${preEn(p)}Indicator "${s(p.indicator)}" verdict "${s(p.value)}" should be 达成/部分达成/未达成`,
  },
  'fiscal.percent-band': {
    severity: 'error',
    zh: (p) => `${pre(p)}指标“${s(p.indicator)}”评价为${s(p.verdict)}，得分比例 ${s(p.value)}% 不在 ${s(p.band)} 内`,
    en: (p) => `${preEn(p)}Indicator "${s(p.indicator)}" judged ${s(p.verdict)}; ${s(p.value)}% is outside ${s(p.band)}`,
  },
  'fiscal.overshoot': {
    severity: 'warning',
    zh: (p) => `${pre(p)}指标“${s(p.indicator)}”实际 ${s(p.actual)} 超过目标 ${s(p.target)} 的 ${s(p.factor)} 倍，目标可能设置偏低（偏离度）`,
    en: (p) => `${preEn(p)}Indicator "${s(p.indicator)}" actual ${s(p.actual)} exceeds ${s(p.factor)} × the target ${s(p.target)}; the target may have been set too low`,
  },
  'fiscal.level-missing': {
    severity: 'warning',
    zh: (p) => `${pre(p)}没有${s(p.level)}指标，其 ${s(p.share)} 分按比例分给其余指标`,
    en: (p) => `${preEn(p)}No ${s(p.levelEn)} indicator: its ${s(p.share)} points are rescaled onto the other indicators`,
  },
  'fiscal.all-inapplicable': {
    severity: 'error',
    zh: (p) => `${pre(p)}所有绩效指标都不适用，无法评分`,
    en: (p) => `${preEn(p)}Every indicator is marked not applicable; nothing to score`,
  },
  'fiscal.points-over': {
    severity: 'error',
    zh: (p) => `指标得分合计 ${s(p.sum)} 超过指标总分 ${s(p.max)}`,
    en: (p) => `Indicator points total ${s(p.sum)}, above the indicator share ${s(p.max)}`,
  },
  'fiscal.score-range': {
    severity: 'error',
    // The field names the score already (得分 / score): the value follows it directly.
    zh: (p) => `${at(p)} ${s(p.value)} 应在 0–100 之间`,
    en: (p) => `${atEn(p)} ${s(p.value)} should be within 0–100`,
  },
  'fiscal.grade-invalid': {
    severity: 'error',
    zh: (p) => `${at(p)}“${s(p.value)}”不是评价等级（优/良/中/差）`,
    en: (p) => `${atEn(p)} "${s(p.value)}" is not a grade (优/良/中/差)`,
  },
} satisfies Record<string, MessageDef>;
