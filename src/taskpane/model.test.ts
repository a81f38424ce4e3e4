import { describe, expect, it } from 'vitest';
import { rankAndTier, validateSubmission } from '../commands';
import { MemoryWorkbook } from '../host/memory';
import { countySampleSheets } from '../samples';
import { engineerSampleSheet } from '../samples';
import { allUnits, issuesBySheet, rankView, rowOf, unitAt, validateIssues } from './model';
import { countyResults, engineerResults } from '../../test/commands/fixtures';

describe('rankView', () => {
  it('groups county results by group in rank order with tier counts, steps and the tier decision', async () => {
    const o = await rankAndTier(MemoryWorkbook.fromSheets(countySampleSheets()));
    const v = rankView(o);
    expect(v.kind).toBe('county');
    expect(v.groups.map((g) => g.code)).toEqual(['township', 'department', 'ancient-city']);
    for (const g of v.groups) {
      expect(g.units.map((u) => u.rank)).toEqual([...g.units.map((u) => u.rank)].sort((a, b) => a - b));
      const advanced = countyResults(o).filter((r) => r.group === g.code && r.tier === '先进').length;
      expect(g.tiers.先进).toBe(advanced);
    }
    const police = allUnits(v).find((u) => u.name === '公安局')!;
    expect(police.steps.some((s) => s.capped)).toBe(true);
    expect(police.decision.zh.length).toBeGreaterThan(0);
    expect(police.sheet).toBe('单位');
    expect(v.inputSheet).toBe('单位');
  });

  it('reads people results as one group with their steps', async () => {
    const o = await rankAndTier(MemoryWorkbook.fromSheets({ 工程师: engineerSampleSheet() }), { scheme: 'engineer' });
    const v = rankView(o);
    expect(v.kind).toBe('people');
    expect(v.groups).toHaveLength(1);
    expect(v.groups[0]!.units.length).toBe(engineerResults(o).length);
    expect(v.groups[0]!.units[0]!.steps.length).toBeGreaterThan(0);
  });
});

describe('issues', () => {
  it('groups by sheet (no sheet last) and filters by severity', async () => {
    const wb = MemoryWorkbook.fromSheets(countySampleSheets());
    wb.put('单位', 'B3', [['不存在的类别']]);
    const v = validateIssues(await validateSubmission(wb));
    const errors = issuesBySheet(v.issues, new Set(['error']));
    expect(errors[0]?.sheet).toBe('单位');
    expect(errors[0]?.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issuesBySheet([{ code: 'x', severity: 'warning', message: { zh: '', en: '' } }, ...v.issues], new Set(['warning', 'error'])).at(-1)?.sheet).toBeNull();
    expect(issuesBySheet(v.issues, new Set())).toEqual([]);
  });
});

describe('unitAt', () => {
  it('finds the unit of the selected row, else the unit named in that row', async () => {
    const units = allUnits(rankView(await rankAndTier(MemoryWorkbook.fromSheets(countySampleSheets()))));
    const police = units.find((u) => u.name === '公安局')!;
    expect(unitAt(units, { sheet: '单位', address: `C${police.row}` })?.name).toBe('公安局');
    expect(unitAt(units, { sheet: '排名结果', address: 'A9:F9' }, ['部门', 8, '公安局', 91.3])?.name).toBe('公安局');
    expect(unitAt(units, { sheet: '排名结果', address: 'A1' }, ['排名结果'])).toBeUndefined();
    expect(rowOf('$B$12')).toBe(12);
    expect(rowOf("'指标'!C7:D9")).toBe(7);
  });
});
