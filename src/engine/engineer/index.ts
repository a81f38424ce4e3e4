/** The `engineer` scheme: 工程预算部 monthly scoring (篇1). */
export { checkEngineerScheme, engineerSchemeSchema, type EngineerScheme, type EngineerSchemeInput } from './scheme';
export { ENGINEER_ITEMS, weightSum, type EngineerItem } from './items';
export { engineerPreset } from './preset';
export { checkWeights, parseWeights, schemeWeights, type EngineerWeights } from './weights';
export { costOverrun, explainEngineer, overflowing, scoreEngineer, type EngineerInput, type EngineerNumbers } from './score';
export { scoreManager } from './manager';
export { engineerSheetSpec, scoreEngineerSheet, type EngineerRowResult } from './sheet';
export { rankEngineerSheet, type EngineerRanked, type EngineerRanking } from './rank';
