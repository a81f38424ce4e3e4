#!/usr/bin/env node
// The `perf` command: runs the bundle built by `npm run build:cli` (src/cli/main.ts → dist/cli.js).
process.setSourceMapsEnabled?.(true);
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    // The bundle itself missing is "not built"; a package it imports missing is an incomplete install.
    const missing = /Cannot find (?:module|package) '([^']+)'/.exec(String(e.message))?.[1] ?? '';
    process.stderr.write(/dist[\\/]cli\.js$/.test(missing)
      ? 'perf: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n'
      : `perf: 缺少运行所需的模块“${missing}”，请在 perf 所在的文件夹运行 npm install / the module "${missing}" perf needs is not installed: run npm install where perf is installed\n`);
    process.exit(3);
  }
  throw e;
}
process.exitCode = await cli.run(process.argv.slice(2));
