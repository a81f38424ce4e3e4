/**
 * `npm run build:cli`: the `perf` command as bin/perf.js runs it —
 *  dist/cli.js   src/cli/main.ts and the chunks it loads on demand (dist/chunks/*.js): each command its own chunk, so a
 *                command loads only what it needs, and `perf --version` nothing but this file;
 *  dist/eval.js  src/cli/eval-main.ts in one file: `perf eval` loads one module, no zod, no ExcelJS, no file code.
 * src/engine and src/functions are marked free of side effects (as webpack.config.js does for the add-in), so a module
 * nobody uses is dropped whole. Chunk names carry a content hash: a build landing while another process runs the
 * previous one never mixes the two. Shared by package.json and the CLI test harness (test/cli/harness.ts).
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PURE = /[\\/]src[\\/](engine|functions)[\\/]/;

/** Modules under src/engine and src/functions only define things: unused ones are dropped whole. */
const pureSources = {
  name: 'pure-sources',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'pure') return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'pure' });
      return r.errors.length > 0 || !PURE.test(r.path) ? undefined : { ...r, sideEffects: false };
    });
  },
};

/**
 * ExcelJS as the CLI bundles it: its entry requires the streaming reader and writer (and their zip libraries, about
 * 450 KB of the 1.1 MB) up front; here they stay out of the chunks (external, required from node_modules when first
 * used), so a command that reads or writes a whole workbook neither compiles nor runs them.
 */
const EXCELJS = `
module.exports = Object.assign(
  {
    Workbook: require('exceljs/lib/doc/workbook'),
    ModelContainer: require('exceljs/lib/doc/modelcontainer'),
    stream: {
      xlsx: {
        get WorkbookWriter() { return require('exceljs/lib/stream/xlsx/workbook-writer'); },
        get WorkbookReader() { return require('exceljs/lib/stream/xlsx/workbook-reader'); },
      },
    },
  },
  require('exceljs/lib/doc/enums'),
);`;
const lazyExceljs = {
  name: 'lazy-exceljs',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'perf-exceljs' }));
    b.onLoad({ filter: /.*/, namespace: 'perf-exceljs' }, () => ({ contents: EXCELJS, loader: 'js', resolveDir: ROOT }));
  },
};

const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The dependencies bundled in: resolving and reading ExcelJS's few hundred CommonJS files one at a time cost more
  // start-up than compiling them from one chunk. Their `require`s of Node's built-ins need a real require in ESM.
  banner: { js: "import { createRequire as __perfRequire } from 'node:module'; const require = __perfRequire(import.meta.url);" },
  // Less to parse at every start; --debug maps stack traces back through the source maps.
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [pureSources, lazyExceljs],
  external: ['exceljs/lib/stream/*'],
};

/**
 * Builds into `outdir` (default dist/). `clean` first removes the chunks of earlier builds; the test harness, which
 * may build while other test files run the CLI, leaves them.
 */
export async function buildCli({ outdir = join(ROOT, 'dist'), clean = true } = {}) {
  // Staged beside outdir, at its depth, so the source maps' relative paths hold once the files are moved in.
  const staging = `${outdir}.build-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await build({
    ...COMMON,
    entryPoints: { cli: join(ROOT, 'src/cli/main.ts') },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outdir: staging,
  });
  await build({ ...COMMON, entryPoints: { eval: join(ROOT, 'src/cli/eval-main.ts') }, outdir: staging });
  if (clean) await rm(join(outdir, 'chunks'), { recursive: true, force: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  // Chunks first, the entries last: until an entry is renamed in, the old entry and its chunks stay whole.
  for (const f of await readdir(join(staging, 'chunks'))) await rename(join(staging, 'chunks', f), join(outdir, 'chunks', f));
  for (const f of ['eval.js.map', 'eval.js', 'cli.js.map', 'cli.js']) await rename(join(staging, f), join(outdir, f));
  await rm(staging, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
