/**
 * The engine's public API: the only place a scoring rule lives. Pure: imports zod and its own files only.
 * Custom functions, commands, the CLI and the task pane import from here.
 */
export * from './core/cell';
export * from './core/coerce';
export * from './core/explain';
export * from './core/hash';
export * from './core/issue';
export * from './core/result';
export * from './core/round';
export * from './core/table';
export * from './core/names';
export * from './core/text';
export { argIssue, notANumber, type ArgProblem, type ArgRef } from './args/read-arg';
export { messages, msg, type ArgNames, type Catalogue, type IssueCode, type MessageDef, type NoParams, type ParamValue, type Params, type ParamsOf } from './messages';
export * from './county';
export * from './ranking';
export * from './engineer';
export * from './staff';
export * from './fiscal';
export * from './consolidate';
export * from './notice';
export * from './scheme';
export * from './rank-rows';
export * from './scheme-diff';
