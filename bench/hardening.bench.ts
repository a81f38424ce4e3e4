/**
 * Hardening figures (issue 15), from the same corpus and properties the tests run:
 *  hardening.corpus.cases  bad-input corpus runs: each file of test/fixtures/bad through each of its doors (perf,
 *                          file workbook, memory workbook) plus each PERF.* case of the argument corpus
 *  hardening.fuzz.runs     fast-check runs over the table reader, the schemes and the functions (PERF_FUZZ_RUNS, default 100,000)
 *  hardening.failures      corpus runs that did not give what corpus.ts says, plus properties that failed (goal 0)
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { callFunction, isInputError } from '../src/functions/registry';
import { ensureBuilt, ROOT, tempDir } from '../test/cli/harness';
import { CORPUS, type Door } from '../test/fixtures/bad/corpus';
import { FUNCTION_CORPUS } from '../test/fixtures/bad/functions';
import { judge, runCase } from '../test/hardening/corpus-run';
import { runsFor } from '../test/hardening/fuzz/properties';
import type { Figures } from './run';

/** A PERF case gives its value, or a PerfInputError whose message has both fragments. */
function functionCaseHolds(c: (typeof FUNCTION_CORPUS)[number]): boolean {
  try {
    const v = callFunction(c.id, c.args);
    return 'value' in c.gives && JSON.stringify(v) === JSON.stringify(c.gives.value);
  } catch (e) {
    return !('value' in c.gives) && isInputError(e) && e.message.includes(c.gives.zh) && e.message.includes(c.gives.en);
  }
}

export default async function hardening(): Promise<Figures> {
  await ensureBuilt();
  const dir = tempDir('bench-hardening');
  mkdirSync(join(dir, 'out'));
  let cases = 0;
  let failures = 0;
  try {
    for (const c of CORPUS) copyFileSync(join(ROOT, 'test/fixtures/bad', c.file), join(dir, c.file));
    for (const c of CORPUS) {
      const doors: Door[] = c.fileLevel ? ['cli', 'file'] : ['cli', 'file', 'memory'];
      for (const door of doors) {
        cases++;
        const problems = judge(c, await runCase(c, dir, door).catch((e: unknown) => ({ exit: -1, errors: [[String(e), null] as const], messages: [], units: [] })));
        if (problems.length > 0) {
          failures++;
          console.error(`hardening: ${c.file} via ${door}: ${problems.join('; ')}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const c of FUNCTION_CORPUS) {
    cases++;
    if (!functionCaseHolds(c)) {
      failures++;
      console.error(`hardening: PERF.${c.id}(${JSON.stringify(c.args).slice(0, 60)}) did not give ${JSON.stringify(c.gives)}`);
    }
  }
  let runs = 0;
  for (const [p, numRuns] of runsFor(Number(process.env['PERF_FUZZ_RUNS'] ?? 100_000))) {
    const out = await fc.check(p.property as fc.IPropertyWithHooks<unknown[]>, { numRuns });
    runs += out.numRuns;
    if (out.failed) {
      failures++;
      console.error(`hardening: property failed: ${p.name}\n${fc.defaultReportMessage(out) ?? ''}`);
    }
  }
  return {
    'hardening.corpus.cases': { value: cases, unit: 'cases' },
    'hardening.fuzz.runs': { value: runs, unit: 'runs' },
    'hardening.failures': { value: failures, unit: 'failures' },
  };
}
