/**
 * Where the workbook's notes are (ExcelApi 1.18), learnt without a round trip of its own: the batch's first sync
 * also loads the list of notes, the next sync — whatever it is for: a second read, or marks asking — their cells.
 * So marks after a second read (the detailed county workbook, a rerun) cost no sync, after the snapshot alone one.
 */
import { splitSheet } from '../range';
import type { Session } from './session';

export type NotesState =
  | { readonly step: 'listed'; readonly list: Excel.NoteCollection }
  | { readonly step: 'ready'; readonly at: Map<string, Excel.Note> };

/** The key of a cell's note: sheet names are case-insensitive in Excel. */
export const noteKey = (sheet: string, cell: string): string => `${sheet.toLowerCase()}!${cell.replace(/\$/g, '').toUpperCase()}`;

const none = (): void => {};

/** Queues this sync's share of learning the notes; the returned function records it once the sync succeeded. */
export function carryNotes(s: Session): () => void {
  if (!s.notesOn || s.deletesPending) return none;
  const st = s.notes;
  if (st === undefined) {
    const list = s.ctx.workbook.notes.load('items/visible');
    return () => {
      // A workbook without notes (the usual first run) has nothing to locate: marks then cost no sync of their own.
      s.notes = list.items.length === 0 ? { step: 'ready', at: new Map() } : { step: 'listed', list };
    };
  }
  if (st.step !== 'listed') return none;
  const located = st.list.items.map((note) => ({ note, at: note.getLocation().load('address') }));
  return () => {
    const at = new Map<string, Excel.Note>();
    for (const x of located) {
      const { sheet, range } = splitSheet(x.at.address);
      if (sheet !== undefined) at.set(noteKey(sheet, range), x.note);
    }
    s.notes = { step: 'ready', at };
  };
}

/**
 * Every note's cell in the workbook: free when an earlier sync of the batch learnt them, else one or two syncs
 * (three when a sheet deletion is queued: it is sent first).
 */
export async function notesAt(s: Session, sync: (s: Session) => Promise<void>): Promise<Map<string, Excel.Note>> {
  for (let i = 0; i < 3 && s.notes?.step !== 'ready'; i++) await sync(s);
  if (s.notes?.step !== 'ready') throw new Error('notes were not located'); // cannot happen: three syncs always locate them
  return s.notes.at;
}
