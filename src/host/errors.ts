/**
 * Typed host failures: a code for programs, its parameters, and the Chinese/English text of the host's section
 * of the message catalogue — never a stack trace. One refusal, one text: the commands reuse these entries.
 */
import { msg, type Catalogue, type ParamsOf } from '../engine/messages';
import type { Issue } from '../engine/core/issue';
import type { Text } from '../engine/core/text';

/** The formats read only after a "save as .xlsx": what each is, and where to save it. */
const UNSUPPORTED = {
  xls: { zh: '旧版 Excel 工作簿（.xls）', en: 'an old Excel workbook (.xls)', appZh: 'Excel 或 WPS', appEn: 'Excel or WPS' },
  et: { zh: ' WPS 表格文件（.et）', en: 'a WPS Spreadsheets file (.et)', appZh: 'WPS', appEn: 'WPS' },
  ods: { zh: ' OpenDocument 表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)', appZh: 'WPS、Excel 或 LibreOffice', appEn: 'WPS, Excel or LibreOffice' },
  xlsb: { zh: ' Excel 二进制工作簿（.xlsb）', en: 'an Excel binary workbook (.xlsb)', appZh: 'Excel 或 WPS', appEn: 'Excel or WPS' },
} as const;

/** The host's section of the message catalogue (same shape as the engine's). */
export const hostMessages = {
  'file-missing': msg<{ file: string }>('error', (p) => `找不到文件“${p.file}”。`, (p) => `File not found: "${p.file}".`),
  'file-unreadable': msg<{ file: string }>('error', (p) => `无法读取文件“${p.file}”。`, (p) => `Cannot read "${p.file}".`),
  'file-not-workbook': msg<{ file: string; kind?: 'zip' | 'office' }>(
    'error',
    (p) =>
      p.kind === 'zip' ? `文件“${p.file}”是压缩包，但不是 Excel 工作簿（.xlsx）。`
        : p.kind === 'office' ? `文件“${p.file}”是旧版 Office 文档，但不是工作簿（.xlsx）。`
          : `文件“${p.file}”不是 Excel 工作簿（.xlsx）或 CSV 文件。`,
    (p) =>
      p.kind === 'zip' ? `"${p.file}" is a zip archive but not an Excel workbook (.xlsx).`
        : p.kind === 'office' ? `"${p.file}" is an old Office document but not a workbook (.xlsx).`
          : `"${p.file}" is not an Excel workbook (.xlsx) or a CSV file.`,
  ),
  'file-empty': msg<{ file: string }>('error', (p) => `文件“${p.file}”是空的：没有任何数据。`, (p) => `"${p.file}" is empty: it holds no data.`),
  'file-encrypted': msg<{ file: string }>(
    'error',
    (p) => `文件“${p.file}”设有打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再试。`,
    (p) => `"${p.file}" is password-protected (encrypted) and cannot be read. Remove the password in Excel, save as .xlsx and retry.`,
  ),
  // What the file is and where to save it as .xlsx, by kind (file/detect.ts).
  'file-unsupported': msg<{ file: string; kind?: 'xls' | 'et' | 'ods' | 'xlsb' }>(
    'error',
    (p) => `文件“${p.file}”是${UNSUPPORTED[p.kind ?? 'xls'].zh}，无法直接读取。请在 ${UNSUPPORTED[p.kind ?? 'xls'].appZh} 中另存为 .xlsx（Excel 工作簿）后再试。`,
    (p) => `"${p.file}" is ${UNSUPPORTED[p.kind ?? 'xls'].en} and cannot be read as it is. Save it as .xlsx (Excel workbook) in ${UNSUPPORTED[p.kind ?? 'xls'].appEn} and retry.`,
  ),
  'file-corrupt': msg<{ file: string; cell?: string; row?: number }>(
    'error',
    (p) =>
      p.cell === undefined ? `文件“${p.file}”已损坏或不完整，无法作为 .xlsx 打开。`
        : `文件“${p.file}”第 ${p.row} 行 ${p.cell} 单元格的引号没有闭合，其后的内容无法分行。请补上引号（"）或删去多余的引号后再试。`,
    (p) =>
      p.cell === undefined ? `"${p.file}" is damaged or incomplete and cannot be opened as .xlsx.`
        : `"${p.file}": the quote opened in cell ${p.cell} (row ${p.row}) is never closed, so the rows after it cannot be told apart. Close the quote (") or remove the stray one and retry.`,
  ),
  // Too big to open safely (file/zip-guard.ts, file/detect.ts): by its cells, its bytes (CSV) or what it unpacks to.
  'file-too-large': msg<{ file: string; measure: 'cells' | 'bytes' | 'unpacked'; amount: string; limit: string }>(
    'error',
    (p) =>
      `文件“${p.file}”过大：${p.measure === 'cells' ? `共有 ${p.amount} 个单元格，上限为 ${p.limit}（约 10 万行 × 10 列）` : p.measure === 'bytes' ? `大小为 ${p.amount} MB，CSV 上限为 ${p.limit} MB` : `解压后达 ${p.amount} MB，上限为 ${p.limit} MB`}，未打开。请只保留需要的工作表和行，另存后再试。`,
    (p) =>
      `"${p.file}" is too large: ${p.measure === 'cells' ? `${p.amount} cells, over the limit of ${p.limit} (about 100,000 rows × 10 columns)` : p.measure === 'bytes' ? `${p.amount} MB, over the CSV limit of ${p.limit} MB` : `it unpacks to ${p.amount} MB, over the limit of ${p.limit} MB`}; not opened. Keep only the sheets and rows needed, save and retry.`,
  ),
  // A package built to exhaust memory: a part inflating beyond its declared size, or XML entity declarations.
  'file-unsafe': msg<{ file: string; part: string; kind: 'bomb' | 'entity' }>(
    'error',
    (p) =>
      p.kind === 'bomb' ? `文件“${p.file}”的“${p.part}”解压后超出其声明的大小（疑似压缩炸弹），为安全起见未打开。`
        : `文件“${p.file}”的“${p.part}”含有 XML 实体声明（DOCTYPE/ENTITY），正常工作簿不会有，为安全起见未打开。`,
    (p) =>
      p.kind === 'bomb' ? `"${p.file}": part "${p.part}" inflates beyond its declared size (a likely zip bomb); not opened, for safety.`
        : `"${p.file}": part "${p.part}" holds an XML DOCTYPE/ENTITY declaration, which no workbook needs; not opened, for safety.`,
  ),
  'no-file-system': msg('error', () => '浏览器中不能按路径读写文件。', () => 'A browser cannot read or write files by path.'),
  'save-not-xlsx': msg<{ file: string }>('error', (p) => `只能保存为 .xlsx：“${p.file}”。`, (p) => `Can only save as .xlsx: "${p.file}".`),
  'sheet-missing': msg<{ name: string }>('error', (p) => `找不到工作表“${p.name}”。`, (p) => `There is no sheet named "${p.name}".`),
  'sheet-exists': msg<{ name: string }>('error', (p) => `工作表“${p.name}”已存在。`, (p) => `A sheet named "${p.name}" already exists.`),
  'sheet-not-owned': msg<{ name: string }>(
    'error',
    (p) => `工作表“${p.name}”已存在且不是本加载项创建的，未作改动。请改名或删除后重试。`,
    (p) => `A sheet named "${p.name}" already exists and was not created by the add-in; it was left untouched. Rename or delete it and retry.`,
  ),
  'range-invalid': msg<{ range: string }>('error', (p) => `区域地址“${p.range}”无效。`, (p) => `"${p.range}" is not a valid range address.`),
  'host-failed': msg<{ host: string; detail: string }>('error', (p) => `${p.host} 报告错误：${p.detail}`, (p) => `${p.host} reported an error: ${p.detail}`),
  'host-unavailable': msg<{ host: string }>('error', (p) => `${p.host} 中没有打开的工作簿，请先打开或新建一个。`, (p) => `No workbook is open in ${p.host}; open or create one first.`),
  'pane-unavailable': msg<{ host: string; missing: string }>(
    'error',
    (p) => `这个 ${p.host} 不能打开任务窗格（没有 ${p.missing}）。`,
    (p) => `This ${p.host} cannot open a task pane (no ${p.missing}).`,
  ),
} satisfies Catalogue;

