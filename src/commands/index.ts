/**
 * The commands — 排名定档, 校验报送, 插入模板 — written once against the Workbook port (src/host/port.ts),
 * so Excel, WPS, files (the CLI) and the in-memory preview run the same code. No scoring here: every number
 * comes from the engine.
 */
export { rankAndTier, RANK_COMMAND, type RankOptions, type RankOutcome, type RankSource } from './rank-and-tier';
export { generateNotice, NOTICE_COMMAND, type NoticeCommandOptions, type NoticeOutcome } from './notice';
export { NOTICE_SHEET } from './notice-layout';
export { validateSubmission, VALIDATORS, type SubmissionType, type ValidateOptions, type ValidateOutcome } from './validate-submission';
export { insertTemplate, freeName, type TemplateOptions, type TemplateOutcome } from './insert-template';
export { TEMPLATE_KINDS, type TemplateKind } from './templates';
export { storedScheme } from './stored-scheme';
export { SCHEME_KEY, loadScheme, saveScheme, resolveScheme, type SchemeChoice } from './scheme-store';
export { SCHEME_KINDS, isSchemeKind, type SchemeKind } from '../engine';
export { RESULTS_SHEET, GROUP_LABELS, TIERS, type RunStamp } from './results-layout';
export { PENALTY_SHEET } from './penalty-layout';
export type { CountySource } from './county-input';
export { rankTextOf, validateText, templateText, noticeTextOf, type OutcomeText } from './outcome-text';
export { publishStatus, lastStatus, onStatus, STATUS_KEY, type CommandStatus } from './status';
export { CommandRefusal } from './types';
export { consolidate, REPORT_SHEET, type ConsolidateOptions, type ConsolidateResult, type SubmissionFile, type UnreadFile } from './consolidate';
