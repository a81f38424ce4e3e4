import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { LISTS_SHEET } from '../../src/host/lists';
import { FileWorkbook } from '../../src/host/xlsx';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'perf-host-'));
});

async function reread(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The file adapter's own behaviour; its port promises are the shared contract (test/host/contract). */
describe('FileWorkbook .xlsx, beyond the port', () => {
  it('never saves a hidden settings sheet as the active tab', async () => {
    const wb = FileWorkbook.create({});
    await wb.setSetting('perf.scheme', '{}');
    await wb.addSheet('模板');
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    expect(raw.worksheets[raw.views[0]!.activeTab]?.name).toBe('模板');
  });

  it('normalises formulas, rich text, links, errors, dates and merged cells when reading', async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'B1*2', result: 84 };
    ws.getCell('B1').value = { richText: [{ text: '县' }, { text: '财政局', font: { bold: true } }] };
    ws.getCell('C1').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('D1').value = { error: '#N/A' };
    ws.getCell('E1').value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell('A2').value = '合并';
    ws.mergeCells('A2:C2');
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await src.xlsx.writeBuffer()), 'in.xlsx');
    const block = await wb.readTable('S');
    expect(block.values).toEqual([
      [84, '县财政局', '链接', '#N/A', new Date(Date.UTC(2025, 11, 31))],
      ['合并', null, null, null, null],
    ]);
  });

  it('lists Excel tables with their whole range', async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet('S');
    ws.addTable({ name: 'Units', ref: 'B2', columns: [{ name: '单位' }, { name: '得分' }], rows: [['甲', 1], ['乙', 2]] });
    const wb = await FileWorkbook.fromBuffer(new Uint8Array(await src.xlsx.writeBuffer()), 'in.xlsx');
    expect(await wb.tables('S')).toEqual([{ name: 'Units', sheet: 'S', address: 'B2:C4' }]);
  });

  it('puts a long drop-down list on the hidden lists sheet and references it', async () => {
    const wb = FileWorkbook.create({ S: [] });
    const items = Array.from({ length: 80 }, (_, i) => `扣分项目${i + 1}`);
    await wb.validationList('S', 'A2:A10', items);
    const lists = wb.workbook.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getCell('A80').value).toBe('扣分项目80');
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    expect(raw.getWorksheet('S')!.getCell('A5').dataValidation.formulae).toEqual([`'${LISTS_SHEET}'!$A$1:$A$80`]);
    expect(await wb.sheetNames()).toEqual(['S']);
  });

});

describe('FileWorkbook .csv', () => {
  const rows = '单位,分组,得分,编码\r\n县财政局,A,91.5,001\r\n"县教育局,二股",B,"8""8",002\r\n"多行\n说明",C,,85%\r\n\r\n';

  it.each([
    ['utf-8', Buffer.from(rows, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')])],
    ['gb18030', iconv.encode(rows, 'gbk')],
  ] as const)('reads %s CSV as one sheet named after the file', async (encoding, bytes) => {
    const path = join(dir, `县级考核-${encoding}.csv`);
    await writeFile(path, bytes);
    const wb = await FileWorkbook.open(path);
    expect(wb.source.encoding).toBe(encoding);
    expect(await wb.sheetNames()).toEqual([`县级考核-${encoding}`]);
    expect((await wb.readTable(`县级考核-${encoding}`)).values).toEqual([
      ['单位', '分组', '得分', '编码'],
      ['县财政局', 'A', 91.5, '001'],
      ['县教育局,二股', 'B', '8"8', '002'],
      ['多行\n说明', 'C', null, '85%'],
    ]);
  });

  it('reads UTF-16 "Unicode text" (tab-separated) as Excel saves it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('单位\t得分\r\n县财政局\t90\r\n', 'utf16le')]);
    const wb = await FileWorkbook.fromBuffer(bytes, 'unicode.txt');
    expect(wb.source.encoding).toBe('utf-16le');
    expect((await wb.readTable('unicode')).values).toEqual([['单位', '得分'], ['县财政局', 90]]);
  });

  it('saves a CSV workbook as .xlsx that ExcelJS reads back, and refuses to save as .csv', async () => {
    const path = join(dir, 'gbk.csv');
    await writeFile(path, iconv.encode('姓名,得分\n张三,=1+1\n', 'gbk'));
    const wb = await FileWorkbook.open(path);
    await expect(wb.saveAs(join(dir, 'out.csv'))).rejects.toMatchObject({ code: 'save-not-xlsx' });
    await wb.saveAs(join(dir, 'gbk.xlsx'));
    const cell = (await reread(join(dir, 'gbk.xlsx'))).getWorksheet('gbk')!.getCell('B2');
    expect(cell.value).toBe('=1+1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('FileWorkbook errors', () => {
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it.each([
    ['file-missing', 'nope.xlsx', undefined],
    ['file-not-workbook', 'note.xlsx', Buffer.from('just text, not a workbook')],
    ['file-encrypted', 'locked.xlsx', Buffer.concat([Buffer.from(cfb), Buffer.alloc(200), Buffer.from('EncryptionInfo', 'utf16le')])],
    ['file-unsupported', 'old.xls', Buffer.concat([Buffer.from(cfb), Buffer.alloc(200), Buffer.from('Workbook', 'utf16le')])],
    ['file-corrupt', 'broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])],
  ] as const)('throws %s with a Chinese and English message, no stack for the user', async (code, name, bytes) => {
    const path = join(dir, name);
    if (bytes) await writeFile(path, bytes);
    const err = await FileWorkbook.open(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'HostError', code });
    const { text } = err as { text: { zh: string; en: string } };
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(text.en.length).toBeGreaterThan(10);
  });
});
