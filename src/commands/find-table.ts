import type { CellValue, Origin, TableSpec } from '../engine';
import type { Block, Snapshot } from '../host/port';
import { parseRange } from './a1-range';
import { headerMatch, matchesSpec, nearlyMatchesSpec, originOf } from './detect';

/** The block a command reads as its input table, and how it was found. */
export interface FoundTable {
  readonly sheet: string;
  readonly address: string;
  readonly how: 'selection' | 'table' | 'used';
  readonly values: CellValue[][];
  readonly origin: Origin;
}

const found = (b: Block, how: FoundTable['how']): FoundTable => ({ sheet: b.sheet, address: b.address, how, values: b.values, origin: originOf(b) });

/** The part of `used` that `address` covers (tables sit inside the used range, so no second read). */
export function subBlock(used: Block, address: string): Block | undefined {
  const r = parseRange(address);
  if (!r) return undefined;
  const dr = r.row - used.origin.row;
  const dc = r.col - used.origin.col;
  if (dr < 0 || dc < 0) return undefined;
  const values = used.values.slice(dr, dr + r.rows).map((row) => {
    const out = row.slice(dc, dc + r.cols);
    while (out.length < r.cols) out.push(null);
    return out;
  });
  return { ...used, address, origin: { row: r.row, col: r.col }, values };
}

/**
 * The first block `accept` takes, in the order a user means it: the selection when it is more than
 * one cell, else each Excel table on the sheet, else the sheet's used range.
 */
export function findBlock<T>(snap: Snapshot, accept: (b: Block) => T | undefined): { table: FoundTable; value: T } | undefined {
  const tries: [Block | null | undefined, FoundTable['how']][] = [
    [snap.selection && snap.selection.values.length > 1 ? snap.selection : undefined, 'selection'],
    ...snap.tables.map((t): [Block | undefined, FoundTable['how']] => [t.sheet === snap.used.sheet ? subBlock(snap.used, t.address) : undefined, 'table']),
    [snap.used, 'used'],
  ];
  for (const [b, how] of tries) {
    if (!b) continue;
    const value = accept(b);
    if (value !== undefined) return { table: found(b, how), value };
  }
  return undefined;
}

/** The block whose header matches `spec` (see findBlock for the order tried); `loose`: a header that nearly does (see nearlyMatchesSpec). */
export function findTable(snap: Snapshot, spec: TableSpec, loose = false): FoundTable | undefined {
  const fits = (b: Block): boolean => (loose ? nearlyMatchesSpec(b.values, spec, originOf(b)) : matchesSpec(headerMatch(b.values, spec, originOf(b))));
  return findBlock(snap, (b) => (fits(b) ? true : undefined))?.table;
}
