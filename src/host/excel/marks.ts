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
import { MAX_SYNCS, queueSettings, type Session } from './session';

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
  const adds: { cell: string; note: string }[] = [];
  if (deps.notes) {
    for (const m of marks) {
      const cell = m.cell.toUpperCase();
      if (exists(cell) && !deleted.has(cell)) {
        if (!ownNotes.has(cell)) continue; // the user's own note stays; the fill still marks the cell
        remove(cell);
        deleted.add(cell);
      }
      adds.push({ cell, note: m.note });
    }
  }
  const keptNotes = clearing ? [] : [...ownNotes];
  setMarkedCells(settings, sheet, [...(clearing ? [] : markedCells(settings, sheet)), ...newCells]);
  setNotedCells(settings, sheet, [...keptNotes, ...adds.map((a) => a.cell)]);
  s.settingsDirty = true;
  s.pending = true;
  for (const [i, chunk] of noteChunks(adds, MAX_SYNCS - 1 - s.syncs).entries()) {
    if (i > 0) {
      // The notes so far go in a request of their own, with the settings that already name every new note as the
      // add-in's: should a later sync fail, a note that did land is still known as ours, never taken for the user's.
      queueSettings(s);
      await deps.sync(s);
      s.pending = true;
    }
    for (const { cell, note } of chunk) at.set(key(cell), ws.notes.add(cell, note));
  }
}

/**
 * Notes carry most of a marking request (each its own text, ~300 bytes with its envelope). Past this many bytes they
 * are spread over the syncs the command has spare, so no request nears the ~5 MB Excel on the web refuses: the final
 * sync also carries the command's other writes (a results sheet of 10,000 rows is ~3.5 MB).
 */
const NOTE_BYTES_PER_REQUEST = 2_500_000;
const utf8 = new TextEncoder();
const noteBytes = (n: { cell: string; note: string }): number => utf8.encode(n.note).length + n.cell.length + 160;

/** `adds` in order, cut into as many even chunks as needed and `spare` extra syncs allow (one chunk when none). */
export function noteChunks<T extends { cell: string; note: string }>(adds: readonly T[], spare: number): T[][] {
  const sizes = adds.map(noteBytes);
  const total = sizes.reduce((a, b) => a + b, 0);
  const count = Math.max(1, Math.min(spare + 1, Math.ceil(total / NOTE_BYTES_PER_REQUEST)));
  if (count === 1) return [[...adds]];
  const chunks: T[][] = [[]];
  let bytes = 0;
  adds.forEach((a, i) => {
    if (bytes >= (total / count) * chunks.length && chunks.length < count) chunks.push([]);
    chunks[chunks.length - 1]!.push(a);
    bytes += sizes[i]!;
  });
  return chunks;
}
