/**
 * Excel round trips of the ribbon commands: context.sync() calls made by rankAndTier and validateSubmission
 * on 10,000 rows, counted on HOST's fake Excel (office-addin-mock objects). The design promises at most 3.
 */
import { rankAndTier, validateSubmission } from '../src/commands';
import { engineerRows, excelSyncs } from '../test/commands/excel-harness';
import { generatedSummary } from '../test/commands/fixtures';
import type { Figures } from './run';

export default async (): Promise<Figures> => {
  const rank = await excelSyncs(generatedSummary(10_000), (wb) => rankAndTier(wb));
  const validate = await excelSyncs(engineerRows(10_000), (wb) => validateSubmission(wb));
  return {
    'excel.rankAndTier.syncs.10000': { value: rank.syncs, unit: 'syncs' },
    'excel.validate.syncs.10000': { value: validate.syncs, unit: 'syncs' },
  };
};
