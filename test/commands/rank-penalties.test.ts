/**
 * 排名定档 on HR's department penalty sheet (issue 8, RULES.md staff: the amounts per department and month are a
 * result the office sees): the engine's amounts laid out on 部门考核扣款, under 排名结果's nothing-lost rules.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashOf, staffPenalties, staffPreset, type CellValue } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { insertTemplate, PENALTY_SHEET, rankAndTier, rankTextOf, RESULTS_SHEET, saveScheme } from '../../src/commands';
import { TABLE_TOP } from '../../src/commands/results-layout';
import { penaltyResults, smallSummary, staffResults, type Rows } from './fixtures';

const NOW = new Date('2026-11-27T10:00:00Z');
const LATER = new Date('2026-11-28T10:00:00Z');

const HEADER = ['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资', '考核完成日期'];
/**
 * 办公室: summary on 13 April (3 days late, 300) + 1 baseless case (200), assessed on 8 April (a calendar warning);
 * 一车间: no assessment ((6,000 + 3,000) × 10% = 900, "6,000" read as a number: an info note) + 1 harassment (500);
 * 二车间: on time, nothing found.
 */
const penaltySheet = (): Rows => [
  HEADER,
  ['办公室', '2026-03', '2026-04-13', '是', 0, 1, 0, null, null, '2026-04-08'],
  ['一车间', '2026-12', '2027-01-09', '否', 0, 0, 1, '6,000', 3000, null],
  ['二车间', '2026-03', '2026-04-10', '是', null, null, null, null, null, null],
];

/** The written table: department, month, the five amounts, total. */
const table = (wb: MemoryWorkbook): CellValue[][] => wb.values(PENALTY_SHEET).slice(TABLE_TOP - 1, TABLE_TOP + 3).map((r) => r.slice(0, 8));

