/**
 * `npm run bench`: runs every bench/*.bench.ts (each default-exports an async function returning
 * `{ name: { value, unit } }`), prints the figures and writes bench/results.json (one flat object).
 * Figures are measurements on this machine, not pass/fail tests.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Figure {
  readonly value: number;
  readonly unit: string;
}
export type Figures = Record<string, Figure>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

async function main(): Promise<void> {
  const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
  const outPath = join(here, 'results.json');
  let results: Figures = {};
  try {
    results = JSON.parse(await readFile(outPath, 'utf8')) as Figures;
  } catch {
    results = {};
  }
  for (const f of files) {
    if (only.length > 0 && !only.some((o) => f.includes(o))) continue;
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<Figures> };
    const figures = await mod.default();
    for (const [name, fig] of Object.entries(figures)) {
      results[name] = { value: Number(fig.value.toFixed(3)), unit: fig.unit };
      console.log(`${name.padEnd(36)} ${String(results[name]!.value).padStart(12)} ${fig.unit}`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(outPath, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`written ${outPath}`);
}

await main();
