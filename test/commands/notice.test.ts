/**
 * 生成通报 (issue 13): the engine's notice laid out on the add-in's sheet 通报, print-ready, under 排名结果's
 * nothing-lost rules — checked by reading the written package back.
 */
import { describe, expect, it } from 'vitest';
import { generateNotice, NOTICE_SHEET, rankAndTier, RESULTS_SHEET } from '../../src/commands';
import type { CellValue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { engineerSheet, smallSummary } from './fixtures';
import { printedSheet } from './package-parts';

const NOW = new Date('2027-01-15T02:00:00Z');
const DATE = { y: 2027, m: 1, d: 15 };

/** The notice sheet read back from the written package: its rows, trailing blanks dropped. */
async function reread(wb: FileWorkbook): Promise<{ rows: CellValue[][]; bytes: Uint8Array }> {
  const bytes = await wb.toBuffer();
  const back = await FileWorkbook.fromBuffer(bytes, 'back.xlsx');
  const block = await back.readTable(NOTICE_SHEET);
  return { rows: block.values.map((r) => [...r]), bytes };
}
const first = (rows: CellValue[][]): CellValue[] => rows.map((r) => r[0] ?? null);

describe('generateNotice', () => {
  it('county: title, office and date, per group 先进 then 合格 and 不合格 with composites, 抄送, notes, signature — in the package as written', async () => {
    const wb = FileWorkbook.create({ 汇总: smallSummary() });
    const out = await generateNotice(wb, { title: 'XX县2026年度绩效考核结果通报', date: DATE, now: NOW });
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(out.written).toBe(NOTICE_SHEET);
    const { rows } = await reread(wb);
    const col = first(rows);
    expect(col.slice(0, 2)).toEqual(['XX县2026年度绩效考核结果通报', '县绩效办　2027年1月15日']);
    // Issued in January 2027 about the year the title names.
    expect(col.find((v) => typeof v === 'string' && v.startsWith('根据'))).toContain('进行了2026年度绩效考核');
    expect(col.filter((v) => typeof v === 'string' && /^[一二三四五六七]、/.test(v))).toEqual([
      '一、乡镇（日常工作）（2 个）', '二、县直部门和单位（日常工作）（3 个）', '三、古城风貌恢复工作（3 个）', '四、抄送', '五、说明',
    ]);
    // Departments: 县财政局 (92) 先进, 县教育局 (83) 合格, 县水务局 (53, under 60 and last) 不合格 and 抄送.
    const dept = rows.filter((r) => ['县财政局', '县教育局', '县水务局'].includes(String(r[2])));
    expect(dept.map((r) => [r[0], r[2], r[3]])).toEqual([['先进', '县财政局', 92], ['合格', '县教育局', 83], ['不合格（抄送）', '县水务局', 53]]);
    expect(col.some((v) => typeof v === 'string' && v.startsWith('抄送单位：县水务局'))).toBe(true);
    expect(col.slice(-2)).toEqual(['县绩效办', '2027年1月15日']);
    expect(out.notice?.rows.filter((r) => r.role === 'table-row')).toHaveLength(8);
  });

  it('prints A4 portrait one page wide, title merged across the table, stamp in the header and page numbers in the footer', async () => {
    const wb = FileWorkbook.create({ 汇总: smallSummary() });
    const out = await generateNotice(wb, { date: DATE, now: NOW });
    const { bytes, rows } = await reread(wb);
    const p = await printedSheet(bytes, NOTICE_SHEET);
    expect(p.pageSetup).toMatchObject({ paperSize: '9', orientation: 'portrait', fitToWidth: '1', fitToHeight: '0' });
    expect(p.fitToPage).toBe(true);
    const width = out.notice!.width;
    const last = String.fromCharCode(64 + width);
    expect(p.merges).toContain(`A1:${last}1`);
    expect(p.names['_xlnm.Print_Area']).toBe(`'${NOTICE_SHEET}'!$A$1:$${last}$${rows.length}`);
    expect(p.oddHeader).toBe(`&L运行 2027-01-15T02:00:00Z　方案 ${out.stamp!.scheme}　哈希 ${out.stamp!.hash}&R${NOTICE_SHEET}`);
    expect(p.oddFooter).toBe('&C第 &P 页，共 &N 页 / page &P of &N');
  });

  it('engineer: one table by rank with the four items beside each score', async () => {
    const wb = FileWorkbook.create({ 工程师: engineerSheet() });
    const out = await generateNotice(wb, { scheme: 'engineer', date: DATE, now: NOW, org: '工程预算部' });
    const { rows } = await reread(wb);
    const header = rows.find((r) => r[0] === '排名')!;
    expect(header.slice(0, 7)).toEqual(['排名', '姓名', '得分', '工作质量（40%）', '工作效率（20%）', '工作成本（20%）', '工作能力（20%）']);
    expect(rows.find((r) => r[1] === '张工')!.slice(0, 7)).toEqual([2, '张工', 95.4, 90, 97, 97, 103]);
    expect(out.notice?.kind).toBe('engineer');
  });

  it('staff: the table by rank with department, score, month-end and daily points and the float', async () => {
    const wb = MemoryWorkbook.fromSheets({
      员工: [['姓名', '部门', '类别', '月底打分', '日考核得分', '绩效工资'], ['李明', '行政部', '后勤', 95, -5, 3000], ['王强', '车间', '后勤', 100, 0, 3000]],
    });
    const out = await generateNotice(wb, { scheme: 'staff', date: DATE, now: NOW });
    expect(out.written).toBe(NOTICE_SHEET);
    const li = wb.values(NOTICE_SHEET).find((r) => r[1] === '李明')!;
    // 篇3: month-end 95 and daily −5 make 90, a −10% float.
    expect([li[0], li[2], li[3], li[4], li[5]]).toEqual([2, '行政部', 90, 95, -5]);
    expect(li).toContain(-0.1);
    expect(wb.values(NOTICE_SHEET)[0]?.[0]).toBe('2027年度员工绩效考核结果通报');
  });

  it('refuses HR’s penalty sheet: it ranks nothing, so there is no notice', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: [['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资', '考核完成日期'], ['二车间', '2026-03', '2026-04-10', '是', null, null, null, null, null, null]] });
    const out = await generateNotice(wb, { scheme: 'staff', date: DATE, now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.map((i) => i.code)).toContain('notice.not-a-ranking');
    expect(await wb.sheetNames()).not.toContain(NOTICE_SHEET);
  });

  it('writes nothing when the input has errors, and returns them naming the cell', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: engineerSheet(true) });
    const out = await generateNotice(wb, { scheme: 'engineer', date: DATE, now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.some((i) => i.severity === 'error' && i.cell === 'B3')).toBe(true);
    expect(await wb.sheetNames()).not.toContain(NOTICE_SHEET);
  });

  it('refuses a user’s own sheet named 通报 and leaves it as it was', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary(), [NOTICE_SHEET]: [['我的草稿']] });
    const out = await generateNotice(wb, { date: DATE, now: NOW });
    expect(out.written).toBeNull();
    expect(out.issues.map((i) => i.code)).toContain('output.user-sheet');
    expect(wb.values(NOTICE_SHEET)).toEqual([['我的草稿']]);
  });

  it('a rerun replaces its own 通报; once the user typed into it, the rerun is refused', async () => {
    const wb = MemoryWorkbook.fromSheets({ 汇总: smallSummary() });
    await rankAndTier(wb, { now: NOW });
    expect((await generateNotice(wb, { date: DATE, now: NOW })).written).toBe(NOTICE_SHEET);
    // Run again from 通报 itself (the active sheet): the last input is found again.
    const again = await generateNotice(wb, { date: { y: 2027, m: 1, d: 16 }, now: NOW });
    expect(again.written).toBe(NOTICE_SHEET);
    expect(wb.values(NOTICE_SHEET)[1]?.[0]).toBe('县绩效办　2027年1月16日');
    await wb.write(NOTICE_SHEET, 'A60', [['领导批示：同意']]);
    const edited = await generateNotice(wb, { date: DATE, now: NOW });
    expect(edited.issues.map((i) => i.code)).toContain('output.edited');
    expect(wb.values(NOTICE_SHEET)[59]?.[0]).toBe('领导批示：同意');
    expect(await wb.sheetNames()).toContain(RESULTS_SHEET);
  });
});
