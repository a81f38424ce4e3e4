/**
 * The `fiscal` scheme: 预算绩效管理 (篇2, FISCAL.md) — target tables, monitoring, self-evaluation,
 * result application. Generic helper names carry a Fiscal prefix here so `export *` from the engine cannot clash.
 */
export { fiscalSchemeSchema, checkFiscalScheme, type FiscalScheme } from './scheme';
export { fiscalPreset } from './preset';
export { GRADES as FISCAL_GRADES, VERDICTS as FISCAL_VERDICTS, type Grade as FiscalGrade, type Verdict as FiscalVerdict } from './constants';
export { LEVEL1 as FISCAL_LEVEL1, LEVEL2 as FISCAL_LEVEL2, parseLevel1 as parseFiscalLevel1, parseLevel2 as parseFiscalLevel2, type Level1 as FiscalLevel1 } from './levels';
export {
  parseTargetValue, isShort as isShortOfTarget, readMeasure as readFiscalMeasure,
  type TargetValue, type TargetOp, type TargetParse,
} from './target-value';
export { targetTableSpec, projectFields as fiscalProjectFields, validateTargetTable, type TargetProject, type ReviewVerdict as TargetReviewVerdict } from './target-table';
export type { IndicatorRow as FiscalIndicatorRow } from './indicator-rows';
export { execLight, type ExecLight, type Light as FiscalLight, type LightCells as ExecLightCells } from './light';
export { monitoringSpec, validateMonitoring, type MonitoredProject } from './monitoring';
export { parseVerdict as parseFiscalVerdict, type IndicatorCells as FiscalIndicatorCells } from './indicator-score';
export { selfEvaluate, selfEvalScore, type SelfEvalIndicator, type SelfEvalInput } from './self-eval';
export { selfEvalSheetSpec, scoreSelfEvalSheet, type SelfEvalSheetResult } from './self-eval-sheet';
export { gradeOf, parseGrade as parseFiscalGrade, applyResult } from './grade';
export { rankSelfEvalSheet, type FiscalRanked, type FiscalRanking } from './rank';
