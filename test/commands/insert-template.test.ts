import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { insertTemplate, rankAndTier, RESULTS_SHEET, validateSubmission } from '../../src/commands';
import { freeName } from '../../src/commands/insert-template';

/** Row (1-based) of the template's header: the first row naming `first`. */
const headerRow = (wb: MemoryWorkbook, sheet: string, first: string): number => wb.values(sheet).findIndex((r) => r[0] === first) + 1;

describe('insertTemplate', () => {
  it('adds a county summary template with headers, a group drop-down, an example row and Chinese instructions', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'county');
    expect(out.sheets).toEqual(['县绩效汇总表模板']);
    const sheet = out.sheets[0]!;
    const h = headerRow(wb, sheet, '单位');
    expect(wb.values(sheet)[h - 1]).toEqual(['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格']);
    expect(wb.values(sheet)[h]?.slice(0, 3)).toEqual(['示例乡', '乡镇', 85.5]);
    expect(wb.validation(sheet, `B${h + 1}`)).toEqual(['乡镇', '部门', '古城']);
    expect(wb.validation(sheet, `B${h + 500}`)).toEqual(['乡镇', '部门', '古城']);
    expect(String(wb.values(sheet)[1]?.[0])).toMatch(/类别/);
    expect(await wb.activeSheet()).toBe(sheet);
  });

  it('the county template ranks as it is (its example row is a valid unit)', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    await insertTemplate(wb, 'county');
    const out = await rankAndTier(wb);
    expect(out.written).toBe(RESULTS_SHEET);
    expect(out.results.map((r) => r.unit)).toEqual(['示例乡']);
  });

  it('adds the five sheets of the detailed county workbook, with item codes as a drop-down', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'county-detail');
    expect(out.sheets).toEqual(['单位', '指标', '领导评估', '公众评估', '加减分']);
    const h = headerRow(wb, '加减分', '单位');
    expect(wb.validation('加减分', `C${h + 1}`)).toEqual(expect.arrayContaining(['市委、市政府', '省通报批评']));
    expect(wb.validation('加减分', `B${h + 1}`)).toEqual(['加分', '减分']);
  });

  it('refuses the detailed template when one of its sheet names is taken, naming it, and adds nothing', async () => {
    const wb = MemoryWorkbook.fromSheets({ 指标: [['我的指标']] });
    const out = await insertTemplate(wb, 'county-detail');
    expect(out.sheets).toEqual([]);
    expect(out.issues[0]?.message.zh).toContain('指标');
    expect(await wb.sheetNames()).toEqual(['指标']);
    expect(wb.values('指标')).toEqual([['我的指标']]);
  });

  it('never overwrites a sheet: a taken name gets a free variant', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师月度考核模板: [['旧的']] });
    const out = await insertTemplate(wb, 'engineer');
    expect(out.sheets).toEqual(['工程师月度考核模板 (2)']);
    expect(wb.values('工程师月度考核模板')).toEqual([['旧的']]);
  });

  it.each(['engineer', 'staff', 'fiscal'] as const)('a %s template is recognised by 校验报送 as its own kind', async (kind) => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, kind);
    const v = await validateSubmission(wb, { sheet: out.sheets[0]! });
    expect(v.type).toBe(kind === 'fiscal' ? 'fiscal-targets' : kind);
    expect(v.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('uses the workbook’s scheme kind when none is given', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb);
    expect(out.kind).toBe('county');
  });
});

describe('freeName', () => {
  it('numbers a taken name, ignoring case', () => {
    expect(freeName('模板', ['模板', '模板 (2)'])).toBe('模板 (3)');
    expect(freeName('Sheet', ['sheet'])).toBe('Sheet (2)');
    expect(freeName('新表', [])).toBe('新表');
  });
});