export type HostErrorCode = keyof typeof hostMessages;
type HostParams<C extends HostErrorCode> = ParamsOf<(typeof hostMessages)[C]>;

export class HostError<C extends HostErrorCode = HostErrorCode> extends Error {
  readonly code: C;
  readonly params: HostParams<C>;
  readonly text: Text;
  constructor(
    code: C,
    ...[given, options]: {} extends HostParams<C>
      ? [params?: HostParams<C>, options?: { cause?: unknown }]
      : [params: HostParams<C>, options?: { cause?: unknown }]
  ) {
    const params = (given ?? {}) as HostParams<C>;
    const def = hostMessages[code] as { zh: (p: HostParams<C>) => string; en: (p: HostParams<C>) => string };
    const text = { zh: def.zh(params), en: def.en(params) };
    super(`${text.zh} / ${text.en}`, options);
    this.name = 'HostError';
    this.code = code;
    this.params = params;
    this.text = text;
  }
}

export const isHostError = (e: unknown): e is HostError => e instanceof HostError;

/** A failure of the host itself (Excel erred, a file could not be read for a reason nobody can fix): a crash, not the user's to fix. */
export const isHostFault = (e: unknown): boolean => isHostError(e) && (e.code === 'host-failed' || e.code === 'file-unreadable');

/** The error as an issue: its code (or `code` when the caller names the refusal otherwise), text and parameters. */
export function hostIssue(e: HostError, code: string = `host.${e.code}`, at: { sheet?: string } = {}): Issue {
  return { code, severity: 'error', message: e.text, params: { ...e.params }, ...(at.sheet !== undefined ? { sheet: at.sheet } : {}) };
}

export const sheetMissing = (name: string): HostError => new HostError('sheet-missing', { name });
export const sheetNotOwned = (name: string): HostError => new HostError('sheet-not-owned', { name });
export const sheetExists = (name: string): HostError => new HostError('sheet-exists', { name });
export const rangeInvalid = (range: string): HostError => new HostError('range-invalid', { range });
