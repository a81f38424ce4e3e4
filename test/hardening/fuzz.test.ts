/**
 * Fuzzing (test/hardening/fuzz/properties.ts): a short run here in `npm test`; `npm run fuzz` runs the same
 * properties with PERF_FUZZ_RUNS=100000 shared among them. A failure prints fast-check's seed and shrunk input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineerSheetSpec, penaltySheetSpec, presets, rankRows, staffPenalties, type CellValue } from '../../src/engine';
import { fuzzBudget, plausibleSheet, runsFor, selfEvalSheet, staffSheet } from './fuzz/properties';

const runs = runsFor(fuzzBudget());

describe('fuzzing', () => {
  for (const [p, numRuns] of runs) {
    it(`${p.name} (${numRuns} runs)`, () => {
      fc.assert(p.property as fc.IPropertyWithHooks<unknown[]>, { numRuns });
    }, 30 * 60_000);
  }
});

describe('the fuzzed sheets reach the scoring (a property over sheets nobody can read would hold vacuously)', () => {
  const origin = { sheet: 'Fuzz', row: 1, col: 1 };
  const share = (sheets: CellValue[][][], ranked: (v: CellValue[][]) => number): number => sheets.filter((v) => ranked(v) > 0).length / sheets.length;
  it.each([
    ['engineer', () => share(fc.sample(plausibleSheet(engineerSheetSpec), 100), (v) => rankRows(presets.engineer, { values: v, origin }).ranking.results.length)],
    ['staff', () => share(fc.sample(staffSheet, 100), (v) => rankRows(presets.staff, { values: v, origin }).ranking.results.length)],
    ['fiscal self-evaluation', () => share(fc.sample(selfEvalSheet, 100), (v) => rankRows(presets.fiscal, { values: v, origin }).ranking.results.length)],
    ['HR penalties', () => share(fc.sample(plausibleSheet(penaltySheetSpec), 100), (v) => staffPenalties({ values: v, origin }, presets.staff).ranking.results.length)],
  ])('%s: most generated sheets give results', (_name, measure) => {
    expect(measure()).toBeGreaterThan(0.3);
  });
});
