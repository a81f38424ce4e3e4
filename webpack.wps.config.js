/**
 * The WPS 表格 add-in build (npm run build:wps): an add-in folder installable offline, dist-wps/绩效_<version>/ —
 * index.html (the entry page: PERF functions and ribbon callbacks), ribbon.xml, images/, and taskpane.html, the same
 * pane build as Excel's — plus the install scripts beside it (install-wps.ps1 / .sh, uninstall-wps.ps1 / .sh).
 * `--env only=entry` builds without the pane (the tests' quick build); `--env out=DIR` writes elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { tsRules } from './scripts/webpack-ts-rules.js';
import { addinFolder, renderInstaller } from './scripts/wps-package.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const FOLDER = addinFolder(version);
const INSTALLERS = ['install-wps.sh', 'uninstall-wps.sh', 'install-wps.ps1', 'uninstall-wps.ps1'];

const ENTRIES = {
  entry: './src/wps/entry.ts',
  taskpane: './src/taskpane/index.tsx',
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
  if (only.includes('taskpane')) {
    plugins.push(new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], publicPath: '' }));
  }
  return {
    context: root,
    entry: Object.fromEntries(only.map((name) => [name, ENTRIES[name]])),
    target: 'web',
    devtool: production ? false : 'source-map',
    output: { path: path.join(out, FOLDER), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: tsRules(production) },
    plugins: [...plugins, executable],
    performance: { hints: false },
  };
};
