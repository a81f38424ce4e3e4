import type { Issue } from '../engine';
import { hostIssue, isHostError, type HostErrorCode } from '../host/errors';
import type { Workbook } from '../host/port';
import { CommandRefusal } from './types';

/** Host failures that are the user's to fix (a sheet name, a range), reported as issues rather than thrown. */
const USER_FIXABLE: ReadonlySet<HostErrorCode> = new Set(['sheet-missing', 'sheet-not-owned', 'sheet-exists', 'range-invalid']);

/**
 * Runs a command as one batch (a throw rolls every change back). A refusal or a user-fixable host error
 * becomes the command's result through `refused`, with the issue naming what is in the way; anything else
 * is rethrown, for the caller to show.
 */
export async function inBatch<T>(wb: Workbook, fn: () => Promise<T>, refused: (issue: Issue) => T): Promise<T> {
  try {
    return await wb.batch(fn);
  } catch (e) {
    if (e instanceof CommandRefusal) return refused(e.issue);
    if (isHostError(e) && USER_FIXABLE.has(e.code)) return refused(hostIssue(e));
    throw e;
  }
}
