/**
 * The TypeScript module rules both builds use (webpack.config.js for Excel, webpack.wps.config.js for WPS).
 * The engine is pure: modules a bundle does not use (sheet readers, explanations) drop out of it.
 */
export const tsRules = (production) => [
  { test: /src[\\/]engine[\\/]/, sideEffects: false },
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !production } } },
  },
];
