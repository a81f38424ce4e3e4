/**
 * The engine's functions that score values one call at a time — what the PERF.* functions (and `perf eval`) call —
 * and the core they need, without the scheme schemas: whoever imports from here never loads zod. A bundler splits
 * code by the files an entry imports, not by the names it uses, so the engine's full entry (index.ts, which also
 * exports the zod-validated schemes) would put zod in every chunk that touches it.
 */
export type { CellValue } from './core/cell';
export { isBlank } from './core/coerce';
export { makeIssue, PerfInputError } from './core/issue';
export type { Result } from './core/result';
export type { Text } from './core/text';
export { argIssue, type ArgProblem } from './args/read-arg';
export { bonusPoints, deductionPoints } from './county/adjustments';
export { countyComposite } from './county/composite';
export { indicatorPoints } from './county/indicator';
export { rankIn } from './county/rank-in';
export { tiersFor } from './county/tiers/tiers-for';
export { scoreManager } from './engineer/manager';
export { scoreEngineer } from './engineer/score';
export { parseWeights } from './engineer/weights';
export { gradeOf } from './fiscal/grade';
export { execLight } from './fiscal/light';
export { selfEvalScore } from './fiscal/self-eval';
export { wageFloat } from './staff/final';
export { lateFee } from './staff/late';
export { penaltyAmount } from './staff/penalty-kind';
