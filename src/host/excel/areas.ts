/** Cell lists → few multi-area addresses, so a fill over thousands of cells is a handful of queued commands. */
import { a1, parseA1 } from '../../engine/core/cell';

/** Longest address string handed to worksheet.getRanges in one go (Excel rejects very long ones). */
const MAX_ADDRESS = 2000;

/**
 * Merges cells that run down a column into "C2:C40" pieces, then packs them into comma lists of at most `max` characters
 * (WPS's Range() takes 255).
 */
export function areaLists(cells: readonly string[], max = MAX_ADDRESS): string[] {
  const byCol = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseA1(cell);
    if (!p) continue;
    const rows = byCol.get(p.col);
    if (rows) rows.push(p.row);
    else byCol.set(p.col, [p.row]);
  }
  const pieces: string[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0]!;
    let prev = start;
    for (const row of [...sorted.slice(1), Infinity]) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      pieces.push(start === prev ? a1(start, col) : `${a1(start, col)}:${a1(prev, col)}`);
      start = row;
      prev = row;
    }
  }
  return packAreas(pieces, max);
}

/** Packs range pieces ("C2:C40") into comma lists of at most `max` characters. */
export function packAreas(pieces: readonly string[], max = MAX_ADDRESS): string[] {
  const lists: string[] = [];
  let current = '';
  for (const p of pieces) {
    if (current && current.length + p.length + 1 > max) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${p}` : p;
  }
  if (current) lists.push(current);
  return lists;
}
