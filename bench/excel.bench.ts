/**
 * Excel round trips of the ribbon commands at 10,000 rows, counted on the fake Excel (office-addin-mock objects).
 * The design promises at most 3 context.sync() calls on EVERY path: `excel.rankAndTier.syncs.10000` and
 * `excel.validate.syncs.10000` are the maximum over the paths of test/commands/excel-paths.ts (summary, detailed
 * workbook, Excel table, reruns incl. from 排名结果, with and without errors; every submission type).
 * `excel.*.requestKB.10000` is the largest single request on those paths: the JSON the fake sizes at each sync.
 */
import { maxSyncs, RANK_PATHS, VALIDATE_PATHS } from '../test/commands/excel-paths';
import type { Figures } from './run';

const N = 10_000;

export default async (): Promise<Figures> => {
  const figures: Figures = {};
  const of = (name: string) => RANK_PATHS.find((p) => p.name === name)!;
  for (const [key, path] of [['summary', 'summary'], ['detail', 'detailed workbook'], ['fromResults', 'summary rerun from 排名结果']] as const) {
    figures[`excel.rankAndTier.${key}.syncs.10000`] = { value: (await of(path).run(N)).syncs, unit: 'syncs' };
  }
  const rank = await maxSyncs(RANK_PATHS, N);
  const validate = await maxSyncs(VALIDATE_PATHS, N);
  figures['excel.rankAndTier.syncs.10000'] = { value: rank.syncs, unit: 'syncs' };
  figures['excel.validate.syncs.10000'] = { value: validate.syncs, unit: 'syncs' };
  // The largest single request over the same paths (Excel on the web refuses requests past ~5 MB; goal ≤ 5,000 KB).
  figures['excel.rankAndTier.requestKB.10000'] = { value: rank.requestKB, unit: 'KB' };
  figures['excel.validate.requestKB.10000'] = { value: validate.requestKB, unit: 'KB' };
  console.log(`largest requests: rankAndTier ${rank.requestKB.toFixed(0)} KB (${rank.requestPath}), validate ${validate.requestKB.toFixed(0)} KB (${validate.requestPath})`);
  return figures;
};
