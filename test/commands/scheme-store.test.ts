import { describe, expect, it } from 'vitest';
import { countyPreset, engineerPreset, stableJson } from '../../src/engine';
import { MemoryWorkbook } from '../../src/host/memory';
import { FileWorkbook } from '../../src/host/xlsx';
import { loadScheme, rankAndTier, resolveScheme, saveScheme, SCHEME_KEY, storedScheme } from '../../src/commands';
import { engineerResults } from './fixtures';

describe('scheme storage in the workbook', () => {
  it('falls back to the preset of the needed kind when none is stored', async () => {
    const r = await loadScheme(MemoryWorkbook.fromSheets({ S: [] }), 'engineer');
    expect(r).toMatchObject({ ok: true, value: engineerPreset });
  });

  it('stores a validated scheme as stable JSON under perf.scheme and reads it back', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    const mine = { ...countyPreset, rankMode: 'dense' as const };
    expect((await saveScheme(wb, mine)).ok).toBe(true);
    expect(await wb.getSetting(SCHEME_KEY)).toBe(stableJson(mine));
    expect(await loadScheme(wb, 'county')).toMatchObject({ ok: true, value: { rankMode: 'dense' } });
  });

  it('tells a stored scheme (validated) from none stored, where loadScheme would give the preset', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    expect(await storedScheme(wb)).toBeUndefined();
    await saveScheme(wb, engineerPreset);
    expect(await storedScheme(wb)).toMatchObject({ ok: true, value: { kind: 'engineer' } });
    await wb.setSetting(SCHEME_KEY, '{not json');
    expect(await storedScheme(wb)).toMatchObject({ ok: false, issues: [{ code: 'command.scheme-json' }] });
  });

  it('refuses to store an invalid scheme and leaves the stored one alone', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    const r = await saveScheme(wb, { ...countyPreset, precision: 'two' });
    expect(r.ok).toBe(false);
    expect(await wb.getSetting(SCHEME_KEY)).toBeUndefined();
  });

  it('reports stored text that is not JSON instead of using it', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    await wb.setSetting(SCHEME_KEY, '{not json');
    const r = await loadScheme(wb, 'county');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('command.scheme-json');
  });

  it('issue 8: a stored engineer scheme with "step": "whole" is refused naming the key, so 102.5 vs 100 is never silently scored 99.5', async () => {
    const wb = MemoryWorkbook.fromSheets({ 工程师: [['姓名', '驳回次数', '逾期次数', '实际预算费用', '计划预算费用', '论文数'], ['张工', 0, 0, 102.5, 100, 0]] });
    await wb.setSetting(SCHEME_KEY, JSON.stringify({ ...engineerPreset, step: 'whole' }));
    const refused = await rankAndTier(wb);
    expect(refused.written).toBeNull();
    expect(refused.issues.map((i) => [i.code, i.field])).toEqual([['scheme.unknown-key', 'step']]);
    await wb.setSetting(SCHEME_KEY, JSON.stringify({ ...engineerPreset, costStep: 'whole' }));
    expect(engineerResults(await rankAndTier(wb)).map((p) => p.rounded)).toEqual([99.6]);
  });

  it('a caller’s kind or scheme overrides the stored one', async () => {
    const wb = MemoryWorkbook.fromSheets({ S: [] });
    await saveScheme(wb, { ...countyPreset, rankMode: 'dense' });
    expect(await resolveScheme(wb, 'county', 'county')).toMatchObject({ ok: true, value: { rankMode: 'competition' } });
    expect(await resolveScheme(wb, engineerPreset, 'county')).toMatchObject({ ok: true, value: { kind: 'engineer' } });
  });

  it('travels with the file: saved in one .xlsx, read back after reopening', async () => {
    const wb = FileWorkbook.create({ S: [['x']] });
    await saveScheme(wb, { ...countyPreset, precision: 1 });
    const reopened = await FileWorkbook.fromBuffer(await wb.toBuffer(), 'scheme.xlsx');
    expect(await loadScheme(reopened, 'county')).toMatchObject({ ok: true, value: { precision: 1 } });
    expect(await reopened.sheetNames()).toEqual(['S']);
  });
});
