/**
 * functions.bundle.gzipKB: the production functions bundle (the PERF functions with the engine code
 * they pull in), gzipped, in KB. Goal ≤ 40. The "no React in it" check is a test (test/functions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFunctions } from '../test/functions/build-functions';

export default async function functionsBench(): Promise<Record<string, { value: number; unit: string }>> {
  const bundle = readFileSync(join(buildFunctions(), 'functions.js'));
  return {
    'functions.bundle.gzipKB': { value: gzipSync(bundle, { level: 9 }).length / 1024, unit: 'KB' },
    'functions.bundle.minKB': { value: bundle.length / 1024, unit: 'KB' },
  };
}
