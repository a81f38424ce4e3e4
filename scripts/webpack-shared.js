/**
 * What both add-in builds share — webpack.config.js (Excel) and webpack.wps.config.js (WPS) — so the task pane page
 * is one build for both hosts: the TypeScript rules with their sideEffects marks, how modules resolve, the pane's
 * page and lazy chunks, the browser's file/io, and ExcelJS as an external loaded on demand. Each config adds only
 * what its host needs besides (Excel: functions.js, office.js, the manifest; WPS: the entry page, ribbon.xml).
 */
import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

export const PANE_ENTRY = './src/taskpane/index.tsx';

/** Lazy chunks (each command, the scheme editor, the host's glue) in a folder of their own, named by content. */
export const CHUNK_FILENAME = 'chunks/[name].[contenthash:8].js';

export const moduleRules = (production) => [
  // The engine is pure: modules a function does not use (sheet readers, explanations) drop out of its bundle.
  { test: /src[\\/]engine[\\/]/, sideEffects: false },
  // So do the commands' (the pane imports a constant or two); the ribbon bindings run for their effect.
  { test: /src[\\/]commands[\\/](?!excel-ribbon)/, sideEffects: false },
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !production } } },
  },
];

// csv-parse's browser build carries its own Buffer (the page has none); the CSV reader is the same code.
export const resolve = { extensions: ['.ts', '.tsx', '.js'], alias: { 'csv-parse/sync$': 'csv-parse/browser/esm/sync' } };

/**
 * The page reads ExcelJS from the global its browser build defines (vendor/exceljs.min.js, loaded on demand):
 * bundling it would re-minify 900 KB on every build for nothing.
 */
export const paneExternals = { exceljs: 'ExcelJS' };

/** What the pane page copies beside itself: its icons, and ExcelJS's own browser build (loaded only to open or save a file). */
export const panePatterns = [
  { from: 'assets/*.png', to: 'assets/[name][ext]' },
  { from: 'node_modules/exceljs/dist/exceljs.min.js', to: 'vendor/exceljs.min.js', info: { minimized: true } },
];

/** The pane page (taskpane.html loading the `taskpane` entry) and the browser's file/io; `extra` copy patterns join the pane's. */
export function panePlugins(root, extra = []) {
  const io = path.join(root, 'src', 'host', 'file', 'io');
  return [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    // FileWorkbook in the browser: bytes in and out, no Node file system or zlib (src/host/file/io.browser.ts).
    new webpack.NormalModuleReplacementPlugin(/^\.\/(file\/)?io$/, (r) => {
      if (path.resolve(r.context, r.request) === io) r.request += '.browser';
    }),
    new CopyWebpackPlugin({ patterns: [...panePatterns, ...extra] }),
  ];
}
