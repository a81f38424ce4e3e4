/**
 * The Excel add-in build: one config, two entries — the custom functions, and the task pane page, which in Office
 * loads office.js, functions.js and the ribbon bindings itself (src/taskpane/office/start.ts) and elsewhere is the
 * offline preview. Its ExcelJS (files opened or saved in the preview) is a chunk loaded only then.
 * `webpack --mode production` → dist/; `webpack serve` → https://localhost:3000 with the dev certificates.
 * `--env only=functions --env out=DIR` builds the functions entry alone (the test harness and the bench).
 * PERF_ADDIN_URL (production) rewrites the manifest's https://localhost:3000/ to where dist/ is hosted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import { LocalizedMetadataPlugin } from './scripts/localized-metadata-plugin.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

const ENTRIES = {
  functions: './src/functions/excel.ts',
  taskpane: './src/taskpane/index.tsx',
};

/** office-addin-dev-certs writes these without installing its CA (that needs sudo); we read them directly. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new Error(`缺少开发证书 / missing dev certificates in ${dir}: ${missing.join(', ')} — run \`npm start\` (it generates them)`);
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/** The manifest as served: localhost URLs replaced for a production host when PERF_ADDIN_URL is set. */
function manifestFor(content, production) {
  const url = process.env.PERF_ADDIN_URL;
  if (!production || url === undefined || url === '') return content;
  if (!url.startsWith('https://')) throw new Error(`PERF_ADDIN_URL must be an https URL, got ${url}`);
  return Buffer.from(content.toString().replaceAll(DEV_URL, url.endsWith('/') ? url : `${url}/`));
}

export default (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const only = typeof env.only === 'string' ? env.only.split(',') : Object.keys(ENTRIES);
  const entry = Object.fromEntries(only.map((name) => [name, ENTRIES[name]]));
  const has = (name) => only.includes(name);
  const out = path.resolve(root, typeof env.out === 'string' ? env.out : 'dist');

  const plugins = [];
  if (has('functions')) {
    plugins.push(
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/excel.ts' }),
      new LocalizedMetadataPlugin({ input: 'functions.json', output: 'functions.zh-CN.json', source: './src/functions/metadata-zh.ts' }),
    );
  }
  if (has('taskpane')) {
    // The shared runtime page: functions, ribbon commands and pane run in it; taskpane.js loads the rest as needed.
    plugins.push(
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      // FileWorkbook in the browser: bytes in and out, no Node file system or zlib (src/host/file/io.browser.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/(file\/)?io$/, (r) => {
        if (path.resolve(r.context, r.request) === path.join(root, 'src', 'host', 'file', 'io')) r.request += '.browser';
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, production) },
          // Served from our own origin, never a CDN; marked minimized or the production build takes minutes.
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            info: { minimized: true },
            globOptions: { ignore: ['**/*.debug.js'] },
          },
          // ExcelJS's own browser build, loaded by the preview only when a file is opened or saved (see externals).
          { from: 'node_modules/exceljs/dist/exceljs.min.js', to: 'vendor/exceljs.min.js', info: { minimized: true } },
        ],
      }),
    );
  }

  return {
    context: root,
    entry,
    target: 'web',
    devtool: production ? false : 'source-map',
    // dist/ also holds the CLI build (npm run build:cli); keep it when cleaning.
    output: { path: out, filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js', clean: { keep: (asset) => asset.startsWith('cli.') } },
    // csv-parse's browser build carries its own Buffer (the page has none); the CSV reader is the same code.
    resolve: { extensions: ['.ts', '.tsx', '.js'], alias: { 'csv-parse/sync$': 'csv-parse/browser/esm/sync' } },
    module: {
      rules: [
        // The engine is pure: modules a function does not use (sheet readers, explanations) drop out of its bundle.
        { test: /src[\\/]engine[\\/]/, sideEffects: false },
        // So do the commands' (the pane imports a constant or two); the ribbon bindings run for their effect.
        { test: /src[\\/]commands[\\/](?!excel-ribbon)/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !production } } },
        },
      ],
    },
    plugins,
    // The page reads ExcelJS from the global its browser build defines (vendor/exceljs.min.js, loaded on demand):
    // bundling it would re-minify 900 KB on every build for nothing.
    externals: has('taskpane') ? { exceljs: 'ExcelJS' } : {},
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_SERVE ? devCertificates() : {} },
    },
  };
};
