#!/usr/bin/env node
// The `perf` command: runs the bundles built by `npm run build:cli` (scripts/build-cli.js). `perf eval` runs from
// dist/eval.js, one file holding all a formula needs, so it answers about as fast as node starts; the rest from
// dist/cli.js, which loads each command when it runs.
const argv = process.argv.slice(2);
// Source maps only for --debug, the one output that shows a stack: mapping each module as it loads costs start-up time.
if (argv.includes('--debug')) process.setSourceMapsEnabled?.(true);
let cli;
try {
  cli = await import(argv[0] === 'eval' ? '../dist/eval.js' : '../dist/cli.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    // The bundle itself missing is "not built"; a package it imports missing is an incomplete install (a command's
    // own chunk missing a package is reported the same way by src/cli/dispatch.ts).
    const missing = /Cannot find (?:module|package) '([^']+)'/.exec(String(e.message))?.[1] ?? '';
    process.stderr.write(/dist[\\/](cli|eval)\.js$/.test(missing)
      ? 'perf: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n'
      : `perf: 缺少运行所需的模块“${missing}”，请在 perf 所在的文件夹运行 npm install / the module "${missing}" perf needs is not installed: run npm install where perf is installed\n`);
    process.exit(3);
  }
  throw e;
}
process.exitCode = await cli.run(argv);
