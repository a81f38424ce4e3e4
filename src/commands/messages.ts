/** The commands' section of the message catalogue (same shape as the engine's: typed parameters, both languages). */
import { issueMaker, msg, type Catalogue } from '../engine';
import { hostMessages } from '../host/errors';

export const commandMessages = {
  'command.no-table': msg<{ sheet: string; table: string; tableEn: string; others: number }>(
    'error',
    (p) => `在“${p.sheet}”${p.others > 0 ? '及其他工作表' : ''}上没有找到${p.table}：请选中表格区域，或指定所在工作表（命令行 --sheet），并确认表头（中文或英文列名）`,
    (p) => `No ${p.tableEn} found on "${p.sheet}"${p.others > 0 ? ' or any other sheet' : ''}: select the table or name its sheet (CLI: --sheet), and check its header (Chinese or English column names)`,
  ),
  'command.table-elsewhere': msg<{ active: string; sheet: string }>(
    'info',
    (p) => `“${p.active}”上没有可排名的表格，已使用工作表“${p.sheet}”上的表格`,
    (p) => `"${p.active}" holds no table to rank; the table on sheet "${p.sheet}" was used`,
  ),
  'command.unknown-submission': msg<{ sheet: string }>(
    'error',
    (p) => `无法从表头识别“${p.sheet}”的报送类型（县级单位月度指标报告、县绩效汇总表或明细工作簿、绩效目标表、监控表、自评表、工程师或员工月度考核表、部门处罚表）`,
    (p) => `Cannot tell from its header what kind of submission "${p.sheet}" is (county monthly indicator report, county summary or detailed workbook, performance target, monitoring or self-evaluation table, engineer or staff monthly sheet, department penalty sheet)`,
  ),
  'command.scheme-json': msg<{ key: string }>(
    'error',
    (p) => `工作簿中保存的方案（${p.key}）不是有效的 JSON，未使用`,
    (p) => `The scheme stored in the workbook (${p.key}) is not valid JSON and was not used`,
  ),
  // A user's sheet where the add-in writes its own: the host's refusal, word for word.
  'output.user-sheet': hostMessages['sheet-not-owned'],
  'output.edited': msg<{ name: string }>(
    'error',
    (p) => `工作表“${p.name}”在上次生成后被修改过，为免丢失您的内容未作改动：请将其改名保存，或删除后重新排名定档`,
    (p) => `The sheet "${p.name}" was edited after the add-in wrote it and was left untouched so nothing is lost: rename it to keep it, or delete it, then rank again`,
  ),
  'template.sheet-exists': msg<{ sheets: string; sheetsEn: string }>(
    'error',
    (p) => `工作表${p.sheets}已存在，未作改动：明细工作簿模板需要这些表名，请改名后重试`,
    (p) => `Sheet(s) ${p.sheetsEn} already exist and were left untouched: the detailed-workbook template needs these names; rename them and retry`,
  ),
} satisfies Catalogue;

/** An issue of the commands, typed by its code. */
export const commandIssue = issueMaker(commandMessages);
