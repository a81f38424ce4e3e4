/** Reading inputs shared by the `engineer` and `staff` schemes: arguments, reporters, sheet checks, scheme issues. */
export { argIssue, choiceReader, isBlankValue, numberOrNull, isPercentText, readArg, readArgOrNull, readNumberSafe, textOf, type ArgArea, type ArgSpec } from './read-arg';
export { argReporter, sheetReporter, type Reporter } from './reporter';
export { duplicateRows, percentCells, rawCell, withoutInvalidDates } from './sheet-checks';
export { zodIssues } from './zod-issues';
