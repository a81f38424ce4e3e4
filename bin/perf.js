#!/usr/bin/env node
// The `perf` command: runs the bundle built by `npm run build:cli` (src/cli/main.ts → dist/cli.js).
process.setSourceMapsEnabled?.(true);
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    process.stderr.write('perf: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n');
    process.exit(3);
  }
  throw e;
}
process.exitCode = await cli.run(process.argv.slice(2));
