/** 汇总: consolidating units' monthly submissions into the office's master workbook (RULES.md "Consolidation"). */
export { consolidationPreset, consolidationSettingsSchema, checkConsolidationSettings, type ConsolidationSettings } from './settings';
export {
  fieldLabel, periodParts, periodText, sameFigure, SUBMISSION_KINDS, ymdKey,
  type FigureChange, type FigureValue, type MasterRecord, type RecordKey, type RecordKind, type SubmissionKind, type SubmissionRef, type SubmittedRecord,
} from './record';
export { findLabelled, type Labelled } from './labelled';
export { readSubmission, SUBMISSION_LABELS, type ReadSubmissionOptions, type Submission, type SubmissionInput } from './submission';
export { partId, planPart, recordId, recordsByPart, typedIssue, type TypedConflict, type PartPlan } from './apply';
export { MASTER_SHEET_NAMES, masterSheetRows, masterSheetSpec, readMasterSheet } from './master-sheet';
export type { MasterUnit } from './parts';
export {
  consolidate,
  type ConsolidateOptions, type ConsolidationOutcome, type FiledIssue, type MasterBook, type MergedEntry, type QuarantinedEntry, type RefusedEntry,
} from './consolidate';
export { latenessOf, type Lateness, type LatenessRead } from './lateness';
export type { UnitReport, UnitStatus } from './status';
export { deriveActuals, mergeActuals, type DeriveOptions, type DerivedActual } from './actuals';
