/** Reading inputs shared by the `engineer` and `staff` schemes: arguments, reporters, sheet checks, scheme issues. */
export { argIssue, choiceReader, notANumber, numberOrNull, isPercentText, readArg, readArgOrNull, type ArgArea, type ArgProblem, type ArgRef, type ArgSpec } from './read-arg';
export { argReporter, sheetReporter, type Reporter } from './reporter';
export { duplicateRows, percentCells, rawCell } from './sheet-checks';
export { refineIssue, zodIssues } from './zod-issues';
