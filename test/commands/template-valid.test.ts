import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/host/memory';
import { insertTemplate, TEMPLATE_KINDS, validateSubmission } from '../../src/commands';

describe('template examples pass their own validation', () => {
  for (const kind of TEMPLATE_KINDS) {
    it(`${kind}: insertTemplate then validateSubmission on every sheet it added → no errors or warnings`, async () => {
      const wb = MemoryWorkbook.fromSheets({ Sheet1: [] });
      const out = await insertTemplate(wb, kind);
      expect(out.issues).toEqual([]);
      const tables = out.sheets.filter((s) => s !== '说明' && !s.startsWith('说明'));
      expect(tables.length).toBeGreaterThan(0);
      for (const sheet of tables) {
        const v = await validateSubmission(wb, { sheet });
        expect(v.type, sheet).not.toBeNull();
        expect(v.issues.filter((i) => i.severity !== 'info').map((i) => `${i.sheet}!${i.cell} ${i.message.zh}`), sheet).toEqual([]);
      }
    });
  }
});
