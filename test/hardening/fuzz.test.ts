/**
 * Fuzzing (test/hardening/fuzz/properties.ts): a short run here in `npm test`; `npm run fuzz` runs the same
 * properties with PERF_FUZZ_RUNS=100000 shared among them. A failure prints fast-check's seed and shrunk input.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzBudget, runsFor } from './fuzz/properties';

const runs = runsFor(fuzzBudget());

describe('fuzzing', () => {
  for (const [p, numRuns] of runs) {
    it(`${p.name} (${numRuns} runs)`, () => {
      fc.assert(p.property as fc.IPropertyWithHooks<unknown[]>, { numRuns });
    }, 30 * 60_000);
  }
});