describe('rankAndTier on a department penalty sheet (篇3 五)', () => {
  it('is recognised from its headers and writes 部门考核扣款: department, month, each amount, total — the engine’s, in the sheet’s order', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(PENALTY_SHEET);
    expect(await wb.sheetNames()).toEqual(['处罚', PENALTY_SHEET]);
    expect(await wb.activeSheet()).toBe(PENALTY_SHEET);
    expect(table(wb)).toEqual([
      ['部门 Department', '考核月份 Month', '迟交汇总 Late summary', '当月未考核 No assessment', '审核后仍有错误 Error after sign-off', '考核无依据 Scoring without basis', '以扣分刁难员工 Harassment through deductions', '合计 Total'],
      ['办公室', '2026-03', 300, 0, 0, 200, 0, 500],
      ['一车间', '2026-12', 0, 900, 0, 0, 500, 1400],
      ['二车间', '2026-03', 0, 0, 0, 0, 0, 0],
    ]);
    const engine = staffPenalties({ values: penaltySheet(), origin: { sheet: '处罚', row: 1, col: 1 } }, staffPreset).ranking.results;
    expect(penaltyResults(out).map((p) => [p.department, p.period, p.amounts, p.total])).toEqual(engine.map((p) => [p.department, p.period, p.amounts, p.total]));
  });

  it('formats every amount as money, keeps the month as text, and explains each charge from the engine’s steps', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    await rankAndTier(wb, { now: NOW });
    for (const cell of ['C5', 'D6', 'G6', 'H5', 'H7']) expect(wb.numberFormat(PENALTY_SHEET, cell), cell).toBe('#,##0.00');
    expect(wb.numberFormat(PENALTY_SHEET, 'B5')).toBe('@');
    const row = wb.values(PENALTY_SHEET)[TABLE_TOP]!;
    expect(row[8]).toBe('迟交汇总：2026-04-10 后 3 天 × 100 元；考核无依据：1 单 × 200 元');
    expect(row[9]).toBe('late summary: 3 day(s) after 2026-04-10 × 100 yuan; scoring without basis: 1 case(s) × 200 yuan');
    expect(wb.values(PENALTY_SHEET)[TABLE_TOP + 2]?.slice(8, 10)).toEqual(['无扣款', 'no penalty']);
  });

  it('stamps the run (time, staff scheme, hash) and lists the warnings, then the info notes, with sheet!cell', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    await rankAndTier(wb, { now: NOW });
    const rows = wb.values(PENALTY_SHEET);
    expect(String(rows[0]?.[0])).toContain('部门考核扣款');
    expect(rows[1]?.slice(0, 6)).toEqual(['运行时间 Run at', '2026-11-27T10:00:00Z', '方案 Scheme', `${staffPreset.name}（staff）`, '哈希 Hash', hashOf(staffPreset)]);
    const at = (label: string): number => rows.findIndex((r) => r[0] === label);
    expect(rows[at('警告 Warnings') + 1]?.[0]).toBe('staff.calendar-late');
    expect(rows[at('警告 Warnings') + 1]?.[3]).toBe('处罚!J2');
    expect(at('提示 Notes')).toBeGreaterThan(at('警告 Warnings'));
    expect(rows[at('提示 Notes') + 1]?.slice(0, 1)).toEqual(['cell.coerced']);
    expect(rows[at('提示 Notes') + 1]?.[3]).toBe('处罚!H3');
  });

  it('with the staff scheme and the sheet named, ranks the penalty sheet there rather than the staff sheet beside it', async () => {
    const staff = [['姓名', '部门', '类别', '月底打分', '日考核得分'], ['李明', '办公室', '后勤', 95, -5]];
    const wb = MemoryWorkbook.fromSheets({ 员工: staff, 处罚: penaltySheet() });
    const named = await rankAndTier(wb, { scheme: 'staff', sheet: '处罚', now: NOW });
    expect(named.written).toBe(PENALTY_SHEET);
    expect(penaltyResults(named).map((p) => p.total)).toEqual([500, 1400, 0]);
    await wb.activateSheet('员工');
    const people = await rankAndTier(wb, { scheme: 'staff', now: NOW });
    expect(people.written).toBe(RESULTS_SHEET);
    expect(staffResults(people).map((p) => p.name)).toEqual(['李明']);
    expect(await wb.sheetNames()).toEqual(['员工', '处罚', PENALTY_SHEET, RESULTS_SHEET]);
  });

  it('charges with the workbook’s stored staff scheme (harassment 800 a case here)', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    await saveScheme(wb, { ...staffPreset, penalties: { ...staffPreset.penalties, harassment: { perCase: 800 } } });
    const out = await rankAndTier(wb, { now: NOW });
    expect(penaltyResults(out).map((p) => p.amounts.harassment)).toEqual([0, 800, 0]);
    expect(wb.values(PENALTY_SHEET)[TABLE_TOP + 1]?.[7]).toBe(1700);
  });

  it('a bad count is marked on the input and nothing is written', async () => {
    const rows = penaltySheet();
    rows[1]![5] = '一单';
    const wb = MemoryWorkbook.fromSheets({ 处罚: rows });
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    expect(out.ranking).toBeNull();
    expect(out.issues.find((i) => i.severity === 'error')?.cell).toBe('F2');
    expect(wb.fill('处罚', 'F2')).toBe('#FFC7CE');
    expect(await wb.sheetNames()).toEqual(['处罚']);
  });

  it('the staff-penalties template ranks as it is: 行政部 400 (2 days late + 1 baseless), 生产部 900 (no assessment)', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    await insertTemplate(wb, 'staff-penalties');
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBe(PENALTY_SHEET);
    expect(penaltyResults(out).map((p) => [p.department, p.total])).toEqual([['行政部', 400], ['生产部', 900]]);
  });

  it('the ribbon’s status counts the department months written to 部门考核扣款', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    const text = rankTextOf(await rankAndTier(wb, { now: NOW })).text;
    expect(text.zh).toBe('排名定档完成：3 条部门月度扣款写入“部门考核扣款”，0 条警告');
    expect(text.en).toBe('Rank and tier done: 3 department penalty row(s) written to "部门考核扣款", 0 warning(s)');
  });
});

