import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { insertTemplate, rankAndTier, RESULTS_SHEET, TEMPLATE_KINDS, validateSubmission } from '../../src/commands';
import { freeName } from '../../src/commands/insert-template';
import { countyResults } from './fixtures';

/** Row (1-based) of the template's header: the first row naming `first`. */
const headerRow = (wb: MemoryWorkbook, sheet: string, first: string): number => wb.values(sheet).findIndex((r) => r[0] === first) + 1;

describe('insertTemplate', () => {
  it('adds a county summary template with headers, a group drop-down, an example row and Chinese instructions', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'county');
    expect(out.sheets).toEqual(['县绩效汇总表模板', '说明']);
    const sheet = out.sheets[0]!;
    const h = headerRow(wb, sheet, '单位');
    expect(wb.values(sheet)[h - 1]).toEqual(['单位', '类别', '指标评估', '公众评估', '领导评估', '加分', '减分', '否决', '认定不合格']);
    expect(wb.values(sheet)[h]?.slice(0, 3)).toEqual(['示例乡', '乡镇', 85.5]);
    expect(wb.validation(sheet, `B${h + 1}`)).toEqual(['乡镇', '部门', '古城']);
    expect(wb.validation(sheet, `B${h + 500}`)).toEqual(['乡镇', '部门', '古城']);
    expect(String(wb.values(sheet)[1]?.[0])).toMatch(/说明/);
    expect(await wb.activeSheet()).toBe(sheet);
  });

  it('the county template ranks as it is (its example row is a valid unit)', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    await insertTemplate(wb, 'county');
    const out = await rankAndTier(wb);
    expect(out.written).toBe(RESULTS_SHEET);
    expect(countyResults(out).map((r) => r.unit)).toEqual(['示例乡']);
  });

  it('adds the five sheets of the detailed county workbook, with item codes as a drop-down', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'county-detail');
    expect(out.sheets).toEqual(['单位', '指标', '领导评估', '公众评估', '加减分', '说明']);
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
    expect(out.sheets).toEqual(['工程师月度考核模板 (2)', '说明']);
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

describe('insertTemplate: the 说明 sheet and drop-downs (issue 5)', () => {
  it.each(TEMPLATE_KINDS)('%s: instructions go on a separate sheet 说明, Chinese with English beside', async (kind) => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, kind);
    expect(out.sheets.at(-1)).toBe('说明');
    const rows = wb.values('说明');
    expect(rows[1]).toEqual(['中文', 'English']);
    const lines = rows.slice(2).filter((r) => String(r[0]).startsWith('· '));
    expect(lines.length).toBeGreaterThan(2);
    for (const r of lines) {
      expect(String(r[0])).toMatch(/[\u4e00-\u9fff]/);
      expect(String(r[1])).toMatch(/[A-Za-z]/);
    }
    expect(await wb.activeSheet()).toBe(out.sheets[0]);
  });

  it('a second template takes a free 说明 name and leaves the first untouched', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    await insertTemplate(wb, 'engineer');
    const before = wb.values('说明');
    const out = await insertTemplate(wb, 'staff');
    expect(out.sheets).toEqual(['员工月度考核模板', '说明 (2)']);
    expect(wb.values('说明')).toEqual(before);
  });

  const listAt = (wb: MemoryWorkbook, sheet: string, header: string): readonly string[] | undefined => {
    const col = wb.values(sheet)[2]!.indexOf(header);
    return wb.validation(sheet, `${String.fromCharCode(65 + col)}4`);
  };

  it('fiscal: 一级/二级指标 (every valid 二级 name, FISCAL.md §1), review 通过/不通过, 完成预期 and 评价结论 are drop-downs', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'fiscal');
    expect(out.sheets).toEqual(['绩效目标表模板', '绩效运行监控表模板', '项目支出绩效自评表模板', '说明']);
    const [targets, monitoring, selfEval] = out.sheets as [string, string, string];
    expect(listAt(wb, targets, '一级指标')).toEqual(['产出', '效益', '满意度']);
    expect(listAt(wb, targets, '二级指标')).toEqual(['数量', '质量', '时效', '成本', '经济', '社会', '生态', '可持续', '服务对象满意度']);
    for (const h of ['完整性', '相关性', '适当性', '可行性']) expect(listAt(wb, targets, h)).toEqual(['通过', '不通过']);
    expect(listAt(wb, monitoring, '完成预期')).toEqual(['确定能', '有可能', '完全不可能']);
    expect(listAt(wb, selfEval, '评价结论')).toEqual(['达成', '部分达成', '未达成']);
  });

  it('issue 8: every fiscal sheet formats its 指标值 input rows as text (@), and 说明 says so without suggesting =100%', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'fiscal');
    for (const sheet of out.sheets.slice(0, 3)) {
      const col = String.fromCharCode(65 + wb.values(sheet)[2]!.indexOf('指标值'));
      for (const row of [4, 500, 1003]) expect(wb.numberFormat(sheet, `${col}${row}`), `${sheet}!${col}${row}`).toBe('@');
    }
    const help = wb.values('说明').flat().map(String).join('\n');
    expect(help).not.toContain('=100%');
    expect(help).toContain('“指标值”列已设为文本格式');
    expect(help).toContain("Keep that column's format");
  });

  it('issue 8: 插入模板 staff-penalties gives the department penalty sheet: headers, 是否考核 drop-down, examples 校验报送 accepts, 说明', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const out = await insertTemplate(wb, 'staff-penalties');
    expect(out.sheets).toEqual(['部门考核处罚表模板', '说明']);
    const sheet = out.sheets[0]!;
    expect(wb.values(sheet)[2]).toEqual(['部门', '考核月份', '提交日期', '是否考核', '审核差错', '无依据', '刁难', '负责人绩效工资', '文员绩效工资', '考核完成日期', '金额认定日期']);
    expect(listAt(wb, sheet, '是否考核')).toEqual(['是', '否']);
    const v = await validateSubmission(wb, { sheet });
    expect(v.type).toBe('staff-penalties');
    expect(v.issues).toEqual([]);
    expect(wb.values('说明').flat().map(String).join()).toContain('每单 500 元');
  });

  it('staff 类别, county 类型 and 方向 are drop-downs', async () => {
    const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
    const staff = await insertTemplate(wb, 'staff');
    expect(listAt(wb, staff.sheets[0]!, '类别')).toEqual(['后勤', '生产']);
    await insertTemplate(wb, 'county-detail');
    expect(listAt(wb, '加减分', '类型')).toEqual(['加分', '减分']);
    expect(listAt(wb, '指标', '方向')).toEqual(['≥', '≤']);
    expect(listAt(wb, '单位', '类别')).toEqual(['乡镇', '部门', '古城']);
  });
});

describe('freeName', () => {
  it('numbers a taken name, ignoring case', () => {
    expect(freeName('模板', ['模板', '模板 (2)'])).toBe('模板 (3)');
    expect(freeName('Sheet', ['sheet'])).toBe('Sheet (2)');
    expect(freeName('新表', [])).toBe('新表');
  });
});
