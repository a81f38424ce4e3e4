/**
 * Marks in Excel: fills by multi-area ranges (one queued command per kind and ~2,000 address characters) and
 * notes (ExcelApi 1.18) per cell. Notes need one sync to learn which cells already hold one: the add-in's own
 * earlier notes are replaced or deleted, a user's note is never touched (that cell gets the fill only).
 * Where notes are unsupported, marks are fills only and the task pane lists the issues.
 */
import { MARK_FILLS, type Mark } from '../port';
import { cellsByKind, markedCells, notedCells, setMarkedCells, setNotedCells } from '../settings';
import { areaLists } from './areas';
import type { Session } from './session';

export interface MarkDeps {
  readonly notes: boolean;
  readonly sync: (s: Session) => Promise<void>;
}

/**
 * Applies `marks` on `sheet`, first clearing the add-in's earlier marks there when a clear is pending.
 * Costs at most one sync (the note lookup); everything else is queued for the batch's final sync.
 */
export async function applyMarks(s: Session, sheet: string, marks: readonly Mark[], deps: MarkDeps): Promise<void> {
  const settings = s.settings!;
  const ws = s.ctx.workbook.worksheets.getItem(sheet);
  const clearing = s.clears.has(sheet);
  s.clears.delete(sheet);
  const oldFills = clearing ? markedCells(settings, sheet) : [];
  const ownNotes = new Set(notedCells(settings, sheet));
  const newCells = marks.map((m) => m.cell.toUpperCase());

  // One lookup of every note that may be in the way: the add-in's own (to delete) and the new cells'.
  const lookups = new Map<string, Excel.Note>();
  if (deps.notes) {
    for (const cell of new Set([...(clearing ? ownNotes : []), ...newCells])) {
      lookups.set(cell, ws.notes.getItemOrNullObject(cell).load('content'));
    }
    if (lookups.size) await deps.sync(s);
  }
  const exists = (cell: string): boolean => lookups.get(cell)?.isNullObject === false;

  for (const list of areaLists(oldFills)) ws.getRanges(list).format.fill.clear();
  const deleted = new Set<string>();
  if (clearing) {
    for (const cell of ownNotes) {
      if (!exists(cell)) continue;
      lookups.get(cell)!.delete();
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
        lookups.get(cell)!.delete();
        deleted.add(cell);
      }
      ws.notes.add(cell, m.note);
      noted.push(cell);
    }
  }
  const keptNotes = clearing ? [] : [...ownNotes];
  setMarkedCells(settings, sheet, [...(clearing ? [] : markedCells(settings, sheet)), ...newCells]);
  setNotedCells(settings, sheet, [...keptNotes, ...noted]);
  s.settingsDirty = true;
  s.pending = true;
}
