/**
 * Excel tables learnt alongside the batch's syncs: the first sync also lists the workbook's tables (name and sheet),
 * so a later readTables loads the ranges of the tables on the sheets it reads in its own sync, and tables() of
 * those sheets then needs no round trip (a rerun started from 排名结果 reads its input and the input's tables at once).
 */
import type { TableRef } from '../port';
import { localAddress, type Session } from './session';

const none = (): void => {};

/** Queues the list of the workbook's tables on the batch's first sync; records it once that sync succeeded. */
export function carryTables(s: Session): () => void {
  if (s.tablesAll !== undefined) return none;
  const list = s.ctx.workbook.tables.load('items/name,items/worksheet/name');
  return () => {
    s.tablesAll = list;
  };
}

/** Queues, for the next sync, what tables(sheet) needs: its tables' ranges, or (before the list is known) their names. */
export function queueTables(s: Session, sheet: string): void {
  if (!s.tablesAll) {
    s.tableLists.set(sheet, s.ctx.workbook.worksheets.getItem(sheet).tables.load('items/name'));
    return;
  }
  const own = s.tablesAll.items.filter((t) => t.worksheet.name === sheet);
  s.tableRanges.set(sheet, own.map((t) => ({ name: t.name, range: t.getRange().load('address') })));
}

/** The tables of `sheet` when an earlier sync of the batch loaded their ranges; undefined otherwise. */
export function knownTables(s: Session, sheet: string): TableRef[] | undefined {
  return s.tableRanges.get(sheet)?.map((t) => ({ name: t.name, sheet, address: localAddress(t.range.address) }));
}
