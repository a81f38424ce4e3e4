import type { Issue, Severity, Text } from '../engine';

/** Texts of the commands' own problems (no table found, submission not recognised, …), Chinese first. */
export const commandMessages = {
  'command.no-table': (p: { sheet: string; table: Text; others?: boolean }): Text => ({
    zh: `在“${p.sheet}”${p.others ? '及其他工作表' : ''}上没有找到${p.table.zh}：请选中表格区域，或指定所在工作表（命令行 --sheet），并确认表头（中文或英文列名）`,
    en: `No ${p.table.en} found on "${p.sheet}"${p.others ? ' or any other sheet' : ''}: select the table or name its sheet (CLI: --sheet), and check its header (Chinese or English column names)`,
  }),
  'command.table-elsewhere': (p: { active: string; sheet: string }): Text => ({
    zh: `“${p.active}”上没有可排名的表格，已使用工作表“${p.sheet}”上的表格`,
    en: `"${p.active}" holds no table to rank; the table on sheet "${p.sheet}" was used`,
  }),
  'command.unknown-submission': (p: { sheet: string }): Text => ({
    zh: `无法从表头识别“${p.sheet}”的报送类型（县级单位月度指标报告、县绩效汇总表或明细工作簿、绩效目标表、监控表、自评表、工程师或员工月度考核表、部门处罚表）`,
    en: `Cannot tell from its header what kind of submission "${p.sheet}" is (county monthly indicator report, county summary or detailed workbook, performance target, monitoring or self-evaluation table, engineer or staff monthly sheet, department penalty sheet)`,
  }),
  'command.scheme-kind': (p: { kind: string; command: Text }): Text => ({
    zh: `方案类型“${p.kind}”不支持“${p.command.zh}”`,
    en: `The "${p.kind}" scheme does not support "${p.command.en}"`,
  }),
  'command.scheme-json': (p: { key: string }): Text => ({
    zh: `工作簿中保存的方案（${p.key}）不是有效的 JSON，未使用`,
    en: `The scheme stored in the workbook (${p.key}) is not valid JSON and was not used`,
  }),
} as const;

export type CommandCode = keyof typeof commandMessages;

/** An issue of the commands (not tied to a cell unless given), error by default. */
export function commandIssue(code: string, message: Text, at: { sheet?: string; cell?: string } = {}, severity: Severity = 'error'): Issue {
  return { code, severity, message, ...(at.sheet !== undefined ? { sheet: at.sheet } : {}), ...(at.cell !== undefined ? { cell: at.cell } : {}) };
}
