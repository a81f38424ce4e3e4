import { describe, expect, it } from 'vitest';
import { blockFingerprint, planFingerprint } from '../../src/commands/fingerprint';
import type { SheetPlan } from '../../src/commands/types';

const plan = (blocks: SheetPlan['blocks']): SheetPlan => ({ name: 'S', blocks, formats: [], conditional: [], lists: [] });

describe('results fingerprint', () => {
  const written = plan([{ row: 1, col: 1, values: [['标题']] }, { row: 3, col: 1, values: [['单位', '得分'], ['甲', 92.5]] }]);

  it('matches the same values read back as one used-range block (blanks ignored)', () => {
    const back = { sheet: 'S', address: 'A1:B4', origin: { row: 1, col: 1 }, values: [['标题', null], [null, null], ['单位', '得分'], ['甲', 92.5]] };
    expect(blockFingerprint(back)).toBe(planFingerprint(written));
  });

  it('tolerates float noise beyond 12 digits, as hosts store 15', () => {
    const back = { sheet: 'S', address: 'A1:B4', origin: { row: 1, col: 1 }, values: [['标题', null], [null, null], ['单位', '得分'], ['甲', 92.50000000000001]] };
    expect(blockFingerprint(back)).toBe(planFingerprint(written));
  });

  it('changes when a cell is edited, added or cleared', () => {
    const base = [['标题', null], [null, null], ['单位', '得分'], ['甲', 92.5]];
    const at = (values: (string | number | null)[][]) => blockFingerprint({ sheet: 'S', address: 'A1', origin: { row: 1, col: 1 }, values });
    expect(at([['标题', null], [null, null], ['单位', '得分'], ['甲', 92.6]])).not.toBe(at(base));
    expect(at([['标题', '我的备注'], [null, null], ['单位', '得分'], ['甲', 92.5]])).not.toBe(at(base));
    expect(at([['标题', null], [null, null], ['单位', '得分'], [null, 92.5]])).not.toBe(at(base));
    expect(at([['甲', null], [null, null], ['单位', '得分'], ['标题', 92.5]])).not.toBe(at(base));
  });
});
