/**
 * The WPS 表格 add-in build (npm run build:wps): an add-in folder installable offline, dist-wps/绩效_<version>/ —
 * index.html (the entry page: PERF functions and ribbon callbacks), ribbon.xml, images/, and taskpane.html with its
 * chunks, assets/ and vendor/ — the same pane build as Excel's, from scripts/webpack-shared.js — plus the install
 * scripts beside it (install-wps.ps1 / .sh, uninstall-wps.ps1 / .sh).
 * `--env only=entry` builds without the pane (the tests' quick build); `--env out=DIR` writes elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { CHUNK_FILENAME, moduleRules, PANE_ENTRY, paneExternals, panePlugins, resolve } from './scripts/webpack-shared.js';
import { addinFolder, renderInstaller } from './scripts/wps-package.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const FOLDER = addinFolder(version);
const INSTALLERS = ['install-wps.sh', 'uninstall-wps.sh', 'install-wps.ps1', 'uninstall-wps.ps1'];

const ENTRIES = {
  entry: './src/wps/entry.ts',
  taskpane: PANE_ENTRY,
};

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const only = typeof env.only === 'string' ? env.only.split(',') : Object.keys(ENTRIES);
  const out = path.resolve(root, typeof env.out === 'string' ? env.out : 'dist-wps');
  // The shell scripts are run as ./install-wps.sh too: make them executable once written.
  const executable = {
    apply: (compiler) => compiler.hooks.afterEmit.tap('wps-installers', () => {
      for (const file of INSTALLERS.filter((f) => f.endsWith('.sh'))) fs.chmodSync(path.join(out, file), 0o755);
    }),
  };
  const plugins = [
    new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['entry'], publicPath: '', scriptLoading: 'blocking' }), // callbacks defined before WPS asks
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
        { from: 'src/wps/images/*.svg', to: 'images/[name][ext]' },
        // beside the add-in folder, not in it: they copy the folder into WPS's jsaddons
        ...INSTALLERS.map((file) => ({ from: `src/wps/install/${file}`, to: `../${file}`, transform: (content) => renderInstaller(content, version, file) })),
      ],
    }),
  ];
  // The pane page exactly as Excel's build makes it for the browser (scripts/webpack-shared.js): in WPS it finds
  // WPS's globals and starts on the WPS adapter, never loading office.js (not even copied here).
  if (only.includes('taskpane')) plugins.push(...panePlugins(root));
  return {
    context: root,
    entry: Object.fromEntries(only.map((name) => [name, ENTRIES[name]])),
    target: 'web',
    devtool: production ? false : 'source-map',
    output: { path: path.join(out, FOLDER), filename: '[name].js', chunkFilename: CHUNK_FILENAME, clean: true },
    resolve,
    module: { rules: moduleRules(production) },
    plugins: [...plugins, executable],
    externals: only.includes('taskpane') ? paneExternals : {},
    performance: { hints: false },
  };
};
