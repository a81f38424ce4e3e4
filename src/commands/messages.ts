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
  'notice.not-a-ranking': msg<{ sheet: string }>(
    'error',
    (p) => `“${p.sheet}”是部门考核处罚表，不是排名，无法生成通报：请在员工月度考核表或其他考核表上运行生成通报`,
    (p) => `"${p.sheet}" is a department penalty sheet, not a ranking, so no notice can be written from it: run the notice on the staff monthly sheet or another assessment table`,
  ),
  'template.sheet-exists': msg<{ sheets: string; sheetsEn: string }>(
    'error',
    (p) => `工作表${p.sheets}已存在，未作改动：明细工作簿模板需要这些表名，请改名后重试`,
    (p) => `Sheet(s) ${p.sheetsEn} already exist and were left untouched: the detailed-workbook template needs these names; rename them and retry`,
  ),
  'consolidate.no-unit-list': msg(
    'error',
    () => '汇总表没有单位名单：请在汇总表中保留“单位”工作表（单位、类别），或员工考核的“部门”工作表；不在名单中的单位不会被新增',
    () => 'The master has no unit list: keep a sheet "单位" (unit, group) in it, or "部门" for the staff scheme; units not on the list are never added',
  ),
  'consolidate.no-submission': msg<{ file: string }>(
    'error',
    (p) => `“${p.file}”中没有可汇总的报送表（县级单位月度指标报告、县绩效汇总表或部门月度汇总表），未汇总`,
    (p) => `"${p.file}" holds no submission to consolidate (county monthly indicator report, county summary or department monthly summary); nothing merged`,
  ),
  'consolidate.not-taken': msg<{ sheet: string; kind: string; kindEn: string }>(
    'info',
    (p) => `工作表“${p.sheet}”是${p.kind}，不参与汇总`,
    (p) => `Sheet "${p.sheet}" is a ${p.kindEn}, which is not consolidated`,
  ),
  'consolidate.master-layout': msg<{ sheet: string; header: string }>(
    'error',
    (p) => `汇总表中的工作表“${p.sheet}”不是本加载项生成的，且表头与汇总格式（${p.header}，自 A1 起）不同：为免丢失内容未作改动，请改名或按此格式调整后重试`,
    (p) => `The master's sheet "${p.sheet}" was not written by the add-in and its header differs from the consolidation layout (${p.header}, from A1): left untouched so nothing is lost; rename it or match the layout and retry`,
  ),
} satisfies Catalogue;

/** An issue of the commands, typed by its code. */
export const commandIssue = issueMaker(commandMessages);
