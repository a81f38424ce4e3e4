/**
 * Marks in Excel: fills by multi-area ranges (one queued command per kind and ~2,000 address characters, never one
 * per cell) and a note per cell (ExcelApi 1.18; a note is content, each its own text). Which cells already hold a
 * note is learnt alongside the batch's syncs (excel/notes.ts): the add-in's own earlier notes are replaced or
 * deleted, a user's note is never touched (that cell gets the fill only).
 * Where notes are unsupported, marks are fills only and the task pane lists the issues.
 */
import { MARK_FILLS, type Mark } from '../port';
import { cellsByKind, markedCells, notedCells, setMarkedCells, setNotedCells } from '../settings';
import { areaLists } from './areas';
import { noteKey, notesAt } from './notes';
import type { Session } from './session';

export interface MarkDeps {
  readonly notes: boolean;
  readonly sync: (s: Session) => Promise<void>;
}

/**
 * Applies `marks` on `sheet`, or (`clearing`) removes the add-in's earlier marks there. Costs at most one sync
 * (learning where the notes are, free after a second read) — taken before the command queues its writes, so that
 * sync never carries note lookups behind a queued sheet deletion; the rest is queued for the final sync.
 */
export async function applyMarks(s: Session, sheet: string, marks: readonly Mark[], clearing: boolean, deps: MarkDeps): Promise<void> {
  const settings = s.settings!;
  const ws = s.ctx.workbook.worksheets.getItem(sheet);
  const oldFills = clearing ? markedCells(settings, sheet) : [];
  const ownNotes = new Set(notedCells(settings, sheet));
  const newCells = marks.map((m) => m.cell.toUpperCase());

  // Where the notes are that may be in the way: the add-in's own (to delete) and the new cells'.
  const wanted = deps.notes && ((clearing && ownNotes.size > 0) || newCells.length > 0);
  const at = wanted ? await notesAt(s, deps.sync) : new Map<string, Excel.Note>();
  const key = (cell: string): string => noteKey(sheet, cell);
  const exists = (cell: string): boolean => at.has(key(cell));
  const remove = (cell: string): void => {
    at.get(key(cell))!.delete();
    at.delete(key(cell));
  };

  for (const list of areaLists(oldFills)) ws.getRanges(list).format.fill.clear();
  const deleted = new Set<string>();
  if (clearing) {
    for (const cell of ownNotes) {
      if (!exists(cell)) continue;
      remove(cell);
      deleted.add(cell);
    }
  }
  for (const [kind, cells] of cellsByKind(marks)) {
    for (const list of areaLists(cells)) ws.getRanges(list).format.fill.color = MARK_FILLS[kind];
  }
  const noted: string[] = [];
  if (deps.notes) {
    for (const m of marks) {
      const cell = m.cell.toUpperCase();
      if (exists(cell) && !deleted.has(cell)) {
        if (!ownNotes.has(cell)) continue; // the user's own note stays; the fill still marks the cell
        remove(cell);
        deleted.add(cell);
      }
      at.set(key(cell), ws.notes.add(cell, m.note));
      noted.push(cell);
    }
  }
  const keptNotes = clearing ? [] : [...ownNotes];
  setMarkedCells(settings, sheet, [...(clearing ? [] : markedCells(settings, sheet)), ...newCells]);
  setNotedCells(settings, sheet, [...keptNotes, ...noted]);
  s.settingsDirty = true;
  s.pending = true;
}
