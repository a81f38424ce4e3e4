import { describe, expect, it } from 'vitest';
import { ownsSheetsByXml } from '../../src/cli/perf-output';
import { OWNED_SHEETS_KEY } from '../../src/host/port';
import { FileWorkbook } from '../../src/host/xlsx';

async function bytes(settings: Record<string, string>): Promise<Uint8Array> {
  const wb = FileWorkbook.create({ 汇总: [['单位', '得分'], ['南牛乡', 91.5]] });
  for (const [k, v] of Object.entries(settings)) await wb.setSetting(k, v);
  return wb.toBuffer();
}

describe("perf's own output told from its settings part alone", () => {
  it('a package whose settings name sheets perf owns is perf’s', async () => {
    expect(await ownsSheetsByXml(await bytes({ 'perf.scheme': '{"kind":"county"}', [OWNED_SHEETS_KEY]: JSON.stringify(['排名结果']) }))).toBe(true);
  });

  it('a value longer than one settings cell is still found', async () => {
    const long = JSON.stringify(Array.from({ length: 4000 }, (_, i) => `结果${i}`));
    expect(await ownsSheetsByXml(await bytes({ [OWNED_SHEETS_KEY]: long }))).toBe(true);
  });

  it('settings without owned sheets, a workbook without settings and a file that is no zip are not known here', async () => {
    expect(await ownsSheetsByXml(await bytes({ 'perf.scheme': '{"kind":"county"}' }))).toBeUndefined();
    expect(await ownsSheetsByXml(await bytes({}))).toBeUndefined();
    expect(await ownsSheetsByXml(new TextEncoder().encode('单位,得分\n南牛乡,91.5\n'))).toBeUndefined();
  });

  it('the key typed as a value in a user sheet does not make it perf’s', async () => {
    const wb = FileWorkbook.create({ 汇总: [[OWNED_SHEETS_KEY, '["排名结果"]']] });
    expect(await ownsSheetsByXml(await wb.toBuffer())).toBeUndefined();
  });
});
