/** The `fiscal` scheme: 预算绩效管理 (篇2, FISCAL.md) — targets, monitoring, self-evaluation, result use. */
export { fiscalSchemeSchema, fiscalPreset, checkFiscalScheme, GRADES, VERDICTS, type FiscalScheme, type Grade, type Verdict } from './scheme';
export { LEVEL1, LEVEL2, parseLevel1, parseLevel2, type Level1 } from './levels';
export { parseTargetValue, isShort, nearlyEqual, readMeasure, type TargetValue, type TargetOp, type TargetParse } from './target-value';
export { targetTableSpec, projectFields, validateTargetTable, type TargetProject, type ReviewVerdict } from './target-table';
export type { IndicatorRow } from './indicator-rows';
export { execLight, type ExecLight, type Light, type LightCells } from './light';
export { monitoringSpec, validateMonitoring, type MonitoredProject } from './monitoring';
export { parseVerdict, type IndicatorCells } from './indicator-score';
export { selfEvaluate, selfEvalScore, type SelfEvalIndicator, type SelfEvalInput } from './self-eval';
export { gradeOf, parseGrade, applyResult } from './grade';
