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
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/](cli|eval)\.js/.test(String(e.message))) {
    process.stderr.write('perf: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n');
    process.exit(3);
  }
  throw e;
}
process.exitCode = await cli.run(argv);
