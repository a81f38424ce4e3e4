import { describe, expect, it } from 'vitest';
import { validateTargetTable } from '../engine';
import { fiscalTargetSampleSheet } from './fiscal';

describe('fiscal sample', () => {
  it('FISCAL.md §1: the target-table sample validates without an error, two projects', () => {
    const r = validateTargetTable(fiscalTargetSampleSheet(), { sheet: '绩效目标表', row: 1, col: 1 });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.projects.map((p) => p.name)).toEqual(['农村道路养护', '城乡居民健康体检']);
  });
});
