/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has generated functions.json from excel.ts's JSDoc,
 * restore reserved-word parameter names and emit functions.zh-CN.json from the registry's Chinese texts.
 * Any disagreement between the two sources, or a missing Chinese text, fails the build.
 */
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import webpack from 'webpack';

const NAME = 'LocalizedMetadataPlugin';

export class LocalizedMetadataPlugin {
  /** @param {{ input: string, output: string, source: string }} options asset names and the path of metadata-zh.ts */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { input, output, source } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const asset = compilation.getAsset(input);
        if (asset === undefined) {
          compilation.errors.push(new webpack.WebpackError(`${NAME}: ${input} was not generated`));
          return;
        }
        // tsImport loads the TypeScript registry in its own namespace, so a watch rebuild sees edited texts.
        const { buildLocalizedMetadata } = await tsImport(path.resolve(source), import.meta.url);
        const { en, zh, problems } = buildLocalizedMetadata(JSON.parse(asset.source.source().toString()));
        for (const problem of problems) compilation.errors.push(new webpack.WebpackError(`${NAME}: ${problem}`));
        compilation.updateAsset(input, new webpack.sources.RawSource(`${JSON.stringify(en, null, 2)}\n`));
        compilation.emitAsset(output, new webpack.sources.RawSource(`${JSON.stringify(zh, null, 2)}\n`));
      });
    });
  }
}