describe('rankAndTier on a department penalty sheet: nothing lost', () => {
  it('a rerun replaces only its own unedited 部门考核扣款, and leaves 排名结果 alone', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet(), 汇总: smallSummary() });
    await rankAndTier(wb, { sheet: '汇总', now: NOW });
    const results = wb.values(RESULTS_SHEET);
    await rankAndTier(wb, { sheet: '处罚', now: NOW });
    wb.put('处罚', 'F2', [[3]]);
    const out = await rankAndTier(wb, { sheet: '处罚', now: LATER });
    expect(out.written).toBe(PENALTY_SHEET);
    expect(wb.cell(PENALTY_SHEET, 'B2')).toBe('2026-11-28T10:00:00Z');
    expect(wb.values(PENALTY_SHEET)[TABLE_TOP]?.slice(5, 8)).toEqual([600, 0, 900]);
    expect(wb.values(RESULTS_SHEET)).toEqual(results);
    expect(await wb.sheetNames()).toEqual(['处罚', '汇总', RESULTS_SHEET, PENALTY_SHEET]);
  });

  it('refuses to replace 部门考核扣款 once the user typed into it, naming it, and keeps what they typed', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet() });
    await rankAndTier(wb, { now: NOW });
    wb.put(PENALTY_SHEET, 'L5', [['已通知部门']]);
    await wb.activateSheet('处罚');
    const out = await rankAndTier(wb, { now: LATER });
    expect(out.written).toBeNull();
    expect(out.issues.at(-1)).toMatchObject({ code: 'output.edited', sheet: PENALTY_SHEET });
    expect(out.issues.at(-1)?.message.zh).toContain(PENALTY_SHEET);
    expect(wb.cell(PENALTY_SHEET, 'L5')).toBe('已通知部门');
    expect(wb.cell(PENALTY_SHEET, 'B2')).toBe('2026-11-27T10:00:00Z');
  });

  it('refuses a user’s own sheet named 部门考核扣款, naming it, and leaves the workbook unchanged', async () => {
    const wb = MemoryWorkbook.fromSheets({ 处罚: penaltySheet(), [PENALTY_SHEET]: [['我的扣款台账']] });
    await wb.activateSheet('处罚');
    const out = await rankAndTier(wb, { now: NOW });
    expect(out.written).toBeNull();
    const refusal = out.issues.find((i) => i.code === 'output.user-sheet')!;
    expect(refusal.message.zh).toContain(PENALTY_SHEET);
    expect(refusal.sheet).toBe(PENALTY_SHEET);
    expect(wb.values(PENALTY_SHEET)).toEqual([['我的扣款台账']]);
    expect(await wb.sheetNames()).toEqual(['处罚', PENALTY_SHEET]);
  });

  it('reruns from 部门考核扣款 itself (the sheet a run leaves active): it reads the penalty sheet it last read', async () => {
    const wb = MemoryWorkbook.fromSheets({ 说明: [['备忘']], 处罚: penaltySheet() });
    await rankAndTier(wb, { sheet: '处罚', now: NOW });
    expect(await wb.activeSheet()).toBe(PENALTY_SHEET);
    const out = await rankAndTier(wb, { now: LATER });
    expect(out.written).toBe(PENALTY_SHEET);
    expect(out.source).toMatchObject({ sheet: '处罚' });
    // Read as the last input, not found by searching the other sheets.
    expect(out.issues.map((i) => i.code)).not.toContain('command.table-elsewhere');
    expect(wb.cell(PENALTY_SHEET, 'B2')).toBe('2026-11-28T10:00:00Z');
  });
});

describe('rankAndTier on a department penalty sheet in an .xlsx file', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'perf-penalties-'));
  });

  async function xlsx(name: string, sheets: Record<string, Rows>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows.map((r) => r.map((v) => v ?? undefined)));
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  }
  const load = async (path: string): Promise<ExcelJS.Workbook> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb;
  };

  it('saves 部门考核扣款 with money formats beside the untouched input; a rerun on the saved file replaces it, a user’s is refused', async () => {
    const first = await FileWorkbook.open(await xlsx('penalties.xlsx', { 处罚: penaltySheet() }));
    expect((await rankAndTier(first, { now: NOW })).written).toBe(PENALTY_SHEET);
    const saved = join(dir, 'penalties-out.xlsx');
    await first.saveAs(saved);
    const back = await load(saved);
    const ws = back.getWorksheet(PENALTY_SHEET)!;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(TABLE_TOP + 2, c).value)).toEqual(['一车间', '2026-12', 0, 900, 0, 0, 500, 1400]);
    expect(ws.getCell(TABLE_TOP + 2, 8).numFmt).toBe('#,##0.00');
    expect(back.getWorksheet('处罚')!.getCell('H3').value).toBe('6,000');
    const second = await FileWorkbook.open(saved);
    expect((await rankAndTier(second, { sheet: '处罚', now: LATER })).written).toBe(PENALTY_SHEET);
    const user = await FileWorkbook.open(await xlsx('user.xlsx', { 处罚: penaltySheet(), [PENALTY_SHEET]: [['我的']] }));
    const refused = await rankAndTier(user, { sheet: '处罚', now: NOW });
    expect(refused.issues.map((i) => i.code)).toContain('output.user-sheet');
    expect(await user.readTable(PENALTY_SHEET)).toMatchObject({ values: [['我的']] });
  });
});
