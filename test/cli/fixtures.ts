/** Input files as people have them, written into a temp dir: .xlsx, CSV in UTF-8 / UTF-8 BOM / GBK, broken files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

type Row = (string | number | null)[];

export const SUMMARY_HEADER: Row = ['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格'];
/** A small county: 5 townships (1 advanced), 4 departments (1 advanced), 3 ancient-city units. */
export const SUMMARY_ROWS: Row[] = [
  ['南牛乡', '乡镇', 85.5, null, 9.2, 1, 0, null, null],
  ['新城铺镇', '乡镇', 86, null, 9.5, 0, 0.5, null, null],
  ['西平乐乡', '乡镇', 80.2, null, 8.8, 0, 0, null, null],
  ['新安镇', '乡镇', 84.1, null, 9, 2, 0, '综治一票否决', null],
  ['南楼乡', '乡镇', 50.3, null, 7, 0, 1, null, null],
  ['招商局', '部门', 56, 28.5, 9.5, 2, 0, null, null],
  ['教育局', '部门', 55, 27, 9, 0, 0, null, null],
  ['卫生局', '部门', 52, 26, 8.5, 0, 0, null, null],
  ['矿管办', '部门', 40, 12, 6, 0, 0.5, null, null],
  ['住建局', '古城', 68.5, null, 29, null, null, null, null],
  ['规划分局', '古城', 67.5, null, 28.5, null, null, null, null],
  ['正定镇', '古城', 66, null, 29.5, null, null, null, null],
];

export const ENGINEER_HEADER: Row = ['姓名', '驳回次数', '逾期次数', '实际费用', '计划费用', '论文数'];
export const ENGINEER_ROWS: Row[] = [
  ['张工', 2, 1, 103, 100, 1],
  ['李工', 0, 0, 98, 100, 0],
];

const csvCell = (v: string | number | null): string => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
export const toCsv = (rows: Row[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export async function writeXlsx(path: string, sheets: Record<string, Row[]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

/** A compound (OLE) file header with an EncryptionInfo stream name: how Office stores a password-protected .xlsx. */
function fakeCompoundFile(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (encrypted) Buffer.from('EncryptionInfo', 'utf16le').copy(body, 512);
  return Buffer.concat([header, body]);
}

/** Writes every fixture into `dir`. */
export async function writeFixtures(dir: string): Promise<void> {
  const summary = [SUMMARY_HEADER, ...SUMMARY_ROWS];
  await writeXlsx(join(dir, 'summary.xlsx'), { 汇总: summary, 备注: [['本表由绩效办汇总'], ['请勿改动表头']] });
  writeFileSync(join(dir, 'summary-utf8.csv'), toCsv(summary), 'utf8');
  writeFileSync(join(dir, 'summary-bom.csv'), '\ufeff' + toCsv(summary), 'utf8');
  writeFileSync(join(dir, 'summary-gbk.csv'), iconv.encode(toCsv(summary), 'gbk'));
  // Broken tables: no unit column, a column twice, a unit twice, a group nobody knows.
  writeFileSync(join(dir, 'no-header.csv'), toCsv([['名称', '类别', '指标评估', '领导评估'], ['南牛乡', '乡镇', 85, 9]]));
  writeFileSync(join(dir, 'dup-header.csv'), toCsv([['单位', '类别', '指标评估', '指标评估', '领导评估'], ['南牛乡', '乡镇', 85, 86, 9]]));
  writeFileSync(join(dir, 'dup-unit.csv'), toCsv([SUMMARY_HEADER, SUMMARY_ROWS[0]!, SUMMARY_ROWS[1]!, SUMMARY_ROWS[0]!]));
  writeFileSync(join(dir, 'bad-group.csv'), toCsv([SUMMARY_HEADER, SUMMARY_ROWS[0]!, ['城区街道办事处', '街道', 80, null, 9, 0, 0, null, null]]));
  writeFileSync(join(dir, 'bad-number.csv'), toCsv([SUMMARY_HEADER, SUMMARY_ROWS[0]!, ['新安镇', '乡镇', '八十', null, 9, 0, 0, null, null]]));
  // Files that are not what they say.
  writeFileSync(join(dir, 'not-a-workbook.xlsx'), 'this is a text file, not a workbook\n');
  writeFileSync(join(dir, 'locked.xlsx'), fakeCompoundFile(true));
  writeFileSync(join(dir, 'old.xls'), fakeCompoundFile(false));
  writeFileSync(join(dir, 'truncated.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  // Submissions for validate.
  await writeXlsx(join(dir, 'engineers.xlsx'), { 工程师: [ENGINEER_HEADER, ...ENGINEER_ROWS] });
  writeFileSync(join(dir, 'engineers-bad-gbk.csv'), iconv.encode(toCsv([ENGINEER_HEADER, ['张工', '两次', 1, 103, 100, 1], ['李工', 0, 0, 98, 0, 0]]), 'gbk'));
  await writeXlsx(join(dir, 'report.xlsx'), {
    月报: [['单位', '月份', '指标名称', '标准值', '方向', '本月完成值', '累计完成值'], ['南牛乡', '3月', '固定资产投资', 12, '≥', 1.2, 0.9], ['南牛乡', '13月', '城镇新增就业', 600, '≥', 50, 160]],
  });
  await writeXlsx(join(dir, 'unknown.xlsx'), { 杂项: [['日期', '金额'], ['2025-01-01', 12]] });
}
