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
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import { LocalizedMetadataPlugin } from './scripts/localized-metadata-plugin.js';
import { CHUNK_FILENAME, moduleRules, PANE_ENTRY, paneExternals, panePlugins, resolve } from './scripts/webpack-shared.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

const ENTRIES = {
  functions: './src/functions/excel.ts',
  taskpane: PANE_ENTRY,
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
    // The page itself is the one WPS gets too (scripts/webpack-shared.js); Office adds its manifest and office.js.
    plugins.push(
      ...panePlugins(root, [
        { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, production) },
        // Served from our own origin, never a CDN; marked minimized or the production build takes minutes.
        {
          from: 'node_modules/@microsoft/office-js/dist',
          to: 'office-js',
          info: { minimized: true },
          globOptions: { ignore: ['**/*.debug.js'] },
        },
      ]),
    );
  }

  return {
    context: root,
    entry,
    target: 'web',
    devtool: production ? false : 'source-map',
    // dist/ also holds the CLI build (npm run build:cli); keep it when cleaning.
    output: { path: out, filename: '[name].js', chunkFilename: CHUNK_FILENAME, clean: { keep: (asset) => asset.startsWith('cli.') } },
    resolve,
    module: { rules: moduleRules(production) },
    plugins,
    externals: has('taskpane') ? paneExternals : {},
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_SERVE ? devCertificates() : {} },
    },
  };
};
