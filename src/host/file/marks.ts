/** The add-in's marks on an ExcelJS sheet: fills by kind and notes, never over a note the user wrote. */
import type ExcelJS from 'exceljs';
import { MARK_FILLS, type Mark } from '../port';
import { parseRange } from '../range';
import { cellsByKind } from '../settings';
import { patchStyle, removeNote, solidFill } from './cells';

/** Fills each marked cell by kind and notes it, unless it holds a note that is not the add-in's; returns the cells noted. */
export function markCells(ws: ExcelJS.Worksheet, marks: readonly Mark[], ownNotes: ReadonlySet<string>): string[] {
  for (const [kind, cells] of cellsByKind(marks)) {
    for (const cell of cells) patchStyle(ws.getCell(cell), { fill: solidFill(MARK_FILLS[kind]) });
  }
  const noted: string[] = [];
  for (const m of marks) {
    const cell = ws.getCell(m.cell.toUpperCase());
    if (cell.note !== undefined && !ownNotes.has(cell.address)) continue; // the user's own note stays
    cell.note = m.note;
    noted.push(cell.address);
  }
  return noted;
}

/** Removes the fills of the `marked` cells and the notes of the `noted` ones (the add-in's records), nothing else. */
export function clearCells(ws: ExcelJS.Worksheet, marked: readonly string[], noted: readonly string[]): void {
  const existing = (address: string): ExcelJS.Cell | undefined => {
    const { top, left } = parseRange(address);
    return ws.findCell(top, left);
  };
  for (const address of marked) {
    const cell = existing(address);
    if (cell) patchStyle(cell, { fill: undefined });
  }
  for (const address of noted) {
    const cell = existing(address);
    if (cell) removeNote(cell);
  }
}
