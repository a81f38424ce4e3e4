/**
 * Merged areas of the blocks a command reads, loaded in the same sync as their values (getMergedAreasOrNullObject,
 * ExcelApi 1.13), so an office's merged headers cost no extra round trip. Excel itself always computes formulas, so
 * Block.uncomputed never arises here.
 */
import type { Block } from '../port';
import { intersect, parseRange } from '../range';

/** Queues the merged areas of `range` (a whole sheet for a used range: never a null object); undefined when the host lacks the API. */
export function queueMerges(on: boolean, range: Excel.Range): Excel.RangeAreas | undefined {
  return on ? range.getMergedAreasOrNullObject().load('address') : undefined;
}

/** "Sheet1!A1:B2, 'My, sheet'!D4:E5" → ["A1:B2", "D4:E5"]. */
export function areaAddresses(address: string): string[] {
  return [...address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g)].map((m) => m[1]!.replace(/\$/g, '').toUpperCase());
}

/** The block with the loaded merged areas that meet it. */
export function withMerges(b: Block, areas: Excel.RangeAreas | undefined): Block {
  if (!areas || areas.isNullObject || b.values.length === 0) return b;
  const rect = parseRange(b.address);
  const merges = areaAddresses(areas.address).filter((a) => intersect(parseRange(a), rect));
  return merges.length > 0 ? { ...b, merges } : b;
}
