/**
 * Marks on ET: fills by multi-area ranges (one assignment per kind and 255 address characters, never one per cell)
 * and a comment (note) per cell, each being its own text. Which cells hold the add-in's own notes is recorded in the
 * settings; a user's note is never replaced or deleted (that cell gets the fill only). The comments are looked at
 * when the queued change runs, so marks queued twice in one batch see each other.
 */
import { areaLists } from '../excel/areas';
import { MARK_FILLS, type Mark } from '../port';
import { cellsByKind, markedCells, notedCells, setMarkedCells, setNotedCells } from '../settings';
import { toBgr } from './cells';
import { XL } from './et';
import { sheetOf, type WpsSession } from './session';
import { MAX_ET_ADDRESS } from './write';

/** Queues `marks` on `sheet`, or (`clearing`) the removal of the add-in's earlier marks there. */
export function queueMarks(s: WpsSession, sheet: string, marks: readonly Mark[], clearing: boolean): void {
  const oldFills = clearing ? markedCells(s.settings, sheet) : [];
  const newCells = marks.map((m) => m.cell.toUpperCase());
  setMarkedCells(s.settings, sheet, clearing ? [] : [...markedCells(s.settings, sheet), ...newCells]);
  s.settingsDirty = true;
  s.queue.push(() => {
    const ws = sheetOf(s, sheet);
    const own = new Set(notedCells(s.settings, sheet));
    for (const list of areaLists(oldFills, MAX_ET_ADDRESS)) ws.Range(list).Interior.ColorIndex = XL.none;
    if (clearing) {
      for (const cell of own) ws.Range(cell).Comment?.Delete();
      setNotedCells(s.settings, sheet, []);
      return;
    }
    for (const [kind, cells] of cellsByKind(marks)) {
      for (const list of areaLists(cells, MAX_ET_ADDRESS)) ws.Range(list).Interior.Color = toBgr(MARK_FILLS[kind]);
    }
    const noted = new Set<string>();
    for (const m of marks) {
      const cell = m.cell.toUpperCase();
      const target = ws.Range(cell);
      const existing = target.Comment;
      if (existing) {
        if (!own.has(cell) && !noted.has(cell)) continue; // the user's own note stays; the fill still marks the cell
        existing.Delete(); // ET's AddComment fails on a cell that has one
      }
      target.AddComment(m.note);
      noted.add(cell);
    }
    setNotedCells(s.settings, sheet, [...own, ...noted]);
  });
}
