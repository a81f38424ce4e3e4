import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const engineDir = resolve(__dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier imported by a source file. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('engine purity', () => {
  const files = sourceFiles(engineDir);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports nothing outside src/engine except zod', () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(f)) {
        if (spec === 'zod' || spec.startsWith('zod/')) continue;
        const inside = spec.startsWith('.') && resolve(f, '..', spec).startsWith(engineDir);
        if (!inside) offenders.push(`${relative(engineDir, f)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps generic ranking generic: src/engine/ranking imports nothing of a scheme (the county tiers live with the county)', () => {
    const rankingDir = join(engineDir, 'ranking');
    const offenders = files
      .filter((f) => f.startsWith(rankingDir))
      .flatMap((f) => importsOf(f).filter((spec) => !resolve(f, '..', spec).startsWith(join(engineDir, 'core')) && !resolve(f, '..', spec).startsWith(rankingDir)).map((spec) => `${relative(engineDir, f)} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('the compiler checks purity too: npm run typecheck compiles src/engine on its own tsconfig (no DOM, no Node types), and npm test runs it first', () => {
    const pkg = JSON.parse(readFileSync(resolve(engineDir, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    const own = JSON.parse(readFileSync(join(engineDir, 'tsconfig.json'), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(pkg.scripts['typecheck']).toContain('tsc -p src/engine/tsconfig.json --noEmit');
    expect(pkg.scripts['test']).toMatch(/^npm run typecheck && /);
    expect(own.compilerOptions).toMatchObject({ lib: ['ES2022'], types: [] });
  });

  it('holds no test fixture: every engine source is imported by the engine itself (fixtures live in test/engine/fixtures)', () => {
    // The two entries: index.ts (everything) and scoring.ts (the zod-free surface the PERF functions and perf eval import).
    const entries = [join(engineDir, 'index.ts'), join(engineDir, 'scoring.ts')];
    const imported = new Set(files.flatMap((f) => importsOf(f).filter((spec) => spec.startsWith('.')).map((spec) => resolve(f, '..', spec).replace(/(\/index)?(\.ts)?$/, ''))));
    const orphans = files.filter((f) => !entries.includes(f) && !imported.has(f.replace(/(\/index)?\.ts$/, '')));
    expect(orphans.map((f) => relative(engineDir, f))).toEqual([]);
  });

  it('touches no host global (Office, Excel, window, document, process)', () => {
    const offenders = files.filter((f) => /\b(Office|Excel|CustomFunctions|window|document|process)\.\w/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(engineDir, f))).toEqual([]);
  });

  it('the import check itself catches a foreign import', () => {
    expect([...`import x from 'exceljs';\nimport { y } from '../host/port';`.matchAll(IMPORT)].map((m) => m[1])).toEqual(['exceljs', '../host/port']);
  });
});
