/** The further sheets a snapshot brings in its one sync (SnapshotOptions.also), e.g. the add-in's 排名结果 for a rerun. */
import { HIDDEN_SHEETS } from '../lists';
import type { Block } from '../port';
import { blockOf, type Session } from './session';

export interface AlsoRead {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
}

/**
 * Queues the used ranges of `names`. Before the batch's first sync the names are unknown: each is looked up as a
 * null object, which is fine wherever prime()'s settings lookup is (a strict host takes the stepwise path, then this
 * runs again with the names known). `real` gives a sheet's real name once they are known.
 */
export function queueAlso(s: Session, names: readonly string[], real: (name: string) => string | undefined, props: string): AlsoRead[] {
  const sheets = s.ctx.workbook.worksheets;
  const wanted = s.sheets ? names.map(real).filter((n): n is string => n !== undefined) : names;
  return wanted.filter((n) => !HIDDEN_SHEETS.has(n)).map((n) => {
    const ws = (s.sheets ? sheets.getItem(n) : sheets.getItemOrNullObject(n)).load('name');
    return { ws, used: ws.getUsedRangeOrNullObject(true).load(props) };
  });
}

/** After the sync: the blocks of the sheets that exist, in the order asked. */
export const alsoBlocks = (also: readonly AlsoRead[]): Block[] =>
  also.filter((a) => !a.ws.isNullObject && !HIDDEN_SHEETS.has(a.ws.name)).map((a) => blockOf(a.used, undefined, a.ws.name));
